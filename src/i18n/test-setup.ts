import { i18n } from '@lingui/core';
import { messages } from '../locales/fr/messages.po';
import { intlLocales } from './locales';

// Unit tests read the interface in French, its source language and the app's default.
i18n.loadAndActivate({ locale: 'fr', locales: intlLocales.fr, messages });

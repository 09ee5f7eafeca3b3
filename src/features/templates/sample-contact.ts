import type { TemplateContact } from '@shared/templates/parameters.ts';

/**
 * The contact the preview fills templates with: a contact's data, as a Cameroonian organisation
 * holds it (attribute keys and values in French, like the templates Wati sends), so it is not
 * translated.
 */
/* eslint-disable lingui/no-unlocalized-strings -- a sample contact's data, not interface text */
export const sampleContact: TemplateContact = {
  name: 'Awa Ndjock',
  phone: '+237690000000',
  attributes: {
    ville: 'Yaoundé',
    centre: 'centre de santé de Bastos',
    date: '12/03/2026',
    heure: '09h30',
    programme: 'de suivi prénatal',
    numero_dossier: 'CNSA-2026-00421',
  },
};
/* eslint-enable lingui/no-unlocalized-strings */

/** Its number as people write it. */
export const samplePhoneForDisplay = '+237 6 90 00 00 00';

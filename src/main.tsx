import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { AppRouter } from './app/router';
import { activateLocale, initialLocale } from './i18n/i18n';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain an element with id "root"');

// The router has already started fetching the first page's chunk (it is created when imported):
// the catalogue downloads alongside it, and nothing is shown before a person can read it.
await activateLocale(initialLocale());

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);

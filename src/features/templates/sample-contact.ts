import type { TemplateContact } from '@shared/templates/parameters.ts';

/** The contact the preview fills templates with. */
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

/** Its number as people write it. */
export const samplePhoneForDisplay = '+237 6 90 00 00 00';

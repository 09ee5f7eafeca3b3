import { formatCsvDateTime } from '../../../domain/contacts/export';
import { csvLine } from '../../../lib/excel-csv';
import type { CampaignRecipient } from './api';
import { recipientStatusLabel } from './recipient-status';

// The lines of the recipients' CSV file, which French Excel opens as it is (see lib/excel-csv).

export const recipientCsvHeaders = [
  'Téléphone',
  'Nom',
  'Statut',
  'Envoyé le',
  'Délivré le',
  'Lu le',
  'Réponse le',
  'Échec le',
  'Code d’erreur',
  'Raison de l’échec',
] as const;

/** One recipient's line; phones stay in E.164, which Excel and other tools read back. */
export function recipientCsvLine(recipient: CampaignRecipient, timeZone: string): string {
  return csvLine([
    recipient.phone,
    recipient.contact_name,
    recipientStatusLabel(recipient),
    formatCsvDateTime(recipient.sent_at, timeZone),
    formatCsvDateTime(recipient.delivered_at, timeZone),
    formatCsvDateTime(recipient.read_at, timeZone),
    formatCsvDateTime(recipient.replied_at, timeZone),
    formatCsvDateTime(recipient.failed_at, timeZone),
    recipient.failure_code,
    recipient.failure_reason,
  ]);
}

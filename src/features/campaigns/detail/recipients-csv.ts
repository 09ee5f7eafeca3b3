import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { formatCsvDateTime } from '../../../domain/contacts/export';
import { csvLine } from '../../../lib/excel-csv';
import type { CampaignRecipient } from './api';
import { recipientStatusLabel } from './recipient-status';

// The lines of the recipients' CSV file, which French Excel opens as it is (see lib/excel-csv).

/** The file's first line, read in the active language when the file is written. */
export const recipientCsvHeaders: readonly MessageDescriptor[] = [
  msg`Téléphone`,
  msg`Nom`,
  msg`Statut`,
  msg`Envoyé le`,
  msg`Délivré le`,
  msg`Lu le`,
  msg`Réponse le`,
  msg`Échec le`,
  msg`Code d’erreur`,
  msg`Raison de l’échec`,
];

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

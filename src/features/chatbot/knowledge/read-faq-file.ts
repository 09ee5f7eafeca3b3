// Reads a FAQ file as people have them: UTF-8 with or without BOM, or Windows-1252 as French
// Excel writes it; `;`, `,` or tab between cells (the contacts import's own detection). Loaded
// only when a file is chosen, with papaparse.
import { t } from '@lingui/core/macro';
import Papa from 'papaparse';
import { decodeText, detectDelimiter } from '../../../domain/contacts/import/read-file';
import { readFaqRecords, type FaqCsvReading } from './faq-csv';

export function readFaqFile(bytes: Uint8Array): FaqCsvReading {
  const { text } = decodeText(bytes);
  const result = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text) });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    const line = (unclosed.row ?? 0) + 1;
    return { ok: false, message: t`Guillemet ouvert et jamais fermé à la ligne ${line}.` };
  }
  return readFaqRecords(result.data);
}

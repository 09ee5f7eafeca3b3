// The FAQ as a CSV file French Excel opens as it is (src/lib/excel-csv.ts): columns
// categorie;question;reponse, one line per phrasing, the category and the answer repeated on each
// line of an entry. Reading groups the lines back: lines with the same category and answer are one
// entry. Every line is checked as the database checks it (import_faq), so that the preview says
// each fault with its line before anything is sent.
import { plural, t } from '@lingui/core/macro';
import { EXCEL_BOM, csvLine } from '../../../lib/excel-csv';
import { formatNumber } from '../../../lib/format';
import { FAQ_LIMITS } from './limits';

export const FAQ_CSV_HEADERS = ['categorie', 'question', 'reponse'] as const;

export type FaqCsvEntry = { category: string | null; answer: string; questions: string[] };

/** The file's text, with the byte-order mark Excel needs to read UTF-8. */
export function faqToCsv(entries: readonly FaqCsvEntry[]): string {
  let text = `${EXCEL_BOM}${csvLine(FAQ_CSV_HEADERS)}`;
  for (const entry of entries) {
    for (const question of entry.questions) {
      text += csvLine([entry.category ?? '', question, entry.answer]);
    }
  }
  return text;
}

/** An entry read from the file, with the file's lines it came from (as Excel numbers them). */
export type ImportedEntry = FaqCsvEntry & { lines: number[] };

export type LineProblem = { line: number; message: string };

export type FaqCsvReading =
  { ok: false; message: string } | { ok: true; entries: ImportedEntry[]; problems: LineProblem[] };

type Column = 'category' | 'question' | 'answer';

// Column titles as people write them, normalised (no accents, no case, no plural).
const columnTitles: Record<string, Column> = {
  categorie: 'category',
  category: 'category',
  theme: 'category',
  question: 'question',
  formulation: 'question',
  reponse: 'answer',
  answer: 'answer',
};

function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');
}

/** A cell the export neutralised against spreadsheet formulas (csvCell) gets its text back. */
function cellText(cell: string | undefined): string {
  const text = (cell ?? '').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

const characters = (text: string) => Array.from(text).length;

/**
 * The entries of a file's records (the first non-empty one being the column titles), or why the
 * file cannot be read. Lines count from 1 as the records come (a quoted cell over several text
 * lines is one record, as Excel counts rows).
 */
export function readFaqRecords(records: readonly (readonly string[])[]): FaqCsvReading {
  const headerIndex = records.findIndex((record) => record.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return { ok: false, message: t`Le fichier est vide.` };
  const columns = new Map<Column, number>();
  records[headerIndex]!.forEach((title, index) => {
    const column = columnTitles[titleKey(title)];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const questionColumn = columns.get('question');
  const answerColumn = columns.get('answer');
  if (questionColumn === undefined || answerColumn === undefined) {
    return {
      ok: false,
      message: t`Colonnes introuvables : la première ligne doit nommer les colonnes categorie, question et reponse.`,
    };
  }
  const categoryColumn = columns.get('category');

  const entries = new Map<string, ImportedEntry>();
  const problems: LineProblem[] = [];
  const questionMax = formatNumber(FAQ_LIMITS.question);
  const answerMax = formatNumber(FAQ_LIMITS.answer);
  const categoryMax = formatNumber(FAQ_LIMITS.category);
  const questionsMax = formatNumber(FAQ_LIMITS.questionsPerEntry);

  records.forEach((record, index) => {
    if (index <= headerIndex || record.every((cell) => cell.trim() === '')) return;
    const line = index + 1;
    const question = cellText(record[questionColumn]);
    const answer = cellText(record[answerColumn]);
    const category = categoryColumn === undefined ? '' : cellText(record[categoryColumn]);
    const faults: string[] = [];
    if (question === '') faults.push(t`question manquante`);
    else if (characters(question) > FAQ_LIMITS.question)
      faults.push(t`question de plus de ${questionMax} caractères`);
    if (answer === '') faults.push(t`réponse manquante`);
    else if (characters(answer) > FAQ_LIMITS.answer)
      faults.push(t`réponse de plus de ${answerMax} caractères`);
    if (characters(category) > FAQ_LIMITS.category)
      faults.push(t`catégorie de plus de ${categoryMax} caractères`);
    if (faults.length > 0) {
      problems.push({ line, message: faults.join(' ; ') });
      return;
    }
    const key = `${category}\u0000${answer}`;
    const entry = entries.get(key) ?? {
      category: category || null,
      answer,
      questions: [],
      lines: [],
    };
    entries.set(key, entry);
    if (entry.questions.includes(question)) return;
    if (entry.questions.length >= FAQ_LIMITS.questionsPerEntry) {
      problems.push({
        line,
        message: t`plus de ${questionsMax} questions pour la même réponse`,
      });
      return;
    }
    entry.questions.push(question);
    entry.lines.push(line);
  });

  const found = [...entries.values()];
  if (found.length === 0 && problems.length === 0) {
    return {
      ok: false,
      message: t`Le fichier ne contient aucune question sous ses titres de colonnes.`,
    };
  }
  if (found.length > FAQ_LIMITS.entriesPerImport) {
    const count = found.length;
    const max = formatNumber(FAQ_LIMITS.entriesPerImport);
    return {
      ok: false,
      message: plural(count, {
        one: `# réponse dans le fichier : importez-en au plus ${max} à la fois.`,
        other: `# réponses dans le fichier : importez-en au plus ${max} à la fois.`,
      }),
    };
  }
  return { ok: true, entries: found, problems };
}

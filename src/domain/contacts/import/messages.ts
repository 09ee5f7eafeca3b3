// What the import pipeline says: why a row is set aside, why a file cannot be read, what a column
// becomes. The pipeline runs in the wizard's Web Worker, in the page, and in Node (`npm run
// contacts:import`, `bench:import`), where Lingui's macros are not compiled: so its messages are
// written as descriptors with an explicit id (`i18n._({ id, message })`, which Lingui extracts as
// it does macros) and said through a Translator. Problems travel as codes with their values (a
// RowRefusal, a FileProblem); each is said where it is read: in the page with the catalogue of
// the reader's language, in Node and in the worker in French, the source language, without one.
import { i18n as activeI18n, type MessageDescriptor } from '@lingui/core';
import { intlLocales, isLocale } from '../../../i18n/locales';
import type { ColumnTarget, RowProblem } from './types';

/** What the pipeline needs of Lingui's `i18n`. */
export interface Translator {
  /** 'fr' or 'en': the language the figures and country names are written in. */
  readonly locale: string;
  _(descriptor: MessageDescriptor): string;
}

const frenchNumbers = new Intl.NumberFormat(intlLocales.fr, { maximumFractionDigits: 0 });

/** The ICU options of a plural (`one {…} other {…}`, `=0 {…}`) as a table. */
function pluralOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('{', index);
    if (open < 0) break;
    const key = text.slice(index, open).trim();
    let depth = 0;
    let close = open;
    for (; close < text.length; close += 1) {
      if (text[close] === '{') depth += 1;
      else if (text[close] === '}' && --depth === 0) break;
    }
    options.set(key, text.slice(open + 1, close));
    index = close + 1;
  }
  return options;
}

/** Fills a message's `{name}` placeholders and `{name, plural, …}` choices, French plural rules. */
function fill(message: string, values: Record<string, unknown>, count?: number): string {
  let result = '';
  let index = 0;
  while (index < message.length) {
    const open = message.indexOf('{', index);
    const hash = count === undefined ? -1 : message.indexOf('#', index);
    if (hash >= 0 && (open < 0 || hash < open)) {
      result += message.slice(index, hash) + frenchNumbers.format(count!);
      index = hash + 1;
      continue;
    }
    if (open < 0) break;
    result += message.slice(index, open);
    let depth = 0;
    let close = open;
    for (; close < message.length; close += 1) {
      if (message[close] === '{') depth += 1;
      else if (message[close] === '}' && --depth === 0) break;
    }
    const inner = message.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
    if (plural) {
      const n = Number(values[plural[1]!]);
      const options = pluralOptions(inner.slice(plural[0].length));
      // French puts 0 and 1 in the singular.
      const chosen =
        options.get(`=${n}`) ??
        (n < 2 ? options.get('one') : undefined) ??
        options.get('other') ??
        '';
      result += fill(chosen, values, n);
    } else {
      const name = inner.trim();
      result += name in values ? String(values[name]) : `{${inner}}`;
    }
    index = close + 1;
  }
  return result + message.slice(index);
}

/**
 * The French source messages without a catalogue: placeholders filled in, plurals chosen by
 * French rules (the pipeline's messages use no other ICU syntax). Cheap enough for every refused
 * row; Node and the worker have no catalogue, and the production build no message compiler.
 */
export const french: Translator = {
  locale: 'fr',
  _: ({ message = '', values = {} }) => fill(message, values),
};

/** The page's language once its catalogue is loaded; French elsewhere (Node, the worker). */
export function activeTranslator(): Translator {
  return activeI18n.locale ? activeI18n : french;
}

function intlLocale(translator: Translator): string {
  return isLocale(translator.locale) ? intlLocales[translator.locale] : intlLocales.fr;
}

/** « Cameroun » / « Cameroon » for CM; the code itself when Intl does not know it. */
function regionName(code: string, translator: Translator): string {
  try {
    return new Intl.DisplayNames([intlLocale(translator)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// Row refusals ---------------------------------------------------------------------------------

/**
 * Why a row is not imported (or imported with a remark). The codes the database also gives
 * (import_contacts, the contact row checks: `{"reason": code, …values}`) have its names.
 */
export type RowRefusalCode =
  | 'nul_character'
  | 'phone_missing'
  | 'calling_code_unknown'
  | 'calling_code_missing'
  | 'landline'
  | 'special_number'
  | 'not_a_number'
  | 'too_short'
  | 'too_long'
  | 'scientific_notation'
  | 'invalid_number'
  | 'country_unknown'
  | 'country_mismatch'
  | 'name_too_long'
  | 'too_many_tags'
  | 'tag_invalid'
  | 'attributes_unreadable'
  | 'too_many_attributes'
  | 'attribute_key_invalid'
  | 'attribute_value_too_long'
  | 'duplicate'
  | 'over_quota'
  | 'invalid_email'
  | 'name_cut'
  | 'tag_cut';

/** A refusal as data: plain, so it crosses from the worker to the page as it is. */
export interface RowRefusal {
  code: RowRefusalCode;
  values?: Record<string, string | number>;
}

/** Each refusal's sentence. `values` are the refusal's, except where said otherwise. */
function refusalDescriptor(
  code: RowRefusalCode,
  values: Record<string, string | number>,
  i18n: Translator,
): string {
  switch (code) {
    case 'nul_character':
      return i18n._({
        id: 'contacts.refusal.nul_character',
        message: 'Caractère nul dans la ligne',
      });
    case 'phone_missing':
      return i18n._({ id: 'contacts.refusal.phone_missing', message: 'Numéro manquant' });
    case 'calling_code_unknown':
      return i18n._({
        id: 'contacts.refusal.calling_code_unknown',
        message: 'Indicatif international inconnu',
      });
    case 'calling_code_missing':
      return i18n._({
        id: 'contacts.refusal.calling_code_missing',
        message: 'Indicatif international manquant (ex. +237)',
      });
    case 'landline':
      return i18n._({ id: 'contacts.refusal.landline', message: 'Numéro fixe : pas de WhatsApp' });
    case 'special_number':
      return i18n._({
        id: 'contacts.refusal.special_number',
        message: 'Numéro spécial (vert, surtaxé…) : pas de WhatsApp',
      });
    case 'not_a_number':
      return i18n._({
        id: 'contacts.refusal.not_a_number',
        message: 'Ce n’est pas un numéro de téléphone',
      });
    case 'too_short':
      return i18n._({ id: 'contacts.refusal.too_short', message: 'Numéro trop court' });
    case 'too_long':
      return i18n._({ id: 'contacts.refusal.too_long', message: 'Numéro trop long' });
    case 'scientific_notation':
      return i18n._({
        id: 'contacts.refusal.scientific_notation',
        message:
          'Numéro abîmé par Excel (notation scientifique) : mettez la colonne au format Texte',
      });
    case 'invalid_number': {
      // `region` is a country code (the pipeline's); `country` a name as the database wrote it.
      const country =
        values.country ??
        (values.region !== undefined ? regionName(String(values.region), i18n) : undefined);
      return country === undefined
        ? i18n._({ id: 'contacts.refusal.invalid_number', message: 'Numéro invalide' })
        : i18n._({
            id: 'contacts.refusal.invalid_number_in',
            message: 'Numéro invalide ({country})',
            values: { country },
          });
    }
    case 'country_unknown':
      return i18n._({
        id: 'contacts.refusal.country_unknown',
        message: 'Pays inconnu : « {country} »',
        values,
      });
    case 'country_mismatch':
      return i18n._({
        id: 'contacts.refusal.country_mismatch',
        message: 'Le pays indiqué ({country}) ne correspond pas au numéro ({region})',
        values,
      });
    case 'name_too_long':
      return i18n._({
        id: 'contacts.refusal.name_too_long',
        message: 'Nom de plus de {max} caractères',
        values,
      });
    case 'too_many_tags':
      return i18n._({
        id: 'contacts.refusal.too_many_tags',
        message: 'Plus de {max} étiquettes',
        values,
      });
    case 'tag_invalid':
      return i18n._({
        id: 'contacts.refusal.tag_invalid',
        message: 'Étiquette vide ou de plus de {max} caractères',
        values,
      });
    case 'attributes_unreadable':
      return i18n._({
        id: 'contacts.refusal.attributes_unreadable',
        message: 'Attributs illisibles : des textes nommés sont attendus',
      });
    case 'too_many_attributes':
      return i18n._({
        id: 'contacts.refusal.too_many_attributes',
        message: 'Plus de {max} attributs',
        values,
      });
    case 'attribute_key_invalid':
      return i18n._({
        id: 'contacts.refusal.attribute_key_invalid',
        message: 'Nom d’attribut vide ou de plus de {max} caractères',
        values,
      });
    case 'attribute_value_too_long':
      return i18n._({
        id: 'contacts.refusal.attribute_value_too_long',
        message: 'Valeur d’attribut de plus de {max} caractères',
        values,
      });
    case 'duplicate':
      return i18n._({
        id: 'contacts.refusal.duplicate',
        message: 'Numéro déjà présent ligne {line}',
        values,
      });
    case 'over_quota':
      return i18n._({
        id: 'contacts.refusal.over_quota',
        message: 'Non importé : quota de contacts atteint',
      });
    case 'invalid_email':
      return i18n._({
        id: 'contacts.refusal.invalid_email',
        message: 'E-mail ignoré : adresse invalide',
      });
    case 'name_cut':
      return i18n._({
        id: 'contacts.refusal.name_cut',
        message: 'Nom coupé à {max} caractères',
        values,
      });
    case 'tag_cut':
      return i18n._({
        id: 'contacts.refusal.tag_cut',
        message: 'Étiquette coupée à {max} caractères',
        values,
      });
  }
}

/** A refusal in the translator's language. */
export function refusalText(refusal: RowRefusal, i18n: Translator = activeTranslator()): string {
  return refusalDescriptor(refusal.code, refusal.values ?? {}, i18n);
}

/** A refused row: its reason and, for RowProblem.reason, the same in French. */
export function rowProblem(
  line: number,
  value: string,
  refusal: RowRefusal,
  name?: string,
): RowProblem {
  const problem: RowProblem = { line, value, reason: refusalText(refusal, french), refusal };
  if (name) problem.name = name;
  return problem;
}

// Refusals whose French sentence comes from elsewhere (the database's import_contacts, the
// phone rules of supabase/functions/_shared/phone.ts): their code is found back from the sentence.
const readable: readonly [RowRefusalCode, Record<string, string>][] = [
  ['nul_character', {}],
  ['phone_missing', {}],
  ['calling_code_unknown', {}],
  ['calling_code_missing', {}],
  ['landline', {}],
  ['special_number', {}],
  ['not_a_number', {}],
  ['too_short', {}],
  ['too_long', {}],
  ['scientific_notation', {}],
  ['invalid_number', {}],
  // The database names the number's country by its code: « Numéro invalide (GA) ».
  ['invalid_number', { country: '' }],
  ['country_unknown', {}],
  ['country_mismatch', {}],
  ['name_too_long', {}],
  ['too_many_tags', {}],
  ['tag_invalid', {}],
  ['attributes_unreadable', {}],
  ['too_many_attributes', {}],
  ['attribute_key_invalid', {}],
  ['attribute_value_too_long', {}],
  ['over_quota', {}],
];

/** The message as written, placeholders left in: « Plus de {max} étiquettes ». */
const template: Translator = { locale: 'fr', _: ({ message = '' }) => message };

let frenchPatterns: { code: RowRefusalCode; pattern: RegExp; names: string[] }[] | null = null;

/** Each refusal's French sentence as a pattern whose groups are its values. */
function patterns() {
  frenchPatterns ??= readable.map(([code, values]) => {
    const names: string[] = [];
    const source = refusalDescriptor(code, values, template)
      .split(/\{(\w+)\}/)
      .map((part, index) => {
        if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part);
        return '(.+?)';
      })
      .join('');
    return { code, pattern: new RegExp(`^${source}$`), names };
  });
  return frenchPatterns;
}

/**
 * The refusal a French sentence says, when it is one of the pipeline's: the phone rules' reasons
 * and the database's. Null for a sentence it does not know.
 */
export function refusalOfFrench(reason: string): RowRefusal | null {
  for (const { code, pattern, names } of patterns()) {
    const match = pattern.exec(reason);
    if (!match) continue;
    if (names.length === 0) return { code };
    return { code, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) };
  }
  return null;
}

/** A row problem in the translator's language; a French reason without a code stays as it is. */
export function rowProblemText(problem: RowProblem, i18n: Translator = activeTranslator()): string {
  const refusal = problem.refusal ?? refusalOfFrench(problem.reason);
  return refusal ? refusalText(refusal, i18n) : problem.reason;
}

// File problems --------------------------------------------------------------------------------

/** Why a file cannot be imported at all. */
export type FileProblem =
  | { code: 'empty' }
  | { code: 'header_only' }
  | { code: 'not_a_table' }
  | { code: 'not_text'; format: string | null }
  | { code: 'old_excel' }
  | { code: 'utf16' }
  | { code: 'unreadable_workbook' }
  | { code: 'unclosed_quote'; line: number }
  | { code: 'header_is_data'; sample: string }
  | { code: 'no_phone_column' };

/** A file problem in the translator's language. */
export function fileProblemText(
  problem: FileProblem,
  i18n: Translator = activeTranslator(),
): string {
  switch (problem.code) {
    case 'empty':
      return i18n._({ id: 'contacts.file.empty', message: 'Le fichier est vide.' });
    case 'header_only':
      return i18n._({
        id: 'contacts.file.header_only',
        message: 'Le fichier ne contient que la ligne des titres : aucun contact à importer.',
      });
    case 'not_a_table':
      return i18n._({
        id: 'contacts.file.not_a_table',
        message: 'Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).',
      });
    case 'not_text':
      return problem.format
        ? i18n._({
            id: 'contacts.file.not_text_format',
            message:
              'Ce fichier n’est pas un fichier texte : c’est un fichier {format}, pas un tableau. Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).',
            values: { format: problem.format },
          })
        : i18n._({
            id: 'contacts.file.not_text',
            message:
              'Ce fichier n’est pas un fichier texte : il contient des données binaires (image, PDF, document…), pas un tableau. Choisissez un fichier CSV (.csv, .txt) ou Excel (.xlsx).',
          });
    case 'old_excel':
      return i18n._({
        id: 'contacts.file.old_excel',
        message:
          'Les fichiers .xls (Excel 97-2003) ne sont pas lus : dans Excel, choisissez « Enregistrer sous » puis « Classeur Excel (.xlsx) » ou « CSV (séparateur : point-virgule) ».',
      });
    case 'utf16':
      return i18n._({
        id: 'contacts.file.utf16',
        message:
          'Ce fichier est en « Texte Unicode » (UTF-16) : dans Excel, enregistrez-le plutôt en « CSV UTF-8 » ou en classeur .xlsx.',
      });
    case 'unreadable_workbook':
      return i18n._({
        id: 'contacts.file.unreadable_workbook',
        message:
          'Ce classeur Excel n’a pas pu être lu. Ouvrez-le dans Excel, enregistrez-le de nouveau en .xlsx, puis réessayez.',
      });
    case 'unclosed_quote':
      return i18n._({
        id: 'contacts.file.unclosed_quote',
        message:
          'Guillemet ouvert et jamais refermé vers la ligne {line} : corrigez le fichier, puis réessayez.',
        values: { line: problem.line },
      });
    case 'header_is_data':
      return i18n._({
        id: 'contacts.file.header_is_data',
        message:
          'La première ligne du fichier doit donner le titre de chaque colonne (Nom, Téléphone…) ; elle contient déjà des données (« {sample} »).',
        values: { sample: problem.sample },
      });
    case 'no_phone_column':
      return i18n._({
        id: 'contacts.file.no_phone_column',
        message:
          'Indiquez la colonne qui contient les numéros WhatsApp : sans elle, aucun contact ne peut être importé.',
      });
  }
}

// Columns --------------------------------------------------------------------------------------

/** What a column becomes, as the mapping screen (and the ops command) says it. */
export function columnTargetLabel(
  target: ColumnTarget,
  i18n: Translator = activeTranslator(),
): string {
  switch (target.kind) {
    case 'phone':
      return i18n._({ id: 'contacts.column.phone', message: 'Numéro WhatsApp' });
    case 'name':
      return i18n._({ id: 'contacts.column.name', message: 'Nom complet' });
    case 'first_name':
      return i18n._({ id: 'contacts.column.first_name', message: 'Prénom' });
    case 'last_name':
      return i18n._({ id: 'contacts.column.last_name', message: 'Nom de famille' });
    case 'email':
      return i18n._({ id: 'contacts.column.email', message: 'E-mail' });
    case 'tags':
      return i18n._({ id: 'contacts.column.tags', message: 'Étiquettes' });
    case 'attribute':
      return i18n._({
        id: 'contacts.column.attribute',
        message: 'Attribut « {key} »',
        values: { key: target.key },
      });
    case 'ignore':
      return i18n._({ id: 'contacts.column.ignore', message: 'Ne pas importer' });
  }
}

/**
 * The title of a column the file left blank. Part of the data rather than of the page: it names
 * the attribute the column becomes, so it is written in French, as the file's other titles are.
 */
export function untitledColumn(column: number): string {
  const i18n = french;
  return i18n._({
    id: 'contacts.column.untitled',
    message: 'Colonne {number}',
    values: { number: column + 1 },
  });
}

// The upload ---------------------------------------------------------------------------------

/** « Quota de contacts atteint : 1 200 contacts importés, 300 non importés. … » */
export function quotaReachedText(
  imported: number,
  notImported: number,
  i18n: Translator = activeTranslator(),
): string {
  return i18n._({
    id: 'contacts.import.quota_reached',
    message:
      'Quota de contacts atteint : {imported, plural, one {# contact importé} other {# contacts importés}}, {notImported, plural, one {# non importé} other {# non importés}}. Passez à un abonnement supérieur ou supprimez des contacts inutiles, puis importez de nouveau le même fichier : les contacts déjà enregistrés ne seront pas dupliqués.',
    values: { imported, notImported },
  });
}

/** Why an upload stopped when the server's error says nothing people can read. */
export function interruptedFallbackText(i18n: Translator = activeTranslator()): string {
  return i18n._({
    id: 'contacts.import.interrupted',
    message: 'L’import a été interrompu par une erreur du serveur.',
  });
}

/** `why` the upload stopped, and what became of the `saved` rows sent before. */
export function interruptedText(
  why: string,
  saved: number,
  i18n: Translator = activeTranslator(),
): string {
  if (saved === 0) return why;
  return i18n._({
    id: 'contacts.import.interrupted_saved',
    message:
      '{why} {saved, plural, one {La ligne déjà envoyée est enregistrée : importez de nouveau le même fichier pour terminer, elle ne sera pas dupliquée.} other {Les # lignes déjà envoyées sont enregistrées : importez de nouveau le même fichier pour terminer, elles ne seront pas dupliquées.}}',
    values: { why, saved },
  });
}

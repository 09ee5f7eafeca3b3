/**
 * Realistic contact files for tests and benchmarks: French and Central African names with
 * accents, numbers written every way people write them (Cameroon mostly, Gabon and Congo with
 * their calling code), a chosen share of unusable numbers and of numbers repeated in the file,
 * and the Windows-1252 CSV that French Excel saves.
 */

export interface SampleOptions {
  /** Share of rows without a usable number (0.02 = 2 %), placed at random. */
  invalidShare?: number;
  /** Share of rows repeating an earlier row's number, often written another way. */
  duplicateShare?: number;
  /** Same seed, same file. */
  seed?: number;
}

export const sampleHeaders = ['Nom', 'Prénom', 'Téléphone', 'E-mail', 'Ville', 'Étiquettes'];

const FIRST_NAMES = [
  'Éloïse',
  'Zoé',
  'Anaïs',
  'Jérôme',
  'Hélène',
  'Cécile',
  'Joël',
  'Noël',
  'François',
  'Françoise',
  'Gaëlle',
  'Raphaël',
  'Thérèse',
  'Béatrice',
  'Clément',
  'Désiré',
  'Eugène',
  'Honoré',
  'Irène',
  'Léonie',
  'Aïcha',
  'Mariam',
  'Jean-Béranger',
  'Marie-Thérèse',
  'Ousmane',
  'Ibrahim',
  'Chloé',
  'Ange-Désirée',
  'Loïc',
  'Pélagie',
];
const LAST_NAMES = [
  'Ngo Biyong',
  'Mbarga',
  'Essomba',
  'Owona',
  'Atangana',
  'Fouda',
  'Nkoulou',
  'Etoundi',
  'Tchoupé',
  'Ndjock',
  'Mvondo',
  'Abéga',
  'Nguéma',
  'Mba Obame',
  'Ondo Méyé',
  'Mabiala',
  'Nkounkou',
  'Massamba',
  'Moukoko',
  'Loubaki',
  'Bétoté',
  'Kamdem',
  'Tagne',
  'Djoumessi',
];
const CITIES = {
  CM: ['Douala', 'Yaoundé', 'Bafoussam', 'Garoua', 'Ébolowa', 'Kribi', 'Bertoua', 'Maroua'],
  GA: ['Libreville', 'Port-Gentil', 'Franceville', 'Oyem'],
  CG: ['Brazzaville', 'Pointe-Noire', 'Dolisie', 'Ouesso'],
} as const;
const TAGS = ['adhérents', 'bénévoles', 'assurés', 'retraités', 'donateurs', 'CNSA 2026'];
const INVALID = [
  '',
  '6712',
  '222 23 45 67',
  'pas de numéro',
  'N/A',
  '+237 6712345678901',
  '612 34 56 78',
  '2,38E+11',
];

/** mulberry32: a small, fast, seedable generator (tests need the same file every time). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)]!;

/** 7919 is prime to 10⁶: i → (7919 i + c) mod 10⁶ is a bijection, so rows get distinct numbers. */
function scramble(i: number, modulus: number): number {
  return (i * 7919 + 12345) % modulus;
}

const group = (digits: string, sizes: number[], separator: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
};

type Country = keyof typeof CITIES;

/** A valid mobile number, unique for `i`, as its E.164 digits and its country. */
function mobile(i: number, next: () => number): { country: Country; national: string } {
  const unique = String(scramble(i, 1_000_000)).padStart(6, '0');
  const roll = next();
  if (roll < 0.8) {
    // Cameroon: MTN 650-654 and 67x/680-683, Orange 655-659 and 69x, Nexttel 66x.
    const prefix = pick(next, [
      '650',
      '651',
      '655',
      '657',
      '671',
      '677',
      '680',
      '690',
      '694',
      '699',
      '662',
      '666',
    ]);
    return { country: 'CM', national: prefix + unique };
  }
  if (roll < 0.9) {
    // Gabon: Airtel 074/077, Moov 062/066 (national 0 dropped in E.164), legacy 06.
    return { country: 'GA', national: pick(next, ['74', '77', '62', '66']) + unique };
  }
  // Congo-Brazzaville: MTN 06, Airtel 05 — the 0 stays in the international number.
  return { country: 'CG', national: pick(next, ['06', '05']) + '6' + unique };
}

/** The same number written one of the ways spreadsheets hold it. */
function written(number: { country: Country; national: string }, next: () => number): string {
  const { country, national } = number;
  const roll = next();
  if (country === 'CM') {
    if (roll < 0.3) return group(national, [3, 2, 2, 2], ' ');
    if (roll < 0.45) return `+237 ${group(national, [1, 2, 2, 2, 2], ' ')}`;
    if (roll < 0.55) return `00237 ${national}`;
    if (roll < 0.65) return `237${national}`;
    if (roll < 0.75) return group(national, [3, 2, 2, 2], '.');
    if (roll < 0.85) return `(+237) ${group(national, [3, 2, 2, 2], '-')}`;
    if (roll < 0.9) return `${national}.0`;
    return national;
  }
  if (country === 'GA') {
    if (roll < 0.5) return `+241 0${group(national, [2, 2, 2, 2], ' ')}`;
    if (roll < 0.8) return `00241 ${national}`;
    return `241${national}`;
  }
  if (roll < 0.5) return `+242 ${group(national, [2, 3, 2, 2], ' ')}`;
  if (roll < 0.8) return `00242 ${national}`;
  return `242${national}`;
}

function emailOf(first: string, last: string, i: number): string {
  const plain = `${first}.${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z.]+/g, '');
  return `${plain}${i}@exemple.cm`;
}

/**
 * `n` data rows after the header row (`sampleHeaders`). Exactly round(n × invalidShare) rows have
 * no usable number and round(n × duplicateShare) repeat an earlier number.
 */
export function generateContactRows(n: number, options: SampleOptions = {}): string[][] {
  const next = random(options.seed ?? 1);
  const invalidCount = Math.round(n * (options.invalidShare ?? 0));
  const duplicateCount = Math.round(n * (options.duplicateShare ?? 0));
  if (invalidCount + duplicateCount >= n && n > 0) {
    throw new Error('invalidShare + duplicateShare must leave at least one unique row');
  }
  const kinds: ('unique' | 'invalid' | 'duplicate')[] = Array.from({ length: n }, (_, i) =>
    i < invalidCount ? 'invalid' : i < invalidCount + duplicateCount ? 'duplicate' : 'unique',
  );
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  // A duplicate needs an earlier number: the first unique row moves to the front.
  const firstUnique = kinds.indexOf('unique');
  if (firstUnique > 0) [kinds[0], kinds[firstUnique]] = [kinds[firstUnique]!, kinds[0]!];

  const numbers: { country: Country; national: string }[] = [];
  const rows: string[][] = [sampleHeaders];
  for (let i = 0; i < n; i += 1) {
    const first = pick(next, FIRST_NAMES);
    const last = pick(next, LAST_NAMES);
    let phone: string;
    let country: Country = 'CM';
    if (kinds[i] === 'invalid') {
      phone = pick(next, INVALID);
    } else if (kinds[i] === 'duplicate') {
      const earlier = pick(next, numbers);
      country = earlier.country;
      phone = written(earlier, next);
    } else {
      const number = mobile(i, next);
      numbers.push(number);
      country = number.country;
      phone = written(number, next);
    }
    const tagRoll = next();
    const tags =
      tagRoll < 0.4
        ? ''
        : tagRoll < 0.8
          ? pick(next, TAGS)
          : `${pick(next, TAGS)}, ${pick(next, TAGS)}`;
    rows.push([
      last,
      first,
      phone,
      next() < 0.4 ? emailOf(first, last, i) : '',
      pick(next, CITIES[country]),
      tags,
    ]);
  }
  return rows;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it puts typographic characters.
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Encodes text as Windows-1252; characters it lacks become « ? », as Excel does. */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[length++] = code;
    else {
      bytes[length++] = CP1252_HIGH[text[i]!] ?? 0x3f;
      // A character outside the BMP is two UTF-16 units but one « ? ».
      if (code >= 0xd800 && code <= 0xdbff) i += 1;
    }
  }
  return bytes.subarray(0, length);
}

/**
 * Rows (header first) as French Excel's « CSV (séparateur : point-virgule) » writes them:
 * Windows-1252, CRLF, fields quoted only when they must be.
 */
export function toWindows1252Csv(rows: string[][], delimiter: ';' | ',' | '\t' = ';'): Uint8Array {
  const special = new RegExp(`["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}]`);
  const quote = (cell: string) => (special.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
  return encodeWindows1252(text);
}

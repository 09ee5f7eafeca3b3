import { describe, expect, it } from 'vitest';
import {
  NO_ANSWER,
  parseDate,
  parseNumber,
  parseYesNo,
  readAnswer,
  YES_ANSWER,
} from './answers.ts';

const cameroon = { pattern: '', contactPhone: '+237671234567' };
const read = (type: Parameters<typeof readAnswer>[0], text: string, options = cameroon) =>
  readAnswer(type, text, options);

describe('readAnswer', () => {
  it('takes any non-empty text, within a pattern when there is one', () => {
    expect(read('text', '  Jean  ')).toEqual({ ok: true, value: 'Jean' });
    expect(read('text', '   ')).toEqual({ ok: false });
    const pattern = { ...cameroon, pattern: '^[A-Z]{2}-\\d{4}$' };
    expect(read('text', 'CM-1234', pattern)).toEqual({ ok: true, value: 'CM-1234' });
    expect(read('text', 'cm-12', pattern)).toEqual({ ok: false });
    expect(read('text', 'x'.repeat(501))).toEqual({ ok: false });
  });

  it.each([
    ['12', '12'],
    ['-3', '-3'],
    ['12,5', '12.5'],
    ['12.50', '12.5'],
    ['1 500', '1500'],
    ['1 500 000', '1500000'],
  ])('reads the number %j as %j', (text, value) => {
    expect(read('number', text)).toEqual({ ok: true, value });
  });

  it.each(['douze', '12 5', '1,2,3', '', '12abc'])('refuses %j as a number', (text) => {
    expect(read('number', text)).toEqual({ ok: false });
  });

  it.each([
    ['25/12/1990', '1990-12-25'],
    ['5/3/2026', '2026-03-05'],
    ['05-03-2026', '2026-03-05'],
    ['29.02.2024', '2024-02-29'],
    ['2026-03-05', '2026-03-05'],
  ])('reads the date %j as %j', (text, value) => {
    expect(read('date', text)).toEqual({ ok: true, value });
  });

  it.each(['31/02/2026', '29/02/2025', '12/25/1990', '2026-13-01', 'demain', '25/12/90'])(
    'refuses %j as a date',
    (text) => {
      expect(read('date', text)).toEqual({ ok: false });
    },
  );

  it('reads e-mail addresses', () => {
    expect(read('email', ' awa.mballa@gmail.com ')).toEqual({
      ok: true,
      value: 'awa.mballa@gmail.com',
    });
    expect(read('email', 'awa@gmail')).toEqual({ ok: false });
    expect(read('email', 'awa gmail.com')).toEqual({ ok: false });
  });

  it('reads phone numbers in E.164, national ones in the contact’s country', () => {
    expect(read('phone', '6 71 23 45 67')).toEqual({ ok: true, value: '+237671234567' });
    expect(read('phone', '+241 06 12 34 56')).toEqual({ ok: true, value: '+24106123456' });
    expect(read('phone', '06 12 34 56', { pattern: '', contactPhone: '+24107123456' })).toEqual({
      ok: true,
      value: '+24106123456',
    });
    expect(read('phone', '12345')).toEqual({ ok: false });
    expect(read('phone', 'mon numéro')).toEqual({ ok: false });
  });

  it('saves yes and no in one form', () => {
    expect(read('yes_no', 'Ouiii')).toEqual({ ok: true, value: YES_ANSWER });
    expect(read('yes_no', 'non merci')).toEqual({ ok: true, value: NO_ANSWER });
    expect(read('yes_no', 'peut-être')).toEqual({ ok: false });
  });
});

describe('parseYesNo', () => {
  it.each([
    'oui',
    'Ouais',
    'OUI !',
    'yes',
    'Yeah',
    'ok',
    'OK merci',
    'd’accord',
    'dac',
    'bien sûr',
    'wi',
    'oui oui',
  ])('%j is a yes', (text) => {
    expect(parseYesNo(text)).toBe(true);
  });

  it.each(['non', 'Nan', 'no', 'NON merci', 'pas du tout', 'pas d’accord', 'nope', 'jamais'])(
    '%j is a no',
    (text) => {
      expect(parseYesNo(text)).toBe(false);
    },
  );

  it.each([
    '',
    'oui ou non',
    'je ne sais pas',
    'bonjour',
    'oui je voudrais bien mais je ne peux vraiment pas',
  ])('%j is neither', (text) => {
    expect(parseYesNo(text)).toBeNull();
  });
});

describe('parseNumber and parseDate', () => {
  it('return null for what they cannot read', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1e5')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('2026-02-30')).toBeNull();
  });
});

import { normalizePhone } from '@shared/phone.ts';
import { describe, expect, it } from 'vitest';
import { french, refusalText } from './import/messages';
import { phoneRefusal } from './phone-refusal';

function refusal(input: string, country = 'CM') {
  const result = normalizePhone(input, country);
  if (result.ok) throw new Error(`${input} is a valid number`);
  return { reason: result.reason, refusal: phoneRefusal(result.reason, input, country) };
}

describe('phoneRefusal', () => {
  it('finds the code of every reason the phone rules give', () => {
    const cases: [string, string, string][] = [
      ['', 'CM', 'phone_missing'],
      ['abc', 'CM', 'not_a_number'],
      ['12', 'CM', 'too_short'],
      ['6991234567890123', 'CM', 'too_long'],
      ['222 23 45 67', 'CM', 'landline'],
      ['+999 123 456 789', 'CM', 'calling_code_unknown'],
      ['2.37671E+11', 'CM', 'scientific_notation'],
      ['12345678', 'ZZ', 'calling_code_missing'],
    ];
    for (const [input, country, code] of cases) {
      const result = refusal(input, country);
      expect(result.refusal.code, `${input}: ${result.reason}`).toBe(code);
      // The French the pipeline writes is the phone rules' own sentence.
      expect(refusalText(result.refusal, french)).toBe(result.reason);
    }
  });

  it('names the country of a number invalid for it by its code', () => {
    const result = refusal('+237 1234 5678');
    expect(result.reason).toBe('Numéro invalide pour le Cameroun');
    expect(result.refusal).toEqual({ code: 'invalid_number', values: { region: 'CM' } });
    expect(refusalText(result.refusal, french)).toBe('Numéro invalide (Cameroun)');
  });
});

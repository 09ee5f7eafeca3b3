import { describe, expect, it } from 'vitest';
import {
  fixedLineReason,
  normalizePhone,
  specialNumberReason,
  unknownCallingCodeReason,
} from '@shared/phone';
import { phoneFixtures } from './phone-fixtures';
import { phoneRules, phoneRulesSql } from './phone-rules';

describe('the phone fixtures', () => {
  it.each(phoneFixtures)('are judged by the pipeline as they say: $name', ({ phone, verdict }) => {
    const result = normalizePhone(phone, 'CM');
    if (verdict.whatsapp) {
      expect(result).toEqual({ ok: true, phone, country: verdict.country });
      return;
    }
    expect(result.ok).toBe(false);
    const reason = result.ok ? '' : result.reason;
    const named: Record<string, string> = {
      'fixed line': fixedLineReason,
      special: specialNumberReason,
      'unknown calling code': unknownCallingCodeReason,
    };
    if (verdict.why === 'invalid') expect(Object.values(named)).not.toContain(reason);
    else expect(reason).toBe(named[verdict.why]);
  });
});

describe('phoneRules', () => {
  it('holds every plan of libphonenumber-js once, non-geographic ones without a country', () => {
    const rules = phoneRules();
    const countries = rules.flatMap((rule) => (rule.countryCode ? [rule.countryCode] : []));
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries).toEqual(expect.arrayContaining(['CM', 'GA', 'CG', 'TD', 'CF', 'GQ', 'FR']));
    expect(
      rules.filter((rule) => rule.countryCode === null).map((rule) => rule.callingCode),
    ).toEqual(expect.arrayContaining(['800', '870', '882']));
    // A shared calling code's main plan comes first; a plan alone on its code claims every number.
    expect(rules.filter((rule) => rule.callingCode === '1')[0]).toMatchObject({
      countryCode: 'US',
      rank: 0,
      shared: true,
      mobilePattern: null,
    });
    expect(rules.find((rule) => rule.countryCode === 'CM')).toMatchObject({
      callingCode: '237',
      shared: false,
      leadingDigitsPattern: null,
    });
  });

  it('writes SQL that names the libphonenumber-js version and quotes every pattern', () => {
    const sql = phoneRulesSql([
      {
        countryCode: 'CM',
        callingCode: '237',
        rank: 0,
        shared: false,
        leadingDigitsPattern: null,
        mobilePattern: "^6'\\d$",
        fixedLinePattern: null,
        otherPattern: null,
      },
    ]);
    expect(sql).toMatch(/^-- Generated from libphonenumber-js \d+\.\d+\.\d+/);
    expect(sql).toContain("('CM', '237', 0, false, null, '^6''\\d$', null, null);");
  });
});

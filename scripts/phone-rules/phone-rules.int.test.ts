import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixedLineReason,
  normalizePhone,
  specialNumberReason,
  unknownCallingCodeReason,
} from '@shared/phone';
import { createTeam, type Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';
import { numbersAroundExamples, phoneFixtures, type PhoneVerdict } from './phone-fixtures';
import { phoneRules, type PhoneRule } from './phone-rules';

// The database judges numbers with private.phone_rules, the pipeline with libphonenumber-js: both
// must accept the same numbers with the same country, and refuse the others for the same reasons.

interface ImportResult {
  imported: number;
  invalid: { line: number; value: string; reason: string }[];
}

type DatabaseVerdict =
  { whatsapp: true; country: string | null } | { whatsapp: false; reason: string };

let team: Team;

beforeAll(async () => {
  team = await createTeam('phone-rules');
});

/** Imports each number as its own row (with a country when given) and says what became of it. */
async function judge(
  numbers: { phone: string; country?: string | null }[],
): Promise<Map<string, DatabaseVerdict>> {
  await sql('delete from public.contacts where organization_id = $1', [team.organizationId]);
  const { data, error } = await team.clients.admin.rpc('import_contacts', {
    organization_id: team.organizationId,
    rows: numbers.map(({ phone, country }, index) => ({
      line: index + 2,
      phone,
      ...(country === undefined ? {} : { country_code: country }),
    })),
  });
  if (error) throw error;
  const verdicts = new Map<string, DatabaseVerdict>();
  for (const row of (data as ImportResult).invalid) {
    verdicts.set(row.value, { whatsapp: false, reason: row.reason });
  }
  const stored = await sql<{ phone: string; country_code: string | null }>(
    'select phone, country_code from public.contacts where organization_id = $1',
    [team.organizationId],
  );
  for (const row of stored) verdicts.set(row.phone, { whatsapp: true, country: row.country_code });
  return verdicts;
}

function expectedVerdict(verdict: PhoneVerdict): unknown {
  if (verdict.whatsapp) return verdict;
  const reasons = {
    'fixed line': fixedLineReason,
    special: specialNumberReason,
    'unknown calling code': unknownCallingCodeReason,
    invalid: expect.stringMatching(/^Numéro invalide \((\w\w|\+\d+)\)$/),
  };
  return { whatsapp: false, reason: reasons[verdict.why] };
}

describe('private.phone_rules', () => {
  it('holds what the installed libphonenumber-js gives (else: a migration from generate.ts)', async () => {
    const rows = await sql<{
      country_code: string | null;
      calling_code: string;
      rank: number;
      shared: boolean;
      leading_digits_pattern: string | null;
      mobile_pattern: string | null;
      fixed_line_pattern: string | null;
      other_pattern: string | null;
    }>('select * from private.phone_rules order by calling_code::int, rank');
    const stored: PhoneRule[] = rows.map((row) => ({
      countryCode: row.country_code,
      callingCode: row.calling_code,
      rank: row.rank,
      shared: row.shared,
      leadingDigitsPattern: row.leading_digits_pattern,
      mobilePattern: row.mobile_pattern,
      fixedLinePattern: row.fixed_line_pattern,
      otherPattern: row.other_pattern,
    }));
    expect(stored).toEqual(phoneRules());
  });

  it('are regular expressions Postgres compiles, every one', async () => {
    const [row] = await sql<{ compiled: number }>(
      `select count(*)::int as compiled
       from private.phone_rules r,
            unnest(array[r.leading_digits_pattern, r.mobile_pattern, r.fixed_line_pattern, r.other_pattern]) p
       where p is not null and ('0' ~ p) is not null`,
    );
    const patterns = phoneRules().flatMap((rule) =>
      [
        rule.leadingDigitsPattern,
        rule.mobilePattern,
        rule.fixedLinePattern,
        rule.otherPattern,
      ].filter((pattern) => pattern !== null),
    );
    expect(row!.compiled).toBe(patterns.length);
  });
});

describe('import_contacts and the pipeline', () => {
  it('judge the fixtures alike, with the same reasons', async () => {
    const verdicts = await judge(phoneFixtures.map(({ phone }) => ({ phone })));
    for (const { name, phone, verdict } of phoneFixtures) {
      expect(verdicts.get(phone), name).toEqual(expectedVerdict(verdict));
    }
  });

  it('accept a number given with its own country, and refuse it given with another', async () => {
    const mobiles = phoneFixtures.flatMap(({ phone, verdict }) =>
      verdict.whatsapp ? [{ phone, country: verdict.country }] : [],
    );
    const own = await judge(mobiles);
    for (const { phone, country } of mobiles) {
      expect(own.get(phone), phone).toEqual({ whatsapp: true, country });
    }
    const wrong = (country: string | null) => (country === 'GA' ? 'CM' : 'GA');
    const other = await judge(
      mobiles.map(({ phone, country }) => ({ phone, country: wrong(country) })),
    );
    for (const { phone, country } of mobiles) {
      expect(other.get(phone), phone).toEqual({
        whatsapp: false,
        reason: `Le pays indiqué (${wrong(country)}) ne correspond pas au numéro (${country ?? `+${phone.slice(1, 4)}`})`,
      });
    }
  });

  it('accept exactly the numbers around every country’s example the pipeline accepts', async () => {
    const numbers = numbersAroundExamples();
    const verdicts = await judge(numbers.map((phone) => ({ phone })));
    let accepted = 0;
    for (const phone of numbers) {
      const pipeline = normalizePhone(phone, 'CM');
      // A number written with its national prefix is rewritten by the pipeline, never sent as is.
      const sent = pipeline.ok && pipeline.phone === phone;
      const database = verdicts.get(phone);
      if (sent) {
        accepted += 1;
        expect(database, phone).toEqual({ whatsapp: true, country: pipeline.country });
      } else {
        expect(database?.whatsapp, phone).toBe(false);
      }
    }
    // Most countries' examples and some of their neighbours: the comparison is not empty.
    expect(accepted).toBeGreaterThan(400);
  });
});

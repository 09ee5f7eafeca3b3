import { beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../stack/sql';
import { stackInfo } from '../../test-support/clients';
import { createTeam, type Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';
import {
  ATTRIBUTE_KEY_MAX_LENGTH,
  ATTRIBUTES_PER_CONTACT_MAX,
  ATTRIBUTE_VALUE_MAX_LENGTH,
  AUDIENCE_TAGS_MAX,
  CAMPAIGN_NAME_MAX_LENGTH,
  CONSENT_PROOF_MAX_LENGTH,
  CONSENT_REASON_MAX_LENGTH,
  CONTACT_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  IMPORT_ROWS_PER_CALL_MAX,
  INVITATION_NOTE_MAX_LENGTH,
  ORGANIZATION_NAME_MAX_LENGTH,
  ORGANIZATION_NAME_MIN_LENGTH,
  PROFILE_NAME_MAX_LENGTH,
  SEGMENT_CONDITIONS_MAX,
  SEGMENT_DESCRIPTION_MAX_LENGTH,
  SEGMENT_NAME_MAX_LENGTH,
  SEGMENT_VALUE_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TAGS_PER_CONTACT_MAX,
} from '../../supabase/functions/_shared/limits';

// One set of limits (supabase/functions/_shared/limits.ts): the database's check constraints, read
// from pg_catalog, hold the same numbers, and its functions refuse or cut at the same edges.

/** The numbers in the single-column check constraints of `table.column`, smallest first. */
async function checkBounds(table: string, column: string): Promise<number[]> {
  const rows = await sql<{ definition: string }>(
    `select pg_get_constraintdef(c.oid) as definition
     from pg_constraint c
     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.conrelid = $1::regclass and c.contype = 'c' and cardinality(c.conkey) = 1
       and a.attname = $2`,
    [`public.${table}`, column],
  );
  expect(rows.length, `${table}.${column} has a check`).toBeGreaterThan(0);
  return rows
    .flatMap((row) => [...row.definition.replace(/'[^']*'/g, '').matchAll(/\b\d+\b/g)])
    .map((match) => Number(match[0]))
    .sort((a, b) => a - b);
}

describe('check constraints', () => {
  it.each([
    ['organizations', 'name', [ORGANIZATION_NAME_MIN_LENGTH, ORGANIZATION_NAME_MAX_LENGTH]],
    ['profiles', 'full_name', [PROFILE_NAME_MAX_LENGTH]],
    ['contacts', 'name', [CONTACT_NAME_MAX_LENGTH]],
    ['contacts', 'email', [EMAIL_MAX_LENGTH]],
    ['contacts', 'tags', [TAGS_PER_CONTACT_MAX]],
    ['invitations', 'note', [1, INVITATION_NOTE_MAX_LENGTH]],
    ['segments', 'name', [1, SEGMENT_NAME_MAX_LENGTH]],
    ['segments', 'description', [SEGMENT_DESCRIPTION_MAX_LENGTH]],
    ['campaigns', 'name', [1, CAMPAIGN_NAME_MAX_LENGTH]],
    ['contact_consent_events', 'reason', [1, CONSENT_REASON_MAX_LENGTH]],
    ['contact_consent_events', 'proof', [1, CONSENT_PROOF_MAX_LENGTH]],
  ] as const)('%s.%s holds the limits of limits.ts', async (table, column, bounds) => {
    expect(await checkBounds(table, column)).toEqual([...bounds].sort((a, b) => a - b));
  });
});

describe('functions', () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam('limites');
  });

  const mobile = () => `+23767${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const bounds = (tags: string[] | null, attributes: Record<string, string> | null) =>
    sql<{ refusal: Record<string, unknown> | null }>(
      'select private.contact_bounds_refusal($1::text[], $2::jsonb) as refusal',
      [tags, attributes && JSON.stringify(attributes)],
    ).then(([row]) => row!.refusal);
  const manyKeys = (count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'v']));

  it('bound the tags and attributes a member writes', async () => {
    const tags = (count: number) => Array.from({ length: count }, (_, i) => `t${i}`);
    expect(await bounds(tags(TAGS_PER_CONTACT_MAX), null)).toBeNull();
    expect(await bounds(tags(TAGS_PER_CONTACT_MAX + 1), null)).toEqual({
      reason: 'too_many_tags',
      max: TAGS_PER_CONTACT_MAX,
    });
    expect(await bounds(['é'.repeat(TAG_MAX_LENGTH)], null)).toBeNull();
    expect(await bounds(['é'.repeat(TAG_MAX_LENGTH + 1)], null)).toEqual({
      reason: 'tag_invalid',
      max: TAG_MAX_LENGTH,
    });
    expect(await bounds(null, manyKeys(ATTRIBUTES_PER_CONTACT_MAX))).toBeNull();
    expect(await bounds(null, manyKeys(ATTRIBUTES_PER_CONTACT_MAX + 1))).toEqual({
      reason: 'too_many_attributes',
      max: ATTRIBUTES_PER_CONTACT_MAX,
    });
    expect(await bounds(null, { ['k'.repeat(ATTRIBUTE_KEY_MAX_LENGTH)]: 'v' })).toBeNull();
    expect(await bounds(null, { ['k'.repeat(ATTRIBUTE_KEY_MAX_LENGTH + 1)]: 'v' })).toEqual({
      reason: 'attribute_key_invalid',
      max: ATTRIBUTE_KEY_MAX_LENGTH,
    });
    expect(await bounds(null, { ville: 'v'.repeat(ATTRIBUTE_VALUE_MAX_LENGTH) })).toBeNull();
    expect(await bounds(null, { ville: 'v'.repeat(ATTRIBUTE_VALUE_MAX_LENGTH + 1) })).toEqual({
      reason: 'attribute_value_too_long',
      max: ATTRIBUTE_VALUE_MAX_LENGTH,
    });
  });

  it('refuse a member’s contact name beyond the limit, with the refusal as the detail', async () => {
    const longest = 'É'.repeat(CONTACT_NAME_MAX_LENGTH);
    const fits = await team.clients.agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, phone: mobile(), name: longest });
    expect(fits.error).toBeNull();
    const tooLong = await team.clients.agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, phone: mobile(), name: `${longest}x` });
    expect(tooLong.error).toMatchObject({
      code: '23514',
      message: `Nom de plus de ${CONTACT_NAME_MAX_LENGTH} caractères`,
      hint: 'contact_refused',
    });
    expect(JSON.parse(tooLong.error!.details)).toEqual({
      reason: 'name_too_long',
      max: CONTACT_NAME_MAX_LENGTH,
    });
  });

  it('cut imported and WhatsApp names and tags at the limits, and bound an import call', async () => {
    const [named, tagged] = [mobile(), mobile()];
    const [result] = await sql<{ result: { imported: number } }>(
      'select public.import_contacts($1::json) as result',
      [
        JSON.stringify({
          organization_id: team.organizationId,
          rows: [
            { line: 2, phone: named, name: 'N'.repeat(CONTACT_NAME_MAX_LENGTH + 30) },
            { line: 3, phone: tagged, tags: ['t'.repeat(TAG_MAX_LENGTH + 10)] },
          ],
          add_tags: ['a'.repeat(TAG_MAX_LENGTH + 10)],
        }),
      ],
    );
    expect(result!.result.imported).toBe(2);
    const stored = await sql<{ phone: string; name: string | null; tags: string[] }>(
      'select phone, name, tags from public.contacts where phone = any ($1) and organization_id = $2',
      [[named, tagged], team.organizationId],
    );
    expect(stored.find((row) => row.phone === named)!.name).toBe(
      'N'.repeat(CONTACT_NAME_MAX_LENGTH),
    );
    expect(stored.find((row) => row.phone === tagged)!.tags).toEqual([
      'a'.repeat(TAG_MAX_LENGTH),
      't'.repeat(TAG_MAX_LENGTH),
    ]);

    await expect(
      sql('select public.import_contacts($1::json)', [
        JSON.stringify({
          organization_id: team.organizationId,
          rows: Array.from({ length: IMPORT_ROWS_PER_CALL_MAX + 1 }, () => ({})),
        }),
      ]),
    ).rejects.toMatchObject({
      code: '54000',
      hint: 'import_too_many_rows',
      detail: `{"max": ${IMPORT_ROWS_PER_CALL_MAX}}`,
    });

    const stop = mobile();
    await withClient(stackInfo().dbUrl, async (client) => {
      await client.query('begin');
      await client.query('set local role service_role');
      await client.query(`select private.opt_out_from_whatsapp($1, $2, 'CM', $3, now())`, [
        team.organizationId,
        stop,
        'W'.repeat(CONTACT_NAME_MAX_LENGTH + 5),
      ]);
      await client.query('commit');
    });
    const [fromWhatsApp] = await sql<{ name: string }>(
      'select name from public.contacts where phone = $1 and organization_id = $2',
      [stop, team.organizationId],
    );
    expect(fromWhatsApp!.name).toBe('W'.repeat(CONTACT_NAME_MAX_LENGTH));
  });

  it('bound segment criteria and campaign audiences', async () => {
    const valid = (criteria: unknown) =>
      sql('select private.is_valid_segment($1::jsonb)', [JSON.stringify(criteria)]).then(
        () => true,
        (error: { code?: string }) => {
          expect(error.code).toBe('22023');
          return false;
        },
      );
    const all = (...conditions: unknown[]) => ({ match: 'all', conditions });
    const tag = (value: string) => ({ type: 'has_tag', tag: value });
    const equals = (key: string, value: string) => ({
      type: 'attribute',
      key,
      operator: 'equals',
      value,
    });
    expect(await valid(all(tag('t'.repeat(TAG_MAX_LENGTH))))).toBe(true);
    expect(await valid(all(tag('t'.repeat(TAG_MAX_LENGTH + 1))))).toBe(false);
    expect(await valid(all(equals('k'.repeat(ATTRIBUTE_KEY_MAX_LENGTH), 'v')))).toBe(true);
    expect(await valid(all(equals('k'.repeat(ATTRIBUTE_KEY_MAX_LENGTH + 1), 'v')))).toBe(false);
    expect(await valid(all(equals('ville', 'v'.repeat(SEGMENT_VALUE_MAX_LENGTH))))).toBe(true);
    expect(await valid(all(equals('ville', 'v'.repeat(SEGMENT_VALUE_MAX_LENGTH + 1))))).toBe(false);
    const conditions = (count: number) => Array.from({ length: count }, (_, i) => tag(`t${i}`));
    expect(await valid(all(...conditions(SEGMENT_CONDITIONS_MAX)))).toBe(true);
    expect(await valid(all(...conditions(SEGMENT_CONDITIONS_MAX + 1)))).toBe(false);

    const audience = (count: number) =>
      sql<{ valid: boolean }>('select private.is_valid_audience($1::jsonb) as valid', [
        JSON.stringify({ kind: 'tags', tags: Array.from({ length: count }, (_, i) => `t${i}`) }),
      ]).then(([row]) => row!.valid);
    expect(await audience(AUDIENCE_TAGS_MAX)).toBe(true);
    expect(await audience(AUDIENCE_TAGS_MAX + 1)).toBe(false);
  });

  it('bound the names of organisations, sign-ups and retargeting segments', async () => {
    const owner = team.clients.owner;
    const orgName = 'O'.repeat(ORGANIZATION_NAME_MAX_LENGTH);
    expect(
      (await owner.rpc('create_organization', { name: orgName, country_code: 'CM' })).error,
    ).toBeNull();
    for (const name of [`${orgName}x`, 'O'.repeat(ORGANIZATION_NAME_MIN_LENGTH - 1)]) {
      const { error } = await owner.rpc('create_organization', { name, country_code: 'CM' });
      expect(error).toMatchObject({ code: '22023', hint: 'organization_name_length' });
      expect(JSON.parse(error!.details)).toEqual({
        min: ORGANIZATION_NAME_MIN_LENGTH,
        max: ORGANIZATION_NAME_MAX_LENGTH,
      });
    }

    const signUp = (fullName: string) =>
      sql<{ answer: Record<string, unknown> }>(
        'select private.before_user_created($1::jsonb) as answer',
        [JSON.stringify({ user: { user_metadata: { full_name: fullName } } })],
      ).then(([row]) => row!.answer);
    expect(await signUp('P'.repeat(PROFILE_NAME_MAX_LENGTH))).toEqual({});
    expect(await signUp('P'.repeat(PROFILE_NAME_MAX_LENGTH + 1))).toMatchObject({
      error: { http_code: 422 },
    });

    const [campaign] = await sql<{ id: string }>(
      `insert into public.campaigns (organization_id, name) values ($1, $2) returning id`,
      [team.organizationId, 'C'.repeat(CAMPAIGN_NAME_MAX_LENGTH)],
    );
    const segmentName = 'S'.repeat(SEGMENT_NAME_MAX_LENGTH);
    const created = await team.clients.admin.rpc('create_campaign_segment', {
      campaign_id: campaign!.id,
      outcome: 'read',
      name: segmentName,
    });
    expect(created.error).toBeNull();
    const tooLong = await team.clients.admin.rpc('create_campaign_segment', {
      campaign_id: campaign!.id,
      outcome: 'read',
      name: `${segmentName}x`,
    });
    expect(tooLong.error).toMatchObject({ code: '22023', hint: 'segment_name_length' });
    expect(JSON.parse(tooLong.error!.details)).toEqual({ min: 1, max: SEGMENT_NAME_MAX_LENGTH });

    // A copy of a campaign whose name is as long as allowed keeps within it.
    const copy = await team.clients.admin.rpc('duplicate_campaign', { campaign_id: campaign!.id });
    expect(copy.error).toBeNull();
    expect(Array.from((copy.data as { name: string }).name)).toHaveLength(CAMPAIGN_NAME_MAX_LENGTH);
  });
});

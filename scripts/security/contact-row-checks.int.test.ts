import { beforeAll, describe, expect, it } from 'vitest';
import {
  attributeKeyReason,
  attributeValueReason,
  maxAttributeKeyLength,
  maxAttributeValueLength,
  maxAttributes,
  maxTags,
  tooManyAttributesReason,
  tooManyTagsReason,
} from '../../src/domain/contacts/import/contact-limits';
import { fixedLineReason, specialNumberReason } from '@shared/phone.ts';
import { withClient } from '../stack/sql';
import { serviceClient, stackInfo } from '../../test-support/clients';
import { createTeam, type Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';

// Contact rows written straight through the Data API by an agent (what the contact form does, or a
// script holding an agent's token): the database refuses what import_contacts would refuse, with
// the same French reasons, and stores nothing.

let team: Team;
let serial = 0;

/** A Cameroonian mobile number (MTN 67x) not used before in this file's organisation. */
function freshMobile(): string {
  serial += 1;
  return `+23767${String(1_000_000 + serial).padStart(7, '0')}`;
}

beforeAll(async () => {
  team = await createTeam('row-checks');
});

const attributes = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`champ_${i}`, 'oui']));

type Row = { phone: string; country_code?: string; [column: string]: unknown };

const badRows: [string, () => Row, string][] = [
  [
    'a 105,021-character attribute value',
    () => ({ phone: freshMobile(), attributes: { ville: 'x'.repeat(105_021) } }),
    attributeValueReason,
  ],
  [
    '51 attributes',
    () => ({ phone: freshMobile(), attributes: attributes(51) }),
    tooManyAttributesReason,
  ],
  [
    'a 65-character attribute key',
    () => ({ phone: freshMobile(), attributes: { ['k'.repeat(65)]: 'oui' } }),
    attributeKeyReason,
  ],
  [
    'an attribute that is not text',
    () => ({ phone: freshMobile(), attributes: { age: 41 } }),
    'Attributs illisibles : des textes nommés sont attendus',
  ],
  [
    '101 tags',
    () => ({ phone: freshMobile(), tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }),
    tooManyTagsReason,
  ],
  [
    'a 51-character tag',
    () => ({ phone: freshMobile(), tags: ['t'.repeat(51)] }),
    'Étiquette vide ou de plus de 50 caractères',
  ],
  [
    '+33612345678 given as Cameroonian',
    () => ({ phone: '+33612345678', country_code: 'CM' }),
    'Le pays indiqué (CM) ne correspond pas au numéro (FR)',
  ],
  [
    'a Cameroonian landline',
    () => ({ phone: '+237222123456', country_code: 'CM' }),
    fixedLineReason,
  ],
  [
    'a Cameroonian landline without its country',
    () => ({ phone: '+237222123457' }),
    fixedLineReason,
  ],
  [
    'a premium-rate number',
    () => ({ phone: '+33899123456', country_code: 'FR' }),
    specialNumberReason,
  ],
  [
    'an unknown country',
    () => ({ phone: freshMobile(), country_code: 'XX' }),
    'Pays inconnu : « XX »',
  ],
];

async function storedCount(phone: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    'select count(*)::int as n from public.contacts where organization_id = $1 and phone = $2',
    [team.organizationId, phone],
  );
  return row!.n;
}

async function storedContact(id: string) {
  const [row] = await sql<{ name: string | null; tags: string[]; attributes: unknown }>(
    'select name, tags, attributes from public.contacts where id = $1',
    [id],
  );
  return row;
}

/** A contact the agent adds; its id. */
async function addedByAgent(row: Row): Promise<string> {
  const { data, error } = await team.clients.agent
    .from('contacts')
    .insert({ organization_id: team.organizationId, ...row })
    .select('id')
    .single();
  if (error) throw error;
  return data.id as string;
}

const refusal = (message: string) => ({ code: '23514', message, hint: 'contact_refused' });

describe('a contact an agent inserts through the Data API', () => {
  it.each(badRows)('is refused with 400 for %s, and nothing is stored', async (_, bad, reason) => {
    const row = bad();
    const result = await team.clients.agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, ...row });
    expect(result.status).toBe(400);
    expect(result.error).toMatchObject(refusal(reason));
    expect(await storedCount(row.phone)).toBe(0);
  });

  it('is stored when it holds a mobile number and stays within every bound', async () => {
    const phone = freshMobile();
    const id = await addedByAgent({
      phone,
      country_code: 'CM',
      name: 'Éloïse Ngo Biyong',
      tags: Array.from({ length: maxTags }, (_, i) => `t${i}`.padEnd(50, 'x')),
      attributes: {
        ...attributes(maxAttributes - 1),
        ['k'.repeat(maxAttributeKeyLength)]: 'é'.repeat(maxAttributeValueLength),
      },
    });
    expect(await storedContact(id)).toMatchObject({ name: 'Éloïse Ngo Biyong' });
    expect(await storedCount(phone)).toBe(1);
  });
});

describe('a contact an agent edits through the Data API', () => {
  it('is refused with 400 when the edit adds a long attribute, and stays as it was', async () => {
    const id = await addedByAgent({ phone: freshMobile(), attributes: { ville: 'Douala' } });
    const result = await team.clients.agent
      .from('contacts')
      .update({ attributes: { ville: 'Douala', note: 'x'.repeat(105_021) } })
      .eq('id', id);
    expect(result.status).toBe(400);
    expect(result.error).toMatchObject(refusal(attributeValueReason));
    expect(await storedContact(id)).toMatchObject({ attributes: { ville: 'Douala' } });
  });

  it('is refused when the edit gives the number another country', async () => {
    const id = await addedByAgent({ phone: '+237671234567', country_code: 'CM' });
    const result = await team.clients.agent
      .from('contacts')
      .update({ country_code: 'GA' })
      .eq('id', id);
    expect(result.status).toBe(400);
    expect(result.error).toMatchObject(
      refusal('Le pays indiqué (GA) ne correspond pas au numéro (CM)'),
    );
  });

  it('goes through for the name and tags of a landline the service role stored', async () => {
    // A landline that wrote STOP on WhatsApp is kept (opted out) by the service role's path.
    const stored = await serviceClient()
      .from('contacts')
      .insert({
        organization_id: team.organizationId,
        phone: '+237222987654',
        opt_in_status: 'opted_out',
        opt_in_source: 'whatsapp',
      })
      .select('id')
      .single();
    expect(stored.error).toBeNull();
    const id = stored.data!.id as string;

    const renamed = await team.clients.agent
      .from('contacts')
      .update({ name: 'Standard CNSA', tags: ['standard'] }, { count: 'exact' })
      .eq('id', id);
    expect(renamed.error).toBeNull();
    expect(renamed.count).toBe(1);
    expect(await storedContact(id)).toMatchObject({ name: 'Standard CNSA', tags: ['standard'] });
  });
});

describe('what tells import_contacts apart from a member’s own writes', () => {
  it('leaves the rows import_contacts checked itself to it, and checks the member’s own', async () => {
    // As PostgREST runs an admin's request, in one transaction whose function calls are counted
    // (tracking them is a superuser's setting).
    const checks = await withClient(stackInfo().adminDbUrl, async (client) => {
      const rowChecks = async () => {
        const { rows } = await client.query<{ calls: string }>(
          `select coalesce(sum(calls), 0) as calls from pg_stat_xact_user_functions
           where schemaname = 'private' and funcname = 'check_contact_row'`,
        );
        return Number(rows[0]!.calls);
      };
      await client.query('begin');
      await client.query(`set local track_functions = 'pl'`);
      await client.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ role: 'authenticated', sub: team.userIds.admin }),
      ]);
      await client.query('set local role authenticated');
      const rows = Array.from({ length: 200 }, (_, i) => ({ line: i + 2, phone: freshMobile() }));
      const { rows: imported } = await client.query<{ result: { imported: number } }>(
        'select public.import_contacts($1::json) as result',
        [JSON.stringify({ organization_id: team.organizationId, rows })],
      );
      const afterImport = await rowChecks();
      await client.query('insert into public.contacts (organization_id, phone) values ($1, $2)', [
        team.organizationId,
        freshMobile(),
      ]);
      const afterInsert = await rowChecks();
      await client.query('rollback');
      return { imported: imported[0]!.result.imported, afterImport, afterInsert };
    });
    expect(checks).toEqual({ imported: 200, afterImport: 0, afterInsert: 1 });
  });

  it('cannot be forged: set_config is not reachable through the Data API', async () => {
    const result = await team.clients.agent.rpc('set_config', {
      setting_name: 'role',
      new_value: 'postgres',
      is_local: true,
    });
    expect(result.status).toBe(404);
    expect(result.error?.code).toBe('PGRST202');
  });
});

import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SegmentCriteria } from '@shared/segments/criteria.ts';
import { createTeam, type Team } from '../test-support/personas';
import { sql } from '../test-support/database';

// Segments evaluated by the database, as members reach them through supabase-js: count_contacts,
// find_contacts and bulk_update_contacts. Contacts are inserted with SQL (created_at chosen), then
// every question is asked as a member of the organisation, or as a stranger.

type ContactSeed = {
  name: string;
  phone: string;
  tags?: string[];
  attributes?: Record<string, string>;
  country_code?: string;
  opt_in_status?: 'opted_in' | 'opted_out';
  created_at?: string;
};

type Condition = SegmentCriteria['conditions'][number];

async function insertContacts(organizationId: string, seeds: ContactSeed[]) {
  const rows = await sql<{ id: string; name: string }>(
    `insert into public.contacts
       (organization_id, phone, name, tags, attributes, country_code, opt_in_status, created_at)
     select $1, s.phone, s.name, coalesce(s.tags, '{}'), coalesce(s.attributes, '{}'),
            s.country_code, coalesce(s.opt_in_status, 'opted_in'), coalesce(s.created_at, now())
     from jsonb_to_recordset($2::jsonb) as s(phone text, name text, tags text[], attributes jsonb,
       country_code text, opt_in_status public.opt_in_status, created_at timestamptz)
     returning id, name`,
    [organizationId, JSON.stringify(seeds)],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.id]));
}

const all = (...conditions: Condition[]): SegmentCriteria => ({ match: 'all', conditions });
const any = (...conditions: Condition[]): SegmentCriteria => ({ match: 'any', conditions });

async function countOf(
  client: SupabaseClient,
  organizationId: string,
  criteria: SegmentCriteria | null,
  search?: string,
): Promise<number> {
  const { data, error } = await client.rpc('count_contacts', {
    organization_id: organizationId,
    criteria,
    search,
  });
  if (error) throw error;
  return data as number;
}

async function findAll(
  client: SupabaseClient,
  organizationId: string,
  criteria: SegmentCriteria | null,
  options: { search?: string; after?: string; page_size?: number } = {},
): Promise<{ id: string; name: string }[]> {
  const { data, error } = await client.rpc('find_contacts', {
    organization_id: organizationId,
    criteria,
    ...options,
  });
  if (error) throw error;
  return data as { id: string; name: string }[];
}

describe('segment evaluation', () => {
  let team: Team;
  let org: string;
  // The viewer reads: what any member sees.
  let member: SupabaseClient;

  /** Names of the matching contacts (find_contacts), sorted, after checking count_contacts agrees. */
  async function matching(criteria: SegmentCriteria | null, search?: string): Promise<string[]> {
    const found = await findAll(member, org, criteria, { search });
    expect(await countOf(member, org, criteria, search)).toBe(found.length);
    return found.map((contact) => contact.name).sort();
  }

  beforeAll(async () => {
    team = await createTeam('segments-eval');
    org = team.organizationId;
    member = team.clients.viewer;
    await insertContacts(org, [
      {
        name: 'Awa Mbarga',
        phone: '+237690000001',
        tags: ['sante', 'vip'],
        attributes: { ville: 'Douala', age: '34' },
        country_code: 'CM',
      },
      {
        name: 'Éric Ndjock',
        phone: '+237690000002',
        tags: ['vip'],
        attributes: { ville: 'Yaoundé', age: '17' },
        country_code: 'CM',
        opt_in_status: 'opted_out',
      },
      {
        name: 'Chantal Mbarga',
        phone: '+241060000003',
        tags: ['sante'],
        attributes: { ville: 'douala', age: ' 52,5 ' },
        country_code: 'GA',
      },
      {
        name: 'Paul Tchatchoua',
        phone: '+237690000004',
        attributes: { ville: 'Bafoussam', age: 'inconnu' },
        country_code: 'CM',
      },
      {
        name: 'L’Hôpital 100%_x',
        phone: '+237690000005',
        tags: ["o'hara", '100%'],
        attributes: { note: "50% d'avance", "clé'": 'oui' },
      },
    ]);
  });

  it('counts and finds every contact without criteria, for any member', async () => {
    expect(await countOf(member, org, null)).toBe(5);
    expect(await matching({ match: 'all', conditions: [] })).toHaveLength(5);
    // « any » of nothing is still every contact: an empty segment is the whole organisation.
    expect(await countOf(team.clients.agent, org, { match: 'any', conditions: [] })).toBe(5);
  });

  it('evaluates each condition type', async () => {
    expect(await matching(all({ type: 'has_tag', tag: 'vip' }))).toEqual([
      'Awa Mbarga',
      'Éric Ndjock',
    ]);
    expect(await matching(all({ type: 'lacks_tag', tag: 'vip' }))).toEqual([
      'Chantal Mbarga',
      'L’Hôpital 100%_x',
      'Paul Tchatchoua',
    ]);
    // Tags compare exactly.
    expect(await matching(all({ type: 'has_tag', tag: 'VIP' }))).toEqual([]);
    // Attribute texts compare without case or accents.
    expect(
      await matching(all({ type: 'attribute', key: 'ville', operator: 'equals', value: 'DOUALA' })),
    ).toEqual(['Awa Mbarga', 'Chantal Mbarga']);
    expect(
      await matching(
        all({ type: 'attribute', key: 'ville', operator: 'equals', value: 'yaounde' }),
      ),
    ).toEqual(['Éric Ndjock']);
    expect(
      await matching(all({ type: 'attribute', key: 'ville', operator: 'contains', value: 'OUSS' })),
    ).toEqual(['Paul Tchatchoua']);
    expect(await matching(all({ type: 'attribute', key: 'note', operator: 'exists' }))).toEqual([
      'L’Hôpital 100%_x',
    ]);
    // Numbers: « 52,5 » with a French comma and spaces reads as 52.5; « inconnu » takes no part.
    expect(
      await matching(all({ type: 'attribute', key: 'age', operator: 'greater', value: 18 })),
    ).toEqual(['Awa Mbarga', 'Chantal Mbarga']);
    expect(
      await matching(all({ type: 'attribute', key: 'age', operator: 'less', value: 52.6 })),
    ).toEqual(['Awa Mbarga', 'Chantal Mbarga', 'Éric Ndjock']);
    expect(
      await matching(all({ type: 'attribute', key: 'age', operator: 'greater', value: 52.5 })),
    ).toEqual([]);
    expect(await matching(all({ type: 'opt_in_status', status: 'opted_out' }))).toEqual([
      'Éric Ndjock',
    ]);
    expect(await matching(all({ type: 'opt_in_status', status: 'opted_in' }))).toHaveLength(4);
    expect(await matching(all({ type: 'country', country: 'GA' }))).toEqual(['Chantal Mbarga']);
  });

  it('combines conditions with all and any', async () => {
    const vip = { type: 'has_tag', tag: 'vip' } as const;
    const douala = {
      type: 'attribute',
      key: 'ville',
      operator: 'equals',
      value: 'Douala',
    } as const;
    expect(await matching(all(vip, douala))).toEqual(['Awa Mbarga']);
    expect(await matching(any(vip, douala))).toEqual([
      'Awa Mbarga',
      'Chantal Mbarga',
      'Éric Ndjock',
    ]);
    // A missing attribute is « unknown », never a match, in either mode.
    const old = { type: 'attribute', key: 'age', operator: 'greater', value: 60 } as const;
    expect(await matching(any(old, { type: 'country', country: 'GA' }))).toEqual([
      'Chantal Mbarga',
    ]);
    expect(
      await matching(all({ type: 'lacks_tag', tag: 'vip' }, { type: 'lacks_tag', tag: 'sante' })),
    ).toEqual(['L’Hôpital 100%_x', 'Paul Tchatchoua']);
  });

  it('combines a search (name or number, without case or accents) with the criteria', async () => {
    const health = all({ type: 'has_tag', tag: 'sante' });
    expect(await matching(health, 'MBARGA')).toEqual(['Awa Mbarga', 'Chantal Mbarga']);
    expect(await matching(health, 'awa')).toEqual(['Awa Mbarga']);
    expect(await matching(null, 'eric')).toEqual(['Éric Ndjock']);
    expect(await matching(null, '690000004')).toEqual(['Paul Tchatchoua']);
    expect(await matching(all({ type: 'has_tag', tag: 'vip' }), 'chantal')).toEqual([]);
    // Blank searches search nothing.
    expect(await matching(health, '   ')).toEqual(['Awa Mbarga', 'Chantal Mbarga']);
  });

  it('treats quotes, wildcards and SQL in values as data', async () => {
    expect(await matching(all({ type: 'has_tag', tag: "o'hara" }))).toEqual(['L’Hôpital 100%_x']);
    expect(await matching(all({ type: 'has_tag', tag: '100%' }))).toEqual(['L’Hôpital 100%_x']);
    expect(await matching(all({ type: 'has_tag', tag: '%' }))).toEqual([]);
    expect(
      await matching(all({ type: 'attribute', key: "clé'", operator: 'equals', value: 'OUI' })),
    ).toEqual(['L’Hôpital 100%_x']);
    expect(
      await matching(all({ type: 'attribute', key: 'note', operator: 'contains', value: "% d'" })),
    ).toEqual(['L’Hôpital 100%_x']);
    // % and _ are no wildcards, in attributes or in the search.
    expect(
      await matching(all({ type: 'attribute', key: 'ville', operator: 'contains', value: '%' })),
    ).toEqual([]);
    expect(
      await matching(all({ type: 'attribute', key: 'ville', operator: 'contains', value: '_' })),
    ).toEqual([]);
    expect(await matching(null, '%')).toEqual(['L’Hôpital 100%_x']);
    expect(await matching(null, '0%_')).toEqual(['L’Hôpital 100%_x']);
    expect(await matching(null, 'a_a')).toEqual([]);
    expect(await matching(null, '\\')).toEqual([]);

    const injections = [
      "'); delete from public.contacts; --",
      "' or 1=1 --",
      "x')::text or true or ('",
    ];
    for (const text of injections) {
      expect(await matching(all({ type: 'has_tag', tag: text }))).toEqual([]);
      expect(
        await matching(all({ type: 'attribute', key: text, operator: 'equals', value: text })),
      ).toEqual([]);
      expect(
        await matching(all({ type: 'attribute', key: 'ville', operator: 'contains', value: text })),
      ).toEqual([]);
      expect(await matching(null, text)).toEqual([]);
    }
    expect(await countOf(member, org, null)).toBe(5);
  });

  it('refuses invalid criteria with the database’s French message', async () => {
    const { error } = await member.rpc('count_contacts', {
      organization_id: org,
      criteria: { match: 'all', conditions: [{ type: 'has_tag', tag: ' ' }] },
    });
    expect(error).toMatchObject({
      code: '22023',
      message: 'Critères de segment invalides : étiquette manquante (condition 1).',
    });
    const find = await member.rpc('find_contacts', {
      organization_id: org,
      criteria: { match: 'most', conditions: [] },
    });
    expect(find.error).toMatchObject({ code: '22023' });
  });

  it('pages by id with after and page_size, each contact exactly once', async () => {
    const everyone = await findAll(member, org, null);
    const ids = everyone.map((contact) => contact.id);
    expect(ids).toEqual([...ids].sort());

    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await findAll(member, org, null, { after, page_size: 2 });
      expect(page.length).toBeLessThanOrEqual(2);
      if (page.length === 0) break;
      paged.push(...page.map((contact) => contact.id));
      after = page.at(-1)!.id;
    }
    expect(paged).toEqual(ids);

    // Paging applies after the criteria and the search.
    const health = all({ type: 'has_tag', tag: 'sante' });
    const first = await findAll(member, org, health, { page_size: 1 });
    const second = await findAll(member, org, health, { page_size: 1, after: first[0]!.id });
    const third = await findAll(member, org, health, { page_size: 1, after: second[0]!.id });
    expect([...first, ...second].map((contact) => contact.name).sort()).toEqual([
      'Awa Mbarga',
      'Chantal Mbarga',
    ]);
    expect(third).toEqual([]);
  });

  it('shows a stranger nothing, and refuses the anonymous', async () => {
    const stranger = team.clients.stranger;
    expect(await countOf(stranger, org, null)).toBe(0);
    expect(await findAll(stranger, org, null)).toEqual([]);
    expect(await countOf(stranger, org, all({ type: 'has_tag', tag: 'vip' }), 'mbarga')).toBe(0);
    const anonymous = await team.clients.anonymous.rpc('count_contacts', { organization_id: org });
    expect(anonymous.error).not.toBeNull();
    const anonymousFind = await team.clients.anonymous.rpc('find_contacts', {
      organization_id: org,
    });
    expect(anonymousFind.error).not.toBeNull();
  });
});

describe('created_between', () => {
  it('reads calendar days in the organisation’s time zone, both ends included', async () => {
    const team = await createTeam('segments-days');
    const org = team.organizationId;
    const member = team.clients.agent;
    // Africa/Douala is UTC+1 all year: 22:59:59 UTC is still 31 March there, 23:00 UTC is 1 April.
    await insertContacts(org, [
      { name: 'veille', phone: '+237690000101', created_at: '2026-03-31T22:59:59.999Z' },
      { name: 'minuit', phone: '+237690000102', created_at: '2026-03-31T23:00:00Z' },
      { name: 'fin avril', phone: '+237690000103', created_at: '2026-04-30T22:59:59Z' },
      { name: 'mai', phone: '+237690000104', created_at: '2026-04-30T23:00:00Z' },
    ]);
    const names = async (from: string | null, to: string | null) =>
      (await findAll(member, org, all({ type: 'created_between', from, to })))
        .map((contact) => contact.name)
        .sort();

    expect(await names('2026-04-01', null)).toEqual(['fin avril', 'mai', 'minuit']);
    expect(await names(null, '2026-03-31')).toEqual(['veille']);
    expect(await names('2026-04-01', '2026-04-30')).toEqual(['fin avril', 'minuit']);
    expect(await names('2026-03-31', '2026-03-31')).toEqual(['veille']);
    expect(await names('2026-04-30', '2026-04-01')).toEqual([]);
    expect(await countOf(member, org, all({ type: 'created_between', from: '2026-05-01' }))).toBe(
      1,
    );

    // The same days in UTC move the boundary by an hour.
    await sql(`update public.organizations set time_zone = 'UTC' where id = $1`, [org]);
    expect(await names('2026-04-01', null)).toEqual(['fin avril', 'mai']);
    expect(await names(null, '2026-03-31')).toEqual(['minuit', 'veille']);
  });
});

describe('bulk_update_contacts', () => {
  let team: Team;
  let org: string;
  let ids: Record<string, string>;

  async function contact(name: string) {
    const [row] = await sql<{ tags: string[]; opt_in_status: string; opt_in_source: string }>(
      'select tags, opt_in_status, opt_in_source from public.contacts where id = $1',
      [ids[name]],
    );
    return row;
  }

  beforeAll(async () => {
    team = await createTeam('segments-bulk');
    org = team.organizationId;
    ids = await insertContacts(org, [
      { name: 'Awa', phone: '+237690000201', tags: ['vip'], attributes: { ville: 'Douala' } },
      { name: 'Bertin', phone: '+237690000202', attributes: { ville: 'Douala' } },
      { name: 'Carine', phone: '+237690000203', attributes: { ville: 'Kribi' } },
    ]);
  });

  const douala = all({ type: 'attribute', key: 'ville', operator: 'equals', value: 'douala' });

  it('adds and removes a tag on the contacts matching criteria, or on chosen ones', async () => {
    const agent = team.clients.agent;
    const added = await agent.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'add_tag',
      criteria: douala,
      tag: ' relance ',
    });
    expect(added).toMatchObject({ error: null, data: 2 });
    expect((await contact('Awa'))?.tags).toEqual(['relance', 'vip']);
    expect((await contact('Bertin'))?.tags).toEqual(['relance']);
    expect((await contact('Carine'))?.tags).toEqual([]);
    // Again: nothing left to change.
    const again = await agent.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'add_tag',
      criteria: douala,
      tag: 'relance',
    });
    expect(again.data).toBe(0);

    const removed = await agent.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'remove_tag',
      contact_ids: [ids.Awa, ids.Carine],
      tag: 'relance',
    });
    expect(removed).toMatchObject({ error: null, data: 1 });
    expect((await contact('Awa'))?.tags).toEqual(['vip']);
    expect((await contact('Bertin'))?.tags).toEqual(['relance']);

    const blank = await agent.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'add_tag',
      criteria: douala,
      tag: '  ',
    });
    // The SQL writes a straight apostrophe (reported: the UI's texts use ’).
    expect(blank.error).toMatchObject({
      code: '22023',
      message: expect.stringMatching(/^Indiquez l.étiquette\.$/),
    });
  });

  it('opts out with a consent event naming who did it', async () => {
    const agent = team.clients.agent;
    const result = await agent.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'opt_out',
      criteria: all({ type: 'has_tag', tag: 'relance' }),
    });
    expect(result).toMatchObject({ error: null, data: 1 });
    expect(await contact('Bertin')).toMatchObject({
      opt_in_status: 'opted_out',
      opt_in_source: 'manual',
    });
    const { data: events, error } = await team.clients.viewer
      .from('contact_consent_events')
      .select('contact_id, status, source, changed_by')
      .eq('organization_id', org);
    expect(error).toBeNull();
    expect(events).toEqual([
      {
        contact_id: ids.Bertin,
        status: 'opted_out',
        source: 'manual',
        changed_by: team.userIds.agent,
      },
    ]);
    const twice = await agent.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'opt_out',
      contact_ids: [ids.Bertin],
    });
    expect(twice.data).toBe(0);
    // Opting out someone already out records nothing more.
    const recorded = await sql<{ events: number }>(
      'select count(*)::int as events from public.contact_consent_events where organization_id = $1',
      [org],
    );
    expect(recorded).toEqual([{ events: 1 }]);
  });

  it('lets admins delete, and refuses agents, viewers and strangers', async () => {
    const agentDelete = await team.clients.agent.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'delete',
      contact_ids: [ids.Carine],
    });
    expect(agentDelete.error).toMatchObject({
      code: '42501',
      message: 'Seuls les administrateurs suppriment des contacts.',
    });
    const viewerTag = await team.clients.viewer.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'add_tag',
      criteria: null,
      tag: 'x',
    });
    expect(viewerTag.error).toMatchObject({ code: '42501' });
    const strangerDelete = await team.clients.stranger.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'delete',
      criteria: null,
    });
    expect(strangerDelete.error).toMatchObject({ code: '42501' });
    const strangerTag = await team.clients.stranger.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'add_tag',
      contact_ids: [ids.Awa],
      tag: 'pirate',
    });
    expect(strangerTag.error).toMatchObject({ code: '42501' });
    expect(await countOf(team.clients.viewer, org, null)).toBe(3);

    const unknown = await team.clients.admin.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'truncate',
    });
    expect(unknown.error).toMatchObject({ code: '22023', message: 'Action inconnue.' });

    const deleted = await team.clients.admin.rpc('bulk_update_contacts', {
      organization_id: org,
      action: 'delete',
      criteria: all({ type: 'attribute', key: 'ville', operator: 'equals', value: 'Kribi' }),
    });
    expect(deleted).toMatchObject({ error: null, data: 1 });
    expect(await countOf(team.clients.viewer, org, null)).toBe(2);
  });
});

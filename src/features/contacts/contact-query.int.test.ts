import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { filtersToSelection, type ContactFilters, type ContactSort } from './contact-filters';
import {
  countFilteredContacts,
  countSelection,
  fetchContactWindow,
  runBulkAction,
  type ContactsClient,
} from './contact-query';

// The contacts page's queries as the browser runs them (supabase-js → PostgREST → Postgres with
// row-level security), and the promise the bulk actions rest on: « all matching » through
// count_contacts / bulk_update_contacts selects what the list shows for the same filters.

const none: ContactFilters = {
  search: '',
  tag: '',
  status: '',
  attributeKey: '',
  attributeValue: '',
  sort: 'recent',
};

const people = [
  { name: 'Awa Mbárga', tags: ['vip', 'douala'], attributes: { ville: 'Douala' } },
  { name: 'Éloïse Ngo Biyong', tags: ['vip'], attributes: { ville: 'Yaoundé' } },
  { name: 'Jean-Paul Essomba', tags: ['a,b "c"'], attributes: { ville: 'Douala', age: '42' } },
  { name: 'Marie 50% Ndzié', tags: [], attributes: {} },
  { name: 'Marie_Claire Owona', tags: ['douala'], attributes: { ville: 'Bafoussam' } },
  { name: null, tags: [], attributes: { ville: 'Douala' } },
];

let team: Team;
let phones: string[];

function client(persona: 'owner' | 'admin' | 'agent' | 'viewer' | 'stranger'): ContactsClient {
  return team.clients[persona] as unknown as ContactsClient;
}

function names(rows: { name: string | null }[]): (string | null)[] {
  return rows.map((row) => row.name);
}

async function listNames(filters: Partial<ContactFilters>, persona: 'viewer' | 'owner' = 'viewer') {
  const all = { ...none, ...filters };
  return names(await fetchContactWindow(client(persona), team.organizationId, all, 0, 99));
}

beforeAll(async () => {
  team = await createTeam('contacts-page');
  const base = 20_000_000 + (process.pid % 1000) * 1_000;
  phones = people.map((_, index) => `+2376${String(base + index).padStart(8, '0')}`);
  // Created a minute apart, in this order, so that « recent » and « ancien » are known.
  for (const [index, person] of people.entries()) {
    await sql(
      `insert into public.contacts (organization_id, phone, name, tags, attributes, created_at)
       values ($1, $2, $3, $4, $5, now() - make_interval(mins => $6))`,
      [
        team.organizationId,
        phones[index],
        person.name,
        person.tags,
        person.attributes,
        people.length - index,
      ],
    );
  }
  await sql(
    `update public.contacts set opt_in_status = 'opted_out', opt_in_source = 'manual'
     where organization_id = $1 and name like 'Marie%'`,
    [team.organizationId],
  );
});

describe('the contacts list', () => {
  it('sorts by date added, name and number, and pages without overlap', async () => {
    const expected: Record<ContactSort, (string | null)[]> = {
      recent: [
        null,
        'Marie_Claire Owona',
        'Marie 50% Ndzié',
        'Jean-Paul Essomba',
        'Éloïse Ngo Biyong',
        'Awa Mbárga',
      ],
      ancien: [
        'Awa Mbárga',
        'Éloïse Ngo Biyong',
        'Jean-Paul Essomba',
        'Marie 50% Ndzié',
        'Marie_Claire Owona',
        null,
      ],
      nom: [
        'Awa Mbárga',
        'Éloïse Ngo Biyong',
        'Jean-Paul Essomba',
        'Marie 50% Ndzié',
        'Marie_Claire Owona',
        null,
      ],
      'nom-desc': [
        null,
        'Marie_Claire Owona',
        'Marie 50% Ndzié',
        'Jean-Paul Essomba',
        'Éloïse Ngo Biyong',
        'Awa Mbárga',
      ],
      telephone: people.map((person) => person.name),
    };
    for (const sort of Object.keys(expected) as ContactSort[]) {
      const rows = await listNames({ sort });
      // Collations differ on accents; compare the order of the set the database returned.
      if (sort === 'nom' || sort === 'nom-desc') {
        expect(new Set(rows), sort).toEqual(new Set(expected[sort]));
        // Unnamed contacts close A → Z and open Z → A, as the name index orders them.
        expect(sort === 'nom' ? rows.at(-1) : rows[0], sort).toBeNull();
      } else expect(rows, sort).toEqual(expected[sort]);
    }
    const first = await fetchContactWindow(client('viewer'), team.organizationId, none, 0, 2);
    const second = await fetchContactWindow(client('viewer'), team.organizationId, none, 3, 5);
    expect(names([...first, ...second])).toEqual(expected.recent);
  });

  it('searches names and numbers without accents or case, taking % and _ literally', async () => {
    expect(await listNames({ search: 'MBARGA' })).toEqual(['Awa Mbárga']);
    expect(await listNames({ search: 'eloïse' })).toEqual(['Éloïse Ngo Biyong']);
    expect(await listNames({ search: 'ndzie' })).toEqual(['Marie 50% Ndzié']);
    expect(await listNames({ search: '50%' })).toEqual(['Marie 50% Ndzié']);
    expect(await listNames({ search: 'marie_' })).toEqual(['Marie_Claire Owona']);
    expect(await listNames({ search: phones[1]!.slice(-6) })).toEqual(['Éloïse Ngo Biyong']);
    expect(await listNames({ search: 'personne' })).toEqual([]);
  });

  it('filters by tag (even with commas and quotes), status and attribute', async () => {
    expect(await listNames({ tag: 'vip', sort: 'ancien' })).toEqual([
      'Awa Mbárga',
      'Éloïse Ngo Biyong',
    ]);
    expect(await listNames({ tag: 'a,b "c"' })).toEqual(['Jean-Paul Essomba']);
    expect(await listNames({ status: 'opted_out', sort: 'ancien' })).toEqual([
      'Marie 50% Ndzié',
      'Marie_Claire Owona',
    ]);
    expect(
      await listNames({ attributeKey: 'ville', attributeValue: 'Douala', sort: 'ancien' }),
    ).toEqual(['Awa Mbárga', 'Jean-Paul Essomba', null]);
    expect(
      await listNames({ tag: 'douala', attributeKey: 'ville', attributeValue: 'Douala' }),
    ).toEqual(['Awa Mbárga']);
  });

  it('counts what it lists, and count_contacts counts the same for the same filters', async () => {
    const cases: Partial<ContactFilters>[] = [
      {},
      { search: 'marie' },
      { tag: 'vip' },
      { tag: 'a,b "c"' },
      { status: 'opted_out' },
      { attributeKey: 'ville', attributeValue: 'Douala' },
      { search: 'a', tag: 'douala', status: 'opted_in' },
      { search: '50%' },
    ];
    for (const filters of cases) {
      const all = { ...none, ...filters };
      const listed = await fetchContactWindow(client('viewer'), team.organizationId, all, 0, 99);
      const counted = await countFilteredContacts(client('viewer'), team.organizationId, all);
      const selected = await countSelection(
        client('viewer'),
        team.organizationId,
        filtersToSelection(all),
      );
      expect({ filters, counted, selected }).toEqual({
        filters,
        counted: listed.length,
        selected: listed.length,
      });
    }
  });

  it('shows a stranger nothing', async () => {
    expect(await fetchContactWindow(client('stranger'), team.organizationId, none, 0, 99)).toEqual(
      [],
    );
    expect(await countFilteredContacts(client('stranger'), team.organizationId, none)).toBe(0);
  });
});

describe('bulk actions', () => {
  it('tag the chosen contacts or all matching ones, and refuse what the role does not allow', async () => {
    const douala = filtersToSelection({ ...none, attributeKey: 'ville', attributeValue: 'Douala' });
    expect(
      await runBulkAction(
        client('agent'),
        team.organizationId,
        'add_tag',
        { selection: douala },
        'relance',
      ),
    ).toBe(3);
    expect(await listNames({ tag: 'relance', sort: 'ancien' })).toEqual([
      'Awa Mbárga',
      'Jean-Paul Essomba',
      null,
    ]);
    // Already tagged: nothing changes, and the count says so.
    expect(
      await runBulkAction(
        client('agent'),
        team.organizationId,
        'add_tag',
        { selection: douala },
        'relance',
      ),
    ).toBe(0);

    const [awa] = await fetchContactWindow(
      client('agent'),
      team.organizationId,
      { ...none, search: 'awa' },
      0,
      0,
    );
    expect(
      await runBulkAction(
        client('agent'),
        team.organizationId,
        'remove_tag',
        { ids: [awa!.id] },
        'relance',
      ),
    ).toBe(1);
    expect(
      await runBulkAction(client('agent'), team.organizationId, 'opt_out', { ids: [awa!.id] }),
    ).toBe(1);
    const events = await sql(
      `select status, source, changed_by from public.contact_consent_events where contact_id = $1`,
      [awa!.id],
    );
    expect(events).toEqual([
      { status: 'opted_out', source: 'manual', changed_by: team.userIds.agent },
    ]);

    await expect(
      runBulkAction(client('viewer'), team.organizationId, 'add_tag', { ids: [awa!.id] }, 'x'),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      runBulkAction(client('agent'), team.organizationId, 'delete', { ids: [awa!.id] }),
    ).rejects.toMatchObject({ message: 'Seuls les administrateurs suppriment des contacts.' });
  });

  it('delete exactly what the confirmation counted', async () => {
    const marie = filtersToSelection({ ...none, search: 'marie' });
    const counted = await countSelection(client('admin'), team.organizationId, marie);
    expect(counted).toBe(2);
    expect(
      await runBulkAction(client('admin'), team.organizationId, 'delete', { selection: marie }),
    ).toBe(counted);
    expect(await listNames({ search: 'marie' })).toEqual([]);
    expect(await countFilteredContacts(client('viewer'), team.organizationId, none)).toBe(4);
  });
});

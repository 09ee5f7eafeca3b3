import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';

// The CSV export reads every phone number of the organisation: owners and admins only, through
// export_contacts, a page at a time along the primary key. Tried through supabase-js.

let team: Team;
const total = 25;

beforeAll(async () => {
  team = await createTeam('export');
  await sql(
    `insert into public.contacts (organization_id, phone, name, email, tags, attributes, opt_in_status)
     select $1, '+2376700' || lpad(n::text, 5, '0'), 'Contact ' || n,
            case when n % 5 = 0 then 'c' || n || '@exemple.cm' end,
            case when n % 2 = 0 then array['pairs'] else '{}'::text[] end,
            jsonb_build_object('ville', case when n % 3 = 0 then 'Douala' else 'Yaoundé' end),
            case when n = 7 then 'opted_out' else 'opted_in' end::public.opt_in_status
     from generate_series(1, $2::int) n`,
    [team.organizationId, total],
  );
});

type Exported = {
  id: string;
  phone: string;
  name: string | null;
  email: string | null;
  tags: string[];
  attributes: Record<string, string>;
  opt_in_status: string;
  opted_out_at: string | null;
  created_at: string;
};

/** Every page, as the export walks them. */
async function exportAll(
  persona: 'owner' | 'admin',
  filters: Record<string, unknown> = {},
  pageSize = 10,
): Promise<Exported[]> {
  const rows: Exported[] = [];
  let after: string | undefined;
  for (;;) {
    const { data, error } = await team.clients[persona].rpc('export_contacts', {
      organization_id: team.organizationId,
      ...filters,
      page_size: pageSize,
      ...(after ? { after } : {}),
    });
    if (error) throw error;
    const page = data as Exported[];
    if (page.length === 0) return rows;
    expect(page.length).toBeLessThanOrEqual(pageSize);
    rows.push(...page);
    after = page.at(-1)!.id;
  }
}

describe('export_contacts', () => {
  it('gives an admin and an owner every contact, with the columns of the file', async () => {
    const expected = await sql<Exported>(
      `select id, phone, name, email, tags, attributes, opt_in_status::text, opted_out_at, created_at
       from public.contacts where organization_id = $1 order by id`,
      [team.organizationId],
    );
    expect(expected).toHaveLength(total);
    for (const persona of ['admin', 'owner'] as const) {
      const rows = await exportAll(persona);
      expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
      expect(
        rows.map(({ opted_out_at, created_at, ...row }) => ({
          ...row,
          opted_out_at: opted_out_at && new Date(opted_out_at).getTime(),
          created_at: new Date(created_at).getTime(),
        })),
      ).toEqual(
        expected.map(({ opted_out_at, created_at, ...row }) => ({
          ...row,
          opted_out_at: opted_out_at && new Date(opted_out_at).getTime(),
          created_at: new Date(created_at).getTime(),
        })),
      );
    }
  });

  it('exports what criteria and a search select, as the contacts page filters them', async () => {
    const pairs = await exportAll('admin', {
      criteria: { match: 'all', conditions: [{ type: 'has_tag', tag: 'pairs' }] },
    });
    expect(pairs).toHaveLength(12);
    expect(pairs.every((row) => row.tags.includes('pairs'))).toBe(true);
    const searched = await exportAll('admin', { search: 'contact 1' });
    expect(searched.map((row) => row.name).sort()).toEqual(
      ['Contact 1', ...Array.from({ length: 10 }, (_, i) => `Contact ${10 + i}`)].sort(),
    );
  });

  it('pages 1,000 rows by default, and never more than 10,000', async () => {
    const { data } = await team.clients.admin.rpc('export_contacts', {
      organization_id: team.organizationId,
      page_size: 1_000_000,
    });
    expect(data).toHaveLength(total);
  });

  it('refuses agents, viewers and strangers with its code, and the anonymous key', async () => {
    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      const { data, error, status } = await team.clients[persona].rpc('export_contacts', {
        organization_id: team.organizationId,
      });
      expect(data, persona).toBeNull();
      expect(error, persona).toMatchObject({
        code: '42501',
        message: 'Seuls les propriétaires et les administrateurs exportent les contacts.',
        hint: 'export_requires_admin',
      });
      expect(status, persona).toBe(403);
    }
    const anonymous = await team.clients.anonymous.rpc('export_contacts', {
      organization_id: team.organizationId,
    });
    expect(anonymous.data).toBeNull();
    expect(anonymous.error).not.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { sql } from '../test-support/database';

// The demo data (supabase/seed.sql, loaded by the test stack as by `npm start`) tells a coherent
// consent story: every contact's status is the one its latest consent event gives, and every
// opted-out contact has the event that opted it out, from its source, when it did.
const DEMO = 'c0000000-0000-4000-8000-000000000001';

describe('the seeded contacts’ consent', () => {
  it('has opted-out contacts to show', async () => {
    const [row] = await sql<{ count: number }>(
      `select count(*)::int from public.contacts where organization_id = $1 and opt_in_status = 'opted_out'`,
      [DEMO],
    );
    expect(row!.count).toBeGreaterThan(0);
  });

  it('gives every opted-out contact the event that explains its status', async () => {
    const incoherent = await sql(
      `select c.name, c.opt_in_status::text, c.opt_in_source, c.opted_out_at,
              latest.status::text as event_status, latest.source as event_source,
              latest.created_at as event_at
       from public.contacts c
       left join lateral (
         select e.status, e.source, e.created_at from public.contact_consent_events e
         where e.contact_id = c.id order by e.created_at desc, e.id desc limit 1
       ) latest on true
       where c.organization_id = $1
         and (latest.status is distinct from c.opt_in_status and (latest.status is not null or c.opt_in_status = 'opted_out')
              or (c.opt_in_status = 'opted_out'
                  and (latest.source is distinct from c.opt_in_source or latest.created_at > c.opted_out_at)))`,
      [DEMO],
    );
    expect(incoherent).toEqual([]);
  });
});

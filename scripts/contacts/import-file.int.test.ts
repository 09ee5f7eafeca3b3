import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { sql } from '../../test-support/database';
import { serviceClient } from '../../test-support/clients';
import { importContactFile } from './import-file';
import { generateContactRows, toWindows1252Csv } from './sample-contacts';

// The ops pipeline over several slices: numbers repeated across slices are caught, and preparing
// in a worker thread gives exactly what preparing on the main thread gives.

async function organization(label: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country)
     values ($1, $2, 'CM', 'CM') returning id`,
    [`Pipeline ${label}`, `pipeline-${label}-${process.pid}`],
  );
  return row!.id;
}

describe('importContactFile', { timeout: 120_000 }, () => {
  it('gives the same outcome with or without a worker thread, repeats across slices included', async () => {
    const rows = generateContactRows(9_000, { invalidShare: 0.02, duplicateShare: 0.05, seed: 11 });
    const bytes = toWindows1252Csv(rows, ';');
    const client = serviceClient() as SupabaseClient<Database>;
    const outcomes = [];
    for (const workers of [0, 1]) {
      const organizationId = await organization(`w${workers}`);
      const { summary, table } = await importContactFile(client, bytes, 'cnsa.csv', {
        organizationId,
        defaultCountry: 'CM',
        updateExisting: false,
        addTags: [],
        workers,
      });
      expect(table.encoding).toBe('windows-1252');
      const [{ count } = { count: 0 }] = await sql<{ count: number }>(
        'select count(*)::int as count from public.contacts where organization_id = $1',
        [organizationId],
      );
      expect(count).toBe(summary.imported);
      outcomes.push(summary);
    }
    expect(outcomes[0]).toMatchObject({ imported: 8_370, duplicates: 450, invalid: 180 });
    expect(outcomes[1]).toEqual(outcomes[0]);
    // Every repeat names the line it repeats, which comes before it.
    for (const problem of outcomes[0]!.errors) {
      const first = /ligne (\d+)$/.exec(problem.reason);
      if (first) expect(Number(first[1])).toBeLessThan(problem.line);
    }
  });
});

import { i18n } from '@lingui/core';
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { exportContactsCsv, exportPageSize } from './api';
import type { ExportProgress } from './export';
import type { Database } from '../../lib/database.types';

// The export against the real stack: more contacts than one request of the Data API returns, so
// the keyset walk and its end are exercised; criteria, search and cancellation as the pages use them.

// The file's headers are read in the active language: French, the source, as the messages carry it.
i18n.loadAndActivate({ locale: 'fr', messages: {} });

const total = 2 * exportPageSize + 345;
let team: Team;

function client(
  persona: 'owner' | 'admin' | 'agent' | 'viewer' | 'stranger',
): SupabaseClient<Database> {
  return team.clients[persona] as unknown as SupabaseClient<Database>;
}

async function text(blob: Blob): Promise<{ bom: boolean; lines: string[] }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return {
    bom,
    lines: decoded
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(0, -1),
  };
}

beforeAll(async () => {
  team = await createTeam('export');
  await sql(`update public.organizations set contacts_quota = null where id = $1`, [
    team.organizationId,
  ]);
  const base = 30_000_000 + (process.pid % 1000) * 10_000;
  // Every tenth contact lives in Douala and carries the tag « vip »; the first one has a name
  // that needs quoting and an attribute key no other contact has.
  await sql(
    `insert into public.contacts (organization_id, phone, name, tags, attributes, created_at)
     select $1, '+2376' || lpad(($2 + i)::text, 8, '0'),
            case when i = 0 then 'Ngono; dite "Maman"' else 'Contact ' || i end,
            case when i % 10 = 0 then array['vip'] else '{}' end,
            case when i = 0 then '{"quartier":"Akwa","ville":"Douala"}'::jsonb
                 when i % 10 = 0 then '{"ville":"Douala"}'::jsonb
                 else '{"ville":"Yaoundé"}'::jsonb end,
            timestamptz '2026-11-21 23:30:00+00'
     from generate_series(0, $3 - 1) i`,
    [team.organizationId, base, total],
  );
});

describe('exportContactsCsv', () => {
  it('writes every contact once, with a BOM, French headers and one column per attribute', async () => {
    const progress: ExportProgress[] = [];
    const blob = await exportContactsCsv(client('admin'), {
      organizationId: team.organizationId,
      fileName: 'contacts.csv',
      onProgress: (step) => progress.push(step),
    });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect((blob as File).name).toBe('contacts.csv');
    const { bom, lines } = await text(blob);
    expect(bom).toBe(true);
    expect(lines[0]).toBe(
      'Téléphone;Nom;E-mail;Étiquettes;Statut;Désinscrit le;Créé le;quartier;ville',
    );
    expect(lines).toHaveLength(total + 1);
    expect(new Set(lines.slice(1).map((line) => line.split(';')[0])).size).toBe(total);
    // Africa/Douala, the organisation's zone (Cameroon): 23:30 UTC is 00:30 the next day.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\+2376\d{8};"Ngono; dite ""Maman""";;vip;Abonné;;2026-11-22 00:30;Akwa;Douala$/,
      ),
    );
    expect(progress[0]).toEqual({ done: 0, total });
    expect(progress.at(-1)).toEqual({ done: total, total });
    expect(progress.length).toBeGreaterThanOrEqual(4);
  });

  it('exports what criteria and a search select', async () => {
    const blob = await exportContactsCsv(client('owner'), {
      organizationId: team.organizationId,
      criteria: { match: 'all', conditions: [{ type: 'has_tag', tag: 'vip' }] },
      search: 'contact 1',
      fileName: 'vip.csv',
      timeZone: 'UTC',
    });
    const { lines } = await text(blob);
    // Contacts 10, 100…190, 1000…1990 with the tag: 1 + 10 + 100.
    expect(lines).toHaveLength(1 + 111);
    expect(lines[0]).toBe('Téléphone;Nom;E-mail;Étiquettes;Statut;Désinscrit le;Créé le;ville');
    expect(
      lines.slice(1).every((line) => line.endsWith(';vip;Abonné;;2026-11-21 23:30;Douala')),
    ).toBe(true);
  });

  it('refuses agents, viewers and strangers rather than handing them a file, and stops when cancelled', async () => {
    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      await expect(
        exportContactsCsv(client(persona), {
          organizationId: team.organizationId,
          fileName: 'rien.csv',
          timeZone: 'UTC',
        }),
        persona,
      ).rejects.toMatchObject({ code: '42501', hint: 'export_requires_admin' });
    }

    const controller = new AbortController();
    const seen: ExportProgress[] = [];
    await expect(
      exportContactsCsv(client('owner'), {
        organizationId: team.organizationId,
        fileName: 'contacts.csv',
        signal: controller.signal,
        onProgress: (step) => {
          seen.push(step);
          if (step.done > 0) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.at(-1)?.done).toBe(exportPageSize);
  });
});

import { database } from './database.ts';
import { placeholderNames } from './templates/parameters.ts';
import type { WatiTemplate } from './wati/schemas.ts';
import { watiConnection } from './wati-connection.ts';

export interface TemplateRow {
  wati_id: string;
  name: string;
  category: string | null;
  language: string;
  status: string;
  header: { format: string; text: string | null; link: string | null } | null;
  body: string;
  footer: string | null;
  buttons: unknown[];
  parameters: string[];
}

/** A Wati template as WCAP keeps it. */
export function templateRow(template: WatiTemplate): TemplateRow {
  const body = template.body ?? template.hsm ?? '';
  const headerText = template.header?.text ?? null;
  return {
    wati_id: template.id,
    name: template.name,
    category: template.category ?? null,
    language: template.language_option?.value ?? template.language_option?.key ?? 'fr',
    status: (template.status ?? 'UNKNOWN').toUpperCase(),
    header: template.header
      ? {
          format: String(template.header.type ?? 'TEXT'),
          text: headerText,
          link: template.header.link ?? null,
        }
      : null,
    body,
    footer: template.footer ?? null,
    buttons: template.buttons ?? [],
    parameters: placeholderNames(headerText, body),
  };
}

export interface SyncResult {
  organizationId: string;
  source: 'live' | 'sandbox';
  received: number;
  created: number;
  updated: number;
  removed: number;
}

export class NoWatiConnectionError extends Error {}

/**
 * Brings the organisation's templates in line with Wati: inserts new ones, updates the rest (the
 * parameter mapping chosen in WCAP stays), marks those Wati no longer lists as DELETED.
 */
export async function syncTemplates(organizationId: string): Promise<SyncResult> {
  const connection = await watiConnection(organizationId);
  if (!connection) throw new NoWatiConnectionError(organizationId);
  const rows = (await connection.client.listAllTemplates()).map(templateRow);
  const sql = database();
  return await sql.begin(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const row of rows) {
      const [result] = await tx<{ inserted: boolean }[]>`
        insert into public.whatsapp_templates ${tx({ ...row, organization_id: organizationId, header: tx.json(row.header as never), buttons: tx.json(row.buttons as never) } as never)}
        on conflict (organization_id, name, language) do update set
          wati_id = excluded.wati_id, category = excluded.category, status = excluded.status,
          header = excluded.header, body = excluded.body, footer = excluded.footer,
          buttons = excluded.buttons, parameters = excluded.parameters, synced_at = now()
        returning (xmax = 0) as inserted`;
      if (result?.inserted) created += 1;
      else updated += 1;
    }
    const removed = await tx`
      update public.whatsapp_templates set status = 'DELETED', synced_at = now()
      where organization_id = ${organizationId} and status <> 'DELETED'
        and not (name || '/' || language = any(${rows.map((row) => `${row.name}/${row.language}`)}))`;
    return {
      organizationId,
      source: connection.source,
      received: rows.length,
      created,
      updated,
      removed: removed.count,
    };
  });
}

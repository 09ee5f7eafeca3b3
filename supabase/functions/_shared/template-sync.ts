import type { RunQueries } from './database.ts';
import { placeholderNames } from './templates/parameters.ts';
import type { WatiTemplate } from './wati/schemas.ts';
import { connectWati, watiCredentials } from './wati-connection.ts';

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
 * Brings the organisation's templates in line with Wati (`private.store_wati_templates`: new ones
 * inserted, the rest updated with their parameter mapping kept, those Wati no longer lists marked
 * DELETED). The queries run as `queries` says: as the calling admin, or as the service.
 */
export async function syncTemplates(
  organizationId: string,
  queries: RunQueries,
): Promise<SyncResult> {
  const credentials = await queries((sql) => watiCredentials(sql, organizationId));
  const connection = await connectWati(organizationId, credentials);
  if (!connection) throw new NoWatiConnectionError(organizationId);
  const rows = (await connection.client.listAllTemplates()).map(templateRow);
  const [counts] = await queries(
    (sql) => sql<{ created: number; updated: number; removed: number }[]>`
      select * from private.store_wati_templates(${organizationId}, ${sql.json(rows as never)})`,
  );
  return {
    organizationId,
    source: connection.source,
    received: rows.length,
    created: counts?.created ?? 0,
    updated: counts?.updated ?? 0,
    removed: counts?.removed ?? 0,
  };
}

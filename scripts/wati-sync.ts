import { FunctionsHttpError } from '@supabase/supabase-js';
import { parseArgs } from 'node:util';
import { serviceClientFromEnv } from './service-client';
import { describeFailure } from './stack/stack-error';

/**
 * `npm run wati:sync [-- --org <uuid>]`: brings organisations' templates in line with Wati, through
 * the same function as the « Synchroniser » button, against the local stack or a hosted project.
 */
interface Result {
  organizationId: string;
  source?: string;
  received?: number;
  created?: number;
  updated?: number;
  removed?: number;
  error?: string;
}

function line(result: Result): string {
  if (result.error) {
    const why =
      result.error === 'not_configured' ? 'pas de connexion Wati' : `erreur ${result.error}`;
    return `  ${result.organizationId} : ignorée (${why})`;
  }
  return `  ${result.organizationId} (${result.source}) : ${result.received} modèle(s) reçu(s), ${result.created} ajouté(s), ${result.updated} mis à jour, ${result.removed} retiré(s)`;
}

const { values } = parseArgs({ options: { org: { type: 'string' } } });
try {
  const client = serviceClientFromEnv();
  const { data, error } = await client.functions.invoke<Result | { results: Result[] }>(
    'wati-sync-templates',
    {
      body: values.org ? { organizationId: values.org } : {},
    },
  );
  if (error) {
    const body =
      error instanceof FunctionsHttpError
        ? ((await error.context.json()) as { error?: { message?: string } })
        : undefined;
    throw new Error(body?.error?.message ?? error.message);
  }
  const results = data && 'results' in data ? data.results : [data as Result];
  console.log(`Synchronisation des modèles Wati :\n${results.map(line).join('\n')}`);
  if (results.some((result) => result.error && result.error !== 'not_configured'))
    process.exitCode = 1;
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}

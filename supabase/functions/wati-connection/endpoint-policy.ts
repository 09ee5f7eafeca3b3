import type { RunQueries } from '../_shared/database.ts';
import { errorResponse } from '../_shared/http.ts';
import { endpointKind } from '../_shared/wati-connection.ts';

/**
 * Which "API Endpoint URL" an owner may save, decided before anything is called so that a refused
 * address is never contacted: Wati's own hosts always; the deployment's sandbox only while the
 * organisation is in sandbox mode (its workspaces stand in for real ones there); nothing else.
 */
export async function endpointRefusal(
  organizationId: string,
  endpoint: string,
  queries: RunQueries,
): Promise<Response | undefined> {
  const kind = endpointKind(endpoint);
  if (kind === 'wati') return undefined;
  if (kind === 'other') {
    return errorResponse(
      422,
      'wati_endpoint_not_allowed',
      'Adresse refusée : seule l’« API Endpoint URL » de Wati est acceptée, par exemple https://live-mt-server.wati.io/123456.',
    );
  }
  const [organization] = await queries(
    (sql) => sql<{ mode: string }[]>`
      select mode from public.organizations where id = ${organizationId}`,
  );
  if (organization?.mode === 'sandbox') return undefined;
  return errorResponse(
    422,
    'wati_sandbox_endpoint',
    'L’adresse du bac à sable Wati n’est acceptée qu’en mode bac à sable : revenez d’abord au bac à sable.',
  );
}

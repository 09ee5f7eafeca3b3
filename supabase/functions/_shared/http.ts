/** CORS as supabase-js expects it from functions: every answer carries it, errors included. */
export const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers':
    'authorization, x-client-info, apikey, content-type, x-retry-count',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...corsHeaders, 'Content-Type': 'application/json', ...headers },
  });
}

/** Errors as `{ error: { code, message } }`, the message in French for people, never a trace. */
/**
 * A refusal for people: its code (which the SPA says in their language), its French sentence, and
 * the values that sentence quotes as a JSON text (`details`, a SQL refusal's detail), so that the
 * SPA says them too.
 */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  details?: string,
): Response {
  return json({ error: details ? { code, message, details } : { code, message } }, status);
}

export function preflight(request: Request): Response | undefined {
  return request.method === 'OPTIONS' ? new Response('ok', { headers: corsHeaders }) : undefined;
}

export function methodNotAllowed(allowed: string[]): Response {
  const response = errorResponse(
    405,
    'method_not_allowed',
    'Méthode non autorisée pour cette adresse.',
  );
  response.headers.set('Allow', allowed.join(', '));
  return response;
}

/**
 * Wraps a handler: answers preflights, and turns an unexpected exception into a 500 with a French
 * message while the detail goes to the function's log only.
 */
export function serveJson(
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const early = preflight(request);
    if (early) return early;
    try {
      return await handler(request);
    } catch (error) {
      console.error(error);
      return errorResponse(
        500,
        'internal_error',
        'Une erreur interne est survenue. Réessayez plus tard.',
      );
    }
  };
}

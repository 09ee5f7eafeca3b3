import { readBoundedJson, unstorableTextAt, type JsonLimits } from './bounded-json.ts';
import { errorResponse } from './http.ts';

/** Far more than any of WCAP's forms sends, far less than what would strain a function. */
export const PERSON_REQUEST_LIMITS: JsonLimits = { maxBytes: 256 * 1024, maxDepth: 16 };

export type PersonRequest =
  { ok: true; value: Record<string, unknown> } | { ok: false; response: Response };

/**
 * The JSON object a member's request carries, read within bounds, or the answer refusing it: too
 * large (413), nested too deep, or holding text Postgres cannot store (422), not a JSON object
 * (400). What the request asks for is then the function's to check.
 */
export async function readPersonRequest(
  request: Request,
  limits: JsonLimits = PERSON_REQUEST_LIMITS,
): Promise<PersonRequest> {
  const body = await readBoundedJson(request, limits);
  if (!body.ok) {
    const { status, code, message } = body.refusal;
    return { ok: false, response: errorResponse(status, code, message) };
  }
  const unstorable = unstorableTextAt(body.value);
  if (unstorable !== undefined) {
    return {
      ok: false,
      response: errorResponse(
        422,
        'unstorable_text',
        `Le champ « ${unstorable} » contient un caractère nul ou un caractère Unicode incomplet.`,
      ),
    };
  }
  return { ok: true, value: body.value };
}

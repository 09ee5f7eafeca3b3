import { z } from 'zod';
import { asCaller, identifyCaller, refusalResponse } from '../_shared/caller.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';
import { placeholderNames } from '../_shared/templates/parameters.ts';
import { WatiUnknownOutcomeError, WatiValidationError } from '../_shared/wati/errors.ts';
import { connectWati, watiCredentials } from '../_shared/wati-connection.ts';
import { noConnection, watiErrorResponse } from '../_shared/wati-responses.ts';
import {
  bodyProblem,
  bodyRefused,
  createRequest,
  nameTaken,
  TEMPLATE_LANGUAGES,
  unconfirmed,
  watiRefusal,
} from './submission.ts';

const input = z.object({
  organizationId: z.uuid(),
  // WhatsApp's rule for template names.
  name: z
    .string()
    .max(512)
    .regex(/^[a-z0-9_]+$/),
  category: z.enum(['MARKETING', 'UTILITY']),
  language: z.enum(TEMPLATE_LANGUAGES),
  body: z.string(),
});

const INVALID_FIELD: Record<string, string> = {
  organizationId: 'Organisation invalide.',
  name: 'Le nom du modèle s’écrit en lettres minuscules sans accents, chiffres et « _ », en 512 caractères au plus (par exemple promo_soldes).',
  category: 'Catégorie invalide : MARKETING ou UTILITY.',
  language: 'Langue invalide : français (fr) ou anglais (en).',
  body: 'Le texte du modèle est manquant.',
};

function invalidInput(error: z.ZodError): Response {
  const field = String(error.issues[0]?.path[0] ?? '');
  return errorResponse(400, 'invalid_input', INVALID_FIELD[field] ?? 'Demande invalide.');
}

/**
 * Submits a campaign text (often written with « Rédiger avec l'IA ») to Wati as a new body
 * template, for the organisation's owners and admins — those who synchronise templates. The text
 * is held to WhatsApp's rules before Wati is called. The template is filed as PENDING while Wati
 * is asked (and forgotten if Wati does not take it), so that it shows in Modèles at once;
 * WhatsApp's verdict arrives by the `templateReviewed` webhook or the next synchronisation.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour soumettre un modèle.');
    }
    const body = await readPersonRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success) return invalidInput(parsed.error);
    const template = parsed.data;
    const { organizationId, name, language } = template;
    const problem = bodyProblem(template.body);
    if (problem) return bodyRefused(problem);

    let credentials;
    try {
      credentials = await asCaller(caller, async (sql) => {
        await sql`select private.require_template_syncer(${organizationId})`;
        return await watiCredentials(sql, organizationId);
      });
    } catch (error) {
      const answer = refusalResponse(error);
      if (answer) return answer;
      throw error;
    }
    const connection = await connectWati(organizationId, credentials);
    if (!connection) return noConnection();

    // Filed before Wati is asked: the unique (organisation, name, language) turns away a second
    // submission of the same name, and the templateReviewed webhook, however early, finds its row.
    // Template rows come from Wati and members cannot write them: the service files this one, the
    // caller's role checked above. Any row counts, a deleted template's included: WhatsApp keeps a
    // deleted name for a while.
    const database = serviceDatabase();
    const [filed] = await database<{ id: string }[]>`
      insert into public.whatsapp_templates
        (organization_id, name, category, language, status, body, parameters)
      values (${organizationId}, ${name}, ${template.category}, ${language}, 'PENDING',
              ${template.body}, ${placeholderNames(template.body)}::text[])
      on conflict (organization_id, name, language) do nothing
      returning id`;
    if (!filed) return nameTaken();

    let watiId: string | null;
    try {
      watiId = (await connection.client.createTemplate(createRequest(template))).id;
    } catch (error) {
      await database`delete from public.whatsapp_templates where id = ${filed.id}`;
      if (error instanceof WatiValidationError || error instanceof WatiUnknownOutcomeError) {
        console.error(`wati ${error.operation}: ${error.kind}: ${error.message}`);
        return error instanceof WatiValidationError ? watiRefusal(error.detail) : unconfirmed();
      }
      const answer = watiErrorResponse(error);
      if (answer) return answer;
      throw error;
    }
    const [row] = await database<{ id: string; name: string; status: string }[]>`
      update public.whatsapp_templates set wati_id = ${watiId} where id = ${filed.id}
      returning id, name, status`;
    return json({ template: row });
  }),
);

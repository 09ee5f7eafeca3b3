import { z } from 'zod';
import { asCaller, identifyCaller, type UserCaller } from '../_shared/caller.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';
import type { CreditRefusal } from '../_shared/ai-writing/credits.ts';
import { generateVariants } from '../_shared/ai-writing/generation.ts';
import type { ModelFailure } from '../_shared/ai-writing/model.ts';
import { LANGUAGES } from '../_shared/ai-writing/variants.ts';

const input = z.object({
  organizationId: z.uuid(),
  purpose: z.enum(['campaign', 'reply', 'faq_answer']),
  brief: z.string().trim().min(1).max(2000),
  language: z.enum(LANGUAGES).optional(),
  context: z.string().max(8000).optional(),
});

/** What the web says when the model's answer cannot be used, in French; the SPA translates by code. */
function modelFailureResponse(failure: ModelFailure): Response {
  switch (failure.kind) {
    case 'unavailable':
      return errorResponse(
        502,
        'ai_unavailable',
        'Le service de rédaction par IA ne répond pas pour le moment. Aucun crédit n’a été débité ; réessayez dans quelques minutes.',
      );
    case 'timeout':
      return errorResponse(
        504,
        'ai_timeout',
        'Le service de rédaction par IA a mis trop de temps à répondre. Aucun crédit n’a été débité ; réessayez.',
      );
    case 'refused':
      return errorResponse(
        422,
        'ai_refused',
        'L’IA a refusé de rédiger ce message. Aucun crédit n’a été débité ; reformulez votre demande.',
      );
    case 'invalid':
      return errorResponse(
        422,
        'ai_invalid_output',
        `${failure.why} Aucun crédit n’a été débité ; réessayez.`,
      );
  }
}

/** move_credits' refusals as it words them: a balance too low, an organisation gone. */
const STATUS_OF_REFUSAL: Record<CreditRefusal['code'], number> = {
  insufficient_credits: 402,
  organization_not_found: 404,
};

/**
 * Whether the caller may spend the organisation's credits on AI: agents and above (viewers read and
 * never write), as SQL's has_role decides for the caller's claims.
 */
function mayWrite(caller: UserCaller, organizationId: string) {
  return asCaller(caller, async (sql) => {
    const [row] = await sql<{ allowed: boolean }[]>`
      select private.has_role(${organizationId}, 'agent') as allowed`;
    return row!.allowed;
  });
}

/**
 * « Rédiger avec l'IA »: three variants of a campaign text, a reply or an FAQ answer, for a
 * member who may write (agents and above), by the pipeline the WhatsApp assistant's GEN shares
 * (_shared/ai-writing/generation.ts): one credit, taken only once three valid variants came back.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour rédiger avec l’IA.');
    }
    const body = await readPersonRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success) {
      return errorResponse(
        400,
        'invalid_input',
        'Décrivez le message en 2 000 caractères au plus (et la conversation en 8 000 au plus).',
      );
    }
    const { organizationId, ...writing } = parsed.data;

    if (!(await mayWrite(caller, organizationId))) {
      return errorResponse(
        403,
        'ai_requires_agent',
        'Seuls les agents, les administrateurs et les propriétaires de l’organisation rédigent avec l’IA.',
      );
    }
    const generation = await generateVariants(
      { organizationId, actorId: caller.userId, channel: 'web' },
      writing,
    );
    if (generation.ok) {
      const { variants, language, balance } = generation;
      return json({ variants, language, balance });
    }
    if ('refusal' in generation) {
      const { refusal } = generation;
      const details =
        refusal.code === 'insufficient_credits'
          ? JSON.stringify({ balance: refusal.balance })
          : undefined;
      return errorResponse(STATUS_OF_REFUSAL[refusal.code], refusal.code, refusal.message, details);
    }
    return modelFailureResponse(generation.failure);
  }),
);

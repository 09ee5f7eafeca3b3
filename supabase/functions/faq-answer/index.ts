import { z } from 'zod';
import { asCaller, identifyCaller, type UserCaller } from '../_shared/caller.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';
import { faqDecision } from '../_shared/bot/ports.ts';

const input = z.object({
  organizationId: z.uuid(),
  message: z.string().trim().min(1).max(1000),
});

/** Members see what their bot would answer, viewers included, as faq_test lets them. */
function isMember(caller: UserCaller, organizationId: string) {
  return asCaller(caller, async (sql) => {
    const [row] = await sql<{ allowed: boolean }[]>`
      select private.has_role(${organizationId}, 'viewer') as allowed`;
    return row!.allowed;
  });
}

/**
 * What the bot would answer a message from its knowledge base, decided as the bot decides
 * (_shared/bot/faq-decision.ts), with the organisation's AI check when it is on: « Tester » shows
 * it, and bot:eval measures it (with the service key). Nothing is sent to anyone.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller) {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour tester la FAQ.');
    }
    const body = await readPersonRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success) {
      return errorResponse(
        400,
        'faq_test_message_length',
        'Le message à tester doit contenir entre 1 et 1 000 caractères.',
      );
    }
    const { organizationId, message } = parsed.data;
    if (caller.kind === 'user' && !(await isMember(caller, organizationId))) {
      return errorResponse(403, 'not_a_member', 'Vous n’êtes pas membre de cette organisation.');
    }
    const { candidate, by } = await faqDecision(organizationId, message);
    return json({
      answer: candidate && {
        entryId: candidate.entryId,
        question: candidate.question,
        confidence: candidate.confidence,
      },
      // `ai`: the model chose the answer, or found none; `matcher`: the threshold decided.
      by,
    });
  }),
);

import { z } from 'zod';
import { identifyCaller, queriesFor, sqlRefusal, type Caller } from '../_shared/caller.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';
import { faqDecision } from '../_shared/bot/ports.ts';

const organizationIdInput = z.uuid();

/**
 * « Tester »'s own checks, as SQL makes them for the caller (public.faq_test): members only,
 * viewers included (not_a_member), and a message of 1 to 1,000 characters
 * (faq_test_message_length). The service role may ask about any organisation.
 */
function checkAsTester(caller: Caller, organizationId: string, message: string) {
  return queriesFor(caller)(
    (sql) => sql`select count(*) from public.faq_test(${organizationId}, ${message})`,
  );
}

/** faq_test's refusals by SQLSTATE: a message too short or too long. */
const STATUS_OF_SQLSTATE = new Map([['22023', 400]]);

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
    // Only the message is the person's to correct: a wrong organisation id is the caller's bug.
    const organization = organizationIdInput.safeParse(body.value.organizationId);
    if (!organization.success) {
      return errorResponse(400, 'invalid_input', 'Demande de test invalide.');
    }
    const organizationId = organization.data;
    const message = typeof body.value.message === 'string' ? body.value.message : '';
    try {
      await checkAsTester(caller, organizationId, message);
    } catch (error) {
      const refusal = sqlRefusal(error, STATUS_OF_SQLSTATE);
      if (refusal) return refusal;
      throw error;
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

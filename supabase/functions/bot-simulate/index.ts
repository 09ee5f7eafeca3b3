import { z } from 'zod';
import { asCaller, identifyCaller } from '../_shared/caller.ts';
import { serviceDatabase } from '../_shared/database.ts';
import {
  continueSession,
  globalKeyword,
  handOverOnRequest,
  startSession,
} from '../_shared/bot/engine.ts';
import { flowDocument, type FlowDocument } from '../_shared/bot/flow.ts';
import { readFlowRequest } from '../_shared/bot/flow-request.ts';
import { faqPort, httpPort, synonymsOf } from '../_shared/bot/ports.ts';
import { turnContext, type TurnInput } from '../_shared/bot/turn-input.ts';
import type { TurnResult } from '../_shared/bot/turn.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';

const text = z.string().max(4096);
const sessionState = z.object({
  nodeId: z.string().max(64).nullable(),
  retries: z.number().int().min(0).max(1000),
  misunderstood: z.number().int().min(0).max(1000),
  resumeAt: z.string().max(64).nullable(),
  variables: z.record(z.string().max(256), text),
  jumps: z.record(z.string().max(64), z.number().int().min(0).max(1000)),
});
const inbound = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text }),
  z.object({ kind: z.literal('choice'), id: z.string().max(256).nullable(), title: text }),
  z.object({ kind: z.literal('media') }),
  z.object({ kind: z.literal('resume') }),
]);
const input = z.object({
  flowId: z.uuid(),
  source: z.enum(['draft', 'published']),
  document: z.unknown().optional(),
  contactId: z.uuid().nullable(),
  state: sessionState.nullable(),
  inbound,
});

/** A contact who does not exist, for trying a flow without choosing one. */
const FICTIONAL_CONTACT = {
  id: '00000000-0000-0000-0000-000000000000',
  name: 'Contact fictif',
  phone: '+237600000000',
  email: null,
  tags: [],
  attributes: {},
  language: 'fr',
  optedOut: false,
};

interface Facts {
  time_zone: string;
  office_hours_open: boolean;
  faq_threshold: number;
  session_timeout_minutes: number;
  max_misunderstood: number;
  contact: TurnInput['contact'] | null;
}

/**
 * « Tester » beside the canvas: one turn of the draft or the published flow, with the engine the
 * runtime uses, for a contact of the organisation (or a fictional one). Nothing is sent on
 * WhatsApp and nothing is written: the caller keeps the session's state between turns. The
 * caller must see the flow (RLS, as the member); the organisation's facts are then read for that
 * organisation only.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour tester un parcours.');
    }
    const body = await readFlowRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success) return errorResponse(400, 'invalid_input', 'Demande de test invalide.');
    const request_ = parsed.data;

    const [flow] = await asCaller(
      caller,
      (sql) =>
        sql<{ organization_id: string; draft: unknown; published: unknown }[]>`
        select f.organization_id, f.draft, v.document as published
        from public.bot_flows f left join public.bot_flow_versions v on v.id = f.published_version_id
        where f.id = ${request_.flowId}`,
    );
    if (!flow) return errorResponse(404, 'flow_not_found', 'Parcours introuvable.');
    const source =
      request_.source === 'published' ? flow.published : (request_.document ?? flow.draft);
    if (source == null) {
      return errorResponse(409, 'bot_flow_unpublished', 'Ce parcours n’a pas encore été publié.');
    }
    const document = flowDocument.safeParse(source);
    if (!document.success) {
      return errorResponse(
        422,
        'flow_unreadable',
        'Ce parcours est illisible : rechargez la page.',
      );
    }

    const [facts] = await serviceDatabase()<Facts[]>`
      select o.time_zone, private.within_office_hours(o.id, now()) as office_hours_open,
        b.faq_threshold, b.session_timeout_minutes, b.max_misunderstood,
        (select jsonb_build_object('id', k.id, 'name', k.name, 'phone', k.phone, 'email', k.email,
           'tags', to_jsonb(k.tags), 'attributes', k.attributes, 'language', k.language,
           'optedOut', k.opt_in_status = 'opted_out')
         from public.contacts k where k.id = ${request_.contactId} and k.organization_id = o.id) as contact
      from public.organizations o join public.bot_settings b on b.organization_id = o.id
      where o.id = ${flow.organization_id}`;
    if (!facts) return errorResponse(404, 'flow_not_found', 'Parcours introuvable.');
    if (request_.contactId && !facts.contact) {
      return errorResponse(404, 'simulated_contact_not_found', 'Contact introuvable.');
    }
    const turnInput: TurnInput = {
      organizationId: flow.organization_id,
      conversationId: '',
      messageId: null,
      inbound: null,
      timeZone: facts.time_zone,
      contact: facts.contact ?? FICTIONAL_CONTACT,
      officeHoursOpen: facts.office_hours_open,
      windowOpen: true,
      settings: {
        faqThreshold: facts.faq_threshold,
        sessionTimeoutMinutes: facts.session_timeout_minutes,
        maxMisunderstood: facts.max_misunderstood,
      },
      firstMessage: request_.state === null,
      campaignId: null,
      session: null,
      flows: [],
    };
    const ctx = turnContext(
      turnInput,
      { matchFaq: faqPort(turnInput), callHttp: httpPort() },
      await synonymsOf(flow.organization_id),
    );
    return json(await simulate(document.data, request_.state, request_.inbound, ctx));
  }),
);

function simulate(
  document: FlowDocument,
  state: z.infer<typeof sessionState> | null,
  given: z.infer<typeof inbound>,
  ctx: ReturnType<typeof turnContext>,
): Promise<TurnResult> {
  if (given.kind !== 'resume' && globalKeyword(given, ctx) === 'handoff') {
    return Promise.resolve(handOverOnRequest(ctx));
  }
  return state ? continueSession(document, state, given, ctx) : startSession(document, given, ctx);
}

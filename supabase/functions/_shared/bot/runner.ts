import { asService, serviceDatabase } from '../database.ts';
import {
  sendOutgoingMessage,
  sendQueuedMessage,
  type OutgoingMessage,
} from '../outgoing-messages.ts';
import {
  continueSession,
  globalKeyword,
  handOverOnRequest,
  handOverTurn,
  selectFlow,
  startSession,
} from './engine.ts';
import { flowDocument, type FlowDocument } from './flow.ts';
import { faqPort, httpPort, synonymsOf } from './ports.ts';
import { readInbound, turnContext, type TurnInput } from './turn-input.ts';
import type { Effect, Inbound, TurnResult } from './turn.ts';

// The chatbot at work on WhatsApp: once the wati-webhook has committed a contact's message in a
// conversation the bot holds (pending), it answers it here, after Wati has its 200. The engine
// decides on what SQL gives it (private.bot_turn_input); SQL applies the decision in one
// transaction keyed by the message (private.bot_apply_turn), so a webhook delivered twice, or a
// sweep that finds the turn again, never answers twice; the bot's messages then go out in order.

/** A published version, as the engine reads it: immutable, so kept once read. */
interface RunnableVersion {
  document: FlowDocument | null;
  flowName: string;
}

const versions = new Map<string, RunnableVersion>();
const VERSION_CACHE_MAX = 500;

async function loadVersions(ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !versions.has(id));
  if (missing.length === 0) return;
  const rows = await serviceDatabase()<{ id: string; document: unknown; name: string }[]>`
    select v.id, v.document, f.name from public.bot_flow_versions v
    join public.bot_flows f on f.id = v.flow_id
    where v.id = any (${missing}::uuid[])`;
  if (versions.size + rows.length > VERSION_CACHE_MAX) versions.clear();
  for (const row of rows) {
    const parsed = flowDocument.safeParse(row.document);
    // A version published around the checks (publish_bot_flow called directly) cannot run: the
    // conversation goes to people rather than to a broken flow.
    versions.set(row.id, { document: parsed.success ? parsed.data : null, flowName: row.name });
  }
}

/** What one turn decided, as private.bot_apply_turn reads it. */
interface Decision {
  result: TurnResult;
  sessionId: string | null;
  expectedTurn: number | null;
  start: { flowId: string; versionId: string } | null;
  flowName: string | null;
}

/**
 * The engine's decision for a turn: people asked for first; then the session waiting for this
 * answer; then a flow whose trigger this message is; then the knowledge base; otherwise the
 * conversation goes to people, the message kept for the admins.
 */
async function decide(input: TurnInput, inbound: Inbound): Promise<Decision> {
  const ctx = turnContext(
    input,
    { matchFaq: faqPort(input), callHttp: httpPort() },
    await synonymsOf(input.organizationId),
  );
  const session = input.session && !input.session.expired ? input.session : null;
  await loadVersions([
    ...(session ? [session.versionId] : []),
    ...input.flows.map((flow) => flow.versionId),
  ]);
  const none = { sessionId: null, expectedTurn: null, start: null, flowName: null };

  if (inbound.kind !== 'resume' && globalKeyword(inbound, ctx) === 'handoff') {
    return {
      ...none,
      sessionId: session?.id ?? null,
      expectedTurn: session?.turn ?? null,
      result: handOverOnRequest(ctx),
    };
  }
  if (session) {
    const version = versions.get(session.versionId);
    const bookkeeping = {
      sessionId: session.id,
      expectedTurn: session.turn,
      start: null,
      flowName: version?.flowName ?? null,
    };
    if (!version?.document) return { ...bookkeeping, result: handOverTurn('error') };
    return {
      ...bookkeeping,
      result: await continueSession(version.document, session.state, inbound, ctx),
    };
  }
  if (inbound.kind === 'resume') return { ...none, result: handOverTurn('error') };

  const runnable = input.flows.flatMap(({ flowId, versionId }) => {
    const document = versions.get(versionId)?.document;
    return document ? [{ flowId, versionId, document }] : [];
  });
  const chosen = selectFlow(runnable, inbound, ctx, {
    firstMessage: input.firstMessage,
    campaignId: input.campaignId,
  });
  const flow = chosen && runnable.find((candidate) => candidate.flowId === chosen.flowId);
  if (flow) {
    return {
      ...none,
      start: { flowId: flow.flowId, versionId: flow.versionId },
      flowName: versions.get(flow.versionId)?.flowName ?? null,
      result: await startSession(flow.document, inbound, ctx),
    };
  }

  const text = inbound.kind === 'text' || inbound.kind === 'choice' ? readText(inbound) : '';
  const answer = text ? await ctx.ports.matchFaq(text) : null;
  if (answer) {
    return {
      ...none,
      result: {
        effects: [{ kind: 'send', nodeId: 'faq', message: { kind: 'text', body: answer.answer } }],
        state: null,
        visited: [],
        outcome: 'completed',
      },
    };
  }
  return {
    ...none,
    result: handOverTurn('declined', text ? [{ kind: 'unmatched', text, nodeId: null }] : []),
  };
}

const readText = (inbound: Extract<Inbound, { kind: 'text' | 'choice' }>): string =>
  inbound.kind === 'text' ? inbound.text : inbound.title;

/**
 * Sends what a turn queued, in order, then the away message of a handover; a message Wati refused
 * hands the conversation to people.
 */
async function sendInOrder(
  conversationId: string,
  messages: OutgoingMessage[],
  away: string | null,
): Promise<string> {
  const outcomes: string[] = [];
  let awayMessage = away;
  for (const message of messages) {
    const outcome = await sendOutgoingMessage(asService, message, 'claimed');
    outcomes.push(outcome);
    if (outcome === 'failed') {
      const [row] = await serviceDatabase()<{ away: string | null }[]>`
        select private.bot_hand_over(${conversationId}, 'send_failed', null) as away`;
      awayMessage = row?.away ?? awayMessage;
      break;
    }
    // Wati could not take it now: inbox-send's sweep sends the rest in order, or the bot's
    // sweep hands the conversation over.
    if (outcome === 'queued') break;
  }
  if (awayMessage) outcomes.push(await sendQueuedMessage(asService, awayMessage, 'just_filed'));
  return outcomes.map((outcome) => `bot:${outcome}`).join(' ');
}

interface Applied {
  applied: boolean;
  reason?: 'gone' | 'done' | 'people' | 'stale';
  messages?: OutgoingMessage[];
  away?: string | null;
}

/**
 * Runs one turn until it applies (a turn computed on a session another turn moved is run again,
 * on its state read anew). `first`: the turn as read already, if it was.
 */
async function runTurn(
  load: () => Promise<TurnInput | null>,
  inboundOf: (input: TurnInput) => Inbound,
  first?: TurnInput | null,
) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const input = attempt === 0 && first !== undefined ? first : await load();
    if (!input) return 'bot:none';
    const inbound = inboundOf(input);
    const decision = await decide(input, inbound);
    const turn = {
      messageId: input.messageId,
      sessionId: decision.sessionId,
      expectedTurn: decision.expectedTurn,
      start: decision.start,
      flowName: decision.flowName,
      state: decision.result.state,
      visited: decision.result.visited,
      effects: decision.result.effects satisfies Effect[],
      timeoutMinutes: input.settings.sessionTimeoutMinutes,
    };
    const [row] = await serviceDatabase()<{ applied: Applied }[]>`
      select private.bot_apply_turn(${input.conversationId}, ${serviceDatabase().json(turn as never)}) as applied`;
    const applied = row?.applied;
    if (applied?.reason === 'stale') continue;
    if (!applied?.applied) return `bot:${applied?.reason ?? 'none'}`;
    return await sendInOrder(input.conversationId, applied.messages ?? [], applied.away ?? null);
  }
  return 'bot:stale';
}

// One turn at a time per conversation in this instance: a contact sending three messages at once
// gets them answered in order (the session's turn counter still guards other instances).
const running = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = running.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  running.set(key, next);
  void next
    .finally(() => {
      if (running.get(key) === next) running.delete(key);
    })
    .catch(() => undefined);
  return next;
}

async function turnInput(
  messageId: string | null,
  sessionId: string | null,
): Promise<TurnInput | null> {
  const [row] = await serviceDatabase()<{ input: TurnInput | null }[]>`
    select private.bot_turn_input(${messageId}, ${sessionId}) as input`;
  return row?.input ?? null;
}

/**
 * Answers a contact's message the intake queued for the bot (`key`: the contact, so that its
 * messages are answered in turn; `input`: its turn, when the intake read it). Its words for the
 * event's outcome.
 */
export function answerMessage(
  messageId: string,
  key: string,
  input?: TurnInput | null,
): Promise<string> {
  return oneAtATime(key, () =>
    runTurn(
      () => turnInput(messageId, null),
      (read) => (read.inbound ? readInbound(read.inbound) : { kind: 'media' }),
      input,
    ),
  );
}

/** Goes on with a session whose wait is over. */
export function resumeSession(sessionId: string): Promise<string> {
  return oneAtATime(sessionId, () =>
    runTurn(
      () => turnInput(null, sessionId),
      () => ({ kind: 'resume' }),
    ),
  );
}

export interface SweepReport {
  turns: number;
  resumed: number;
  handedOver: number;
}

/** What no webhook brings (private.bot_due_work): late turns, waits that are over, stuck sends. */
export async function sweepBot(): Promise<SweepReport> {
  const [row] = await serviceDatabase()<
    { work: { turns: string[]; resumes: string[]; send: string[] } }[]
  >`select private.bot_due_work(50) as work`;
  const work = row?.work ?? { turns: [], resumes: [], send: [] };
  for (const messageId of work.turns) await answerMessage(messageId, messageId);
  for (const sessionId of work.resumes) await resumeSession(sessionId);
  for (const messageId of work.send) await sendQueuedMessage(asService, messageId, 'just_filed');
  return { turns: work.turns.length, resumed: work.resumes.length, handedOver: work.send.length };
}

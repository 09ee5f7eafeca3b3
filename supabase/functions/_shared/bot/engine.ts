import {
  FLOW_BOUNDS,
  type FlowDocument,
  type FlowNode,
  type NodeOf,
  type Rule,
  type Trigger,
} from './flow.ts';
import { parseNumber, readAnswer } from './answers.ts';
import { phrase, retryPhrase } from './phrases.ts';
import {
  charCount,
  comparable,
  expandSynonyms,
  normalizeText,
  similarity,
  wordSimilarity,
  words,
} from './text.ts';
import type {
  BotMessage,
  Effect,
  HandoffReason,
  Inbound,
  SessionState,
  TurnContext,
  TurnResult,
} from './turn.ts';
import { parseTimeOfDay } from './validate.ts';
import { renderText, type VariableSources } from './variables.ts';

// The chatbot's engine: which flow a message starts, and what one turn of a session does. Pure
// but for the ports of TurnContext (FAQ matching, HTTP calls): it decides and lists effects; the
// host (runtime, simulator, tests) sends, saves and hands over.

/** Nodes one turn may enter: a safety net under validation's check of unguarded loops. */
export const MAX_NODES_PER_TURN = 100;
/** pg_trgm's default word_similarity_threshold, for fuzzy keywords and button titles alike. */
export const FUZZY_THRESHOLD = 0.6;

// Trigger kinds from the strongest claim on a message to the weakest.
const TRIGGER_RANKS = [
  'exact',
  'contains',
  'fuzzy',
  'campaign_reply',
  'first_message',
  'outside_office_hours',
  'any_message',
] as const;
type TriggerRank = (typeof TRIGGER_RANKS)[number];

/** The text a message carries: what was typed, or the title of the button tapped. */
function inboundText(inbound: Inbound): string | null {
  if (inbound.kind === 'text') return inbound.text;
  if (inbound.kind === 'choice') return inbound.title;
  return null;
}

/** Whether `run` appears in `haystack`, word after word. */
function containsRun(haystack: string[], run: string[]): boolean {
  return haystack.some((_, start) =>
    run.every((word, offset) => haystack[start + offset] === word),
  );
}

function keywordMatches(
  trigger: Extract<Trigger, { kind: 'keyword' }>,
  said: string,
  synonyms: ReadonlyMap<string, string>,
): boolean {
  const saidWords = words(said);
  return trigger.keywords.some((keyword) => {
    const expected = comparable(keyword, synonyms);
    if (expected === '') return false;
    if (trigger.mode === 'exact') return expected === said;
    if (trigger.mode === 'fuzzy') return wordSimilarity(expected, said) >= FUZZY_THRESHOLD;
    return containsRun(saidWords, words(expected));
  });
}

function triggerRank(
  trigger: Trigger,
  said: string | null,
  ctx: TurnContext,
  facts: { firstMessage: boolean; campaignId: string | null },
): TriggerRank | null {
  switch (trigger.kind) {
    case 'keyword':
      return said !== null && keywordMatches(trigger, said, ctx.synonyms) ? trigger.mode : null;
    case 'campaign_reply':
      return facts.campaignId !== null &&
        (trigger.campaignId === null || trigger.campaignId === facts.campaignId)
        ? 'campaign_reply'
        : null;
    case 'first_message':
      return facts.firstMessage ? 'first_message' : null;
    case 'outside_office_hours':
      return ctx.officeHoursOpen ? null : 'outside_office_hours';
    case 'any_message':
      return 'any_message';
  }
}

/**
 * The flow a message starts, by the strongest trigger that matches it: a keyword said exactly,
 * then contained, then nearly (typos), then a reply to a campaign, the contact's first message,
 * a message outside office hours, any message. Equal claims go to the flow listed first.
 */
export function selectFlow(
  flows: Array<{ flowId: string; document: FlowDocument }>,
  inbound: Inbound,
  ctx: TurnContext,
  facts: { firstMessage: boolean; campaignId: string | null },
): { flowId: string } | null {
  if (inbound.kind === 'resume') return null;
  const text = inboundText(inbound);
  const said = text === null ? null : comparable(text, ctx.synonyms);
  let best: { flowId: string; rank: number } | null = null;
  for (const { flowId, document } of flows) {
    const start = document.nodes.find((node) => node.type === 'start');
    for (const trigger of start?.data.triggers ?? []) {
      const rank = triggerRank(trigger, said, ctx, facts);
      if (rank === null) continue;
      const order = TRIGGER_RANKS.indexOf(rank);
      if (best === null || order < best.rank) best = { flowId, rank: order };
    }
  }
  return best && { flowId: best.flowId };
}

// Ways of asking for a person, normalised (synonyms expanded: « qqn » reads « quelqu un »).
const HANDOFF_WORDS = new Set([
  'agent',
  'agents',
  'conseiller',
  'conseillers',
  'conseillere',
  'humain',
  'humaine',
  'human',
  'operateur',
  'operatrice',
  'operator',
]);
const HANDOFF_PHRASES = [
  'parler a quelqu un',
  'parler a une personne',
  'vraie personne',
  'personne reelle',
  'real person',
  'talk to someone',
  'speak to someone',
  'talk to a person',
  'speak to a person',
].map(words);
/** Beyond this many words a message is about something else that happens to name an agent. */
const GLOBAL_KEYWORD_MAX_WORDS = 8;

/**
 * Whether a typed message asks for a person (« agent », « conseiller », « je veux parler à
 * quelqu'un »), wherever the session is. Short messages only. STOP is the database's to handle.
 */
export function globalKeyword(inbound: Inbound, ctx: TurnContext): 'handoff' | null {
  if (inbound.kind !== 'text') return null;
  const normalized = normalizeText(inbound.text);
  if (words(normalized).length > GLOBAL_KEYWORD_MAX_WORDS) return null;
  const saidWords = words(expandSynonyms(normalized, ctx.synonyms));
  const asks =
    saidWords.some((word) => HANDOFF_WORDS.has(word)) ||
    HANDOFF_PHRASES.some((run) => containsRun(saidWords, run));
  return asks ? 'handoff' : null;
}

/**
 * A turn that gives the conversation to people without running a flow; `before` goes ahead of the
 * handover (a sentence to the contact, the message kept for the admins).
 */
export function handOverTurn(reason: HandoffReason, before: Effect[] = []): TurnResult {
  return {
    effects: [...before, { kind: 'handoff', reason, target: { kind: 'auto' } }],
    state: null,
    visited: [],
    outcome: 'handed_over',
  };
}

/** The turn answering a request for a person: the engine's sentence, then the handover. */
export function handOverOnRequest(ctx: TurnContext): TurnResult {
  return handOverTurn(
    'keyword',
    ctx.windowOpen
      ? [
          {
            kind: 'send',
            nodeId: 'handoff',
            message: { kind: 'text', body: phrase('handoff', ctx.language) },
          },
        ]
      : [],
  );
}

// One turn ---------------------------------------------------------------------------------------

interface Run {
  nodes: Map<string, FlowNode>;
  /** `source\nhandle` → target. */
  edges: Map<string, string>;
  ctx: TurnContext;
  state: SessionState;
  effects: Effect[];
  visited: string[];
  /** The contact as this turn changed it, for conditions and {{variables}} further on. */
  attributes: Record<string, string>;
  tags: Set<string>;
  /** The message that led here: a FAQ node without a question of its own answers it. */
  text: string | null;
}

type Step = { kind: 'go'; target: string | undefined } | { kind: 'stop'; result: TurnResult };

function newRun(
  document: FlowDocument,
  state: SessionState,
  ctx: TurnContext,
  text: string | null,
): Run {
  const edges = new Map<string, string>();
  for (const edge of document.edges) {
    const key = `${edge.source}\n${edge.sourceHandle}`;
    if (!edges.has(key)) edges.set(key, edge.target);
  }
  return {
    nodes: new Map(document.nodes.map((node) => [node.id, node])),
    edges,
    ctx,
    state,
    effects: [],
    visited: [],
    attributes: { ...ctx.contact.attributes },
    tags: new Set(ctx.contact.tags),
    text,
  };
}

function freshState(): SessionState {
  return { nodeId: null, retries: 0, misunderstood: 0, resumeAt: null, variables: {}, jumps: {} };
}

function sources(run: Run): VariableSources {
  return {
    contact: { ...run.ctx.contact, attributes: run.attributes },
    variables: run.state.variables,
  };
}

function render(run: Run, text: string): string {
  return renderText(text, sources(run));
}

function edgeFrom(run: Run, nodeId: string, handle: string): string | undefined {
  return run.edges.get(`${nodeId}\n${handle}`);
}

function go(run: Run, node: FlowNode, handle: string): Step {
  return { kind: 'go', target: edgeFrom(run, node.id, handle) };
}

function finish(run: Run, outcome: TurnResult['outcome']): TurnResult {
  return {
    effects: run.effects,
    state: outcome === 'waiting' ? run.state : null,
    visited: run.visited,
    outcome,
  };
}

function stop(result: TurnResult): Step {
  return { kind: 'stop', result };
}

/**
 * Outside the 24-hour window WhatsApp accepts templates only: other messages are left out and the
 * flow goes on (a template node is how a flow speaks there).
 */
function send(run: Run, nodeId: string, message: BotMessage): void {
  if (message.kind !== 'template' && !run.ctx.windowOpen) return;
  if (message.kind === 'text' && message.body.trim() === '') return;
  run.effects.push({ kind: 'send', nodeId, message });
}

function say(run: Run, nodeId: string, body: string): void {
  send(run, nodeId, { kind: 'text', body });
}

/** The bot steps aside with the engine's sentence (not for handoff nodes, which say their own). */
function handOver(run: Run, reason: HandoffReason, nodeId: string): TurnResult {
  say(run, nodeId, phrase('handoff', run.ctx.language));
  run.effects.push({ kind: 'handoff', reason, target: { kind: 'auto' } });
  return finish(run, 'handed_over');
}

/** What a waiting node sends: its question. */
function question(run: Run, node: NodeOf<'buttons' | 'list' | 'ask' | 'faq'>): BotMessage {
  switch (node.type) {
    case 'buttons':
      return {
        kind: 'buttons',
        body: render(run, node.data.body),
        header: render(run, node.data.header),
        footer: render(run, node.data.footer),
        buttons: node.data.buttons.map((button) => ({
          id: button.id,
          title: render(run, button.title),
        })),
      };
    case 'list':
      return {
        kind: 'list',
        body: render(run, node.data.body),
        header: render(run, node.data.header),
        footer: render(run, node.data.footer),
        buttonLabel: render(run, node.data.buttonLabel),
        sections: node.data.sections.map((section) => ({
          title: render(run, section.title),
          rows: section.rows.map((row) => ({
            id: row.id,
            title: render(run, row.title),
            description: render(run, row.description),
          })),
        })),
      };
    case 'ask':
      return { kind: 'text', body: render(run, node.data.prompt) };
    case 'faq':
      return { kind: 'text', body: render(run, node.data.prompt) };
  }
}

function waitHere(run: Run, node: FlowNode): Step {
  run.state.nodeId = node.id;
  return stop(finish(run, 'waiting'));
}

/** Goes on from `target` until a node waits, the flow ends or hands over. */
async function advance(run: Run, target: string | undefined): Promise<TurnResult> {
  let next = target;
  for (;;) {
    const node = next === undefined ? undefined : run.nodes.get(next);
    // No edge, or an edge to nowhere (validation refuses those): the flow is over.
    if (!node) return finish(run, 'completed');
    if (run.visited.length >= MAX_NODES_PER_TURN) return handOver(run, 'error', node.id);
    run.visited.push(node.id);
    const step = await enter(run, node);
    if (step.kind === 'stop') return step.result;
    next = step.target;
  }
}

function enter(run: Run, node: FlowNode): Step | Promise<Step> {
  const { state, ctx } = run;
  switch (node.type) {
    case 'start':
      return go(run, node, 'next');
    case 'message': {
      const { media } = node.data;
      send(
        run,
        node.id,
        media
          ? {
              kind: 'media',
              media: media.kind,
              url: render(run, media.url),
              caption: render(run, media.caption),
            }
          : { kind: 'text', body: render(run, node.data.text) },
      );
      return go(run, node, 'next');
    }
    case 'buttons':
    case 'list':
    case 'ask':
      return ask(run, node);
    case 'faq':
      return node.data.prompt.trim() === '' ? answerFaq(run, node, run.text) : ask(run, node);
    case 'condition': {
      const branch = node.data.branches.find((candidate) => {
        if (candidate.rules.length === 0) return false;
        const holds = (rule: Rule) => ruleHolds(run, rule);
        return candidate.match === 'all'
          ? candidate.rules.every(holds)
          : candidate.rules.some(holds);
      });
      return go(run, node, branch?.id ?? 'else');
    }
    case 'set':
      for (const action of node.data.actions) act(run, action);
      return go(run, node, 'next');
    case 'template':
      send(run, node.id, {
        kind: 'template',
        name: node.data.name,
        language: node.data.language,
        parameters: node.data.parameters.map((parameter) => ({
          name: parameter.name,
          value: render(run, parameter.value),
        })),
      });
      return go(run, node, 'next');
    case 'handoff':
      say(run, node.id, render(run, node.data.message));
      run.effects.push({ kind: 'handoff', reason: 'flow', target: node.data.target });
      return stop(finish(run, 'handed_over'));
    case 'http':
      return callHttp(run, node);
    case 'wait':
      state.retries = 0;
      state.resumeAt = new Date(ctx.now.getTime() + node.data.seconds * 1000).toISOString();
      return waitHere(run, node);
    case 'jump': {
      const taken = state.jumps[node.id] ?? 0;
      if (taken >= node.data.maxTimes) return go(run, node, 'exhausted');
      state.jumps[node.id] = taken + 1;
      return { kind: 'go', target: node.data.targetId };
    }
    case 'end':
      say(run, node.id, render(run, node.data.message));
      if (node.data.resolve) run.effects.push({ kind: 'resolve' });
      return stop(finish(run, 'completed'));
  }
}

function ask(run: Run, node: NodeOf<'buttons' | 'list' | 'ask' | 'faq'>): Step {
  run.state.retries = 0;
  run.state.resumeAt = null;
  send(run, node.id, question(run, node));
  return waitHere(run, node);
}

function act(run: Run, action: NodeOf<'set'>['data']['actions'][number]): void {
  switch (action.kind) {
    case 'set_attribute': {
      const value = render(run, action.value);
      run.attributes[action.name] = value;
      run.effects.push({ kind: 'set_attribute', name: action.name, value });
      return;
    }
    case 'clear_attribute':
      delete run.attributes[action.name];
      run.effects.push({ kind: 'clear_attribute', name: action.name });
      return;
    case 'set_variable':
      run.state.variables[action.name] = render(run, action.value);
      return;
    case 'add_tag':
      run.tags.add(action.tag);
      run.effects.push({ kind: 'add_tag', tag: action.tag });
      return;
    case 'remove_tag':
      run.tags.delete(action.tag);
      run.effects.push({ kind: 'remove_tag', tag: action.tag });
      return;
    case 'unsubscribe':
      run.effects.push({ kind: 'unsubscribe' });
      return;
  }
}

// Conditions -------------------------------------------------------------------------------------

type Comparison = Extract<Rule, { kind: 'attribute' }>['operator'];

/**
 * Numbers compare as numbers when both sides read as one (« 9 » < « 10 »); otherwise texts
 * compare without case nor accents for (in)equality and containment, and as written for order
 * (ISO dates, as ask nodes save them, order that way).
 */
function compare(actual: string, operator: Comparison, expected: string): boolean {
  const a = parseNumber(actual);
  const b = parseNumber(expected);
  const numeric = a !== null && b !== null;
  const equal = numeric ? a === b : normalizeText(actual) === normalizeText(expected);
  const contains = normalizeText(actual).includes(normalizeText(expected));
  switch (operator) {
    case 'is_set':
      return actual.trim() !== '';
    case 'is_empty':
      return actual.trim() === '';
    case 'equals':
      return equal;
    case 'not_equals':
      return !equal;
    case 'contains':
      return contains;
    case 'not_contains':
      return !contains;
    case 'greater_than':
      return numeric ? a > b : actual.trim() > expected.trim();
    case 'less_than':
      return numeric ? a < b : actual.trim() < expected.trim();
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The organisation's weekday (0 = Sunday) and minutes since midnight, in its time zone. */
function localTime(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((item) => item.type === type)?.value ?? '';
  return {
    day: WEEKDAYS.indexOf(part('weekday')),
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/**
 * Whether now falls in `from`–`to` on one of `days`. A range that wraps midnight (22:00–06:00)
 * belongs to the day it starts on: Monday 02:00 is in Sunday's night. `from` = `to` is all day.
 */
function inTimeRange(rule: Extract<Rule, { kind: 'time' }>, now: Date, timeZone: string): boolean {
  const from = parseTimeOfDay(rule.from);
  const to = parseTimeOfDay(rule.to);
  if (from === null || to === null) return false;
  const { day, minutes } = localTime(now, timeZone);
  const on = (weekday: number) => rule.days.includes(weekday);
  if (from < to) return on(day) && minutes >= from && minutes < to;
  if (from > to) return (on(day) && minutes >= from) || (on((day + 6) % 7) && minutes < to);
  return on(day);
}

function ruleHolds(run: Run, rule: Rule): boolean {
  switch (rule.kind) {
    case 'attribute':
      return compare(run.attributes[rule.name] ?? '', rule.operator, render(run, rule.value));
    case 'variable':
      return compare(run.state.variables[rule.name] ?? '', rule.operator, render(run, rule.value));
    case 'tag':
      return run.tags.has(rule.tag.trim()) === (rule.operator === 'has');
    case 'time':
      return inTimeRange(rule, run.ctx.now, run.ctx.timeZone);
    case 'office_hours':
      return run.ctx.officeHoursOpen === (rule.operator === 'open');
  }
}

// HTTP -------------------------------------------------------------------------------------------

/** A value of the JSON answer at a dotted path (`data.items.0.status`), as text; '' when absent. */
export function valueAtPath(json: unknown, path: string): string {
  let value: unknown = json;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return '';
    value = (value as Record<string, unknown>)[key];
  }
  const text =
    typeof value === 'string'
      ? value
      : value === null || value === undefined
        ? ''
        : JSON.stringify(value);
  // Variables live in the session's state: a large answer is kept to a message's length.
  return charCount(text) > FLOW_BOUNDS.text
    ? Array.from(text).slice(0, FLOW_BOUNDS.text).join('')
    : text;
}

async function callHttp(run: Run, node: NodeOf<'http'>): Promise<Step> {
  const { data } = node;
  const answer = await run.ctx.ports.callHttp({
    method: data.method,
    // Values go into the URL percent-encoded (« +237… » would read as a space in a query).
    url: renderText(data.url, sources(run), encodeURIComponent),
    headers: data.headers.map((header) => ({
      name: header.name,
      value: render(run, header.value),
    })),
    body: data.method === 'GET' || data.body.trim() === '' ? null : render(run, data.body),
    timeoutMs: data.timeoutMs,
  });
  if (!answer.ok) return go(run, node, 'failure');
  for (const { path, variable } of data.save)
    run.state.variables[variable] = valueAtPath(answer.json, path);
  return go(run, node, 'success');
}

// Reading the contact's answer -------------------------------------------------------------------

/**
 * A message the bot did not understand: logged for the admins, counted, and after
 * ctx.maxMisunderstood in a row the conversation goes to a person. Null when the flow goes on.
 */
function misunderstood(run: Run, nodeId: string, text: string | null): TurnResult | null {
  run.state.misunderstood += 1;
  if (text !== null && text.trim() !== '') run.effects.push({ kind: 'unmatched', text, nodeId });
  return run.state.misunderstood >= run.ctx.maxMisunderstood
    ? handOver(run, 'misunderstood', nodeId)
    : null;
}

function understood(run: Run): void {
  run.state.retries = 0;
  run.state.misunderstood = 0;
}

async function answerFaq(run: Run, node: NodeOf<'faq'>, text: string | null): Promise<Step> {
  const match = text === null || text.trim() === '' ? null : await run.ctx.ports.matchFaq(text);
  if (match) {
    understood(run);
    say(run, node.id, match.answer);
    return go(run, node, 'answered');
  }
  const handedOver = misunderstood(run, node.id, text);
  if (handedOver) return stop(handedOver);
  const noMatch = edgeFrom(run, node.id, 'no_match');
  if (noMatch !== undefined) return { kind: 'go', target: noMatch };
  say(run, node.id, phrase('not_understood', run.ctx.language));
  if (node.data.prompt.trim() === '') return { kind: 'go', target: undefined };
  run.state.retries += 1;
  return waitHere(run, node);
}

type Option = { id: string; title: string };

function options(node: NodeOf<'buttons' | 'list'>): Option[] {
  return node.type === 'buttons'
    ? node.data.buttons
    : node.data.sections.flatMap((section) => section.rows);
}

/**
 * The option a reply picks: (a) the id WhatsApp gives back, (b) the title as written (case,
 * accents, punctuation and chat forms aside), (c) its number (« 2 », « n°2 »), (d) a title close
 * enough (typos).
 */
function pickOption(run: Run, choices: Option[], inbound: Inbound): Option | undefined {
  if (inbound.kind === 'choice' && inbound.id !== null) {
    const byId = choices.find((choice) => choice.id === inbound.id);
    if (byId) return byId;
  }
  const text = inboundText(inbound);
  const said = text === null ? '' : comparable(text, run.ctx.synonyms);
  if (said === '') return undefined;
  const titles = choices.map((choice) => comparable(render(run, choice.title), run.ctx.synonyms));
  const exact = titles.indexOf(said);
  if (exact >= 0) return choices[exact];
  const number = /^(?:n|no|numero|option|choix)? ?(\d{1,2})$/.exec(said);
  if (number) return choices[Number(number[1]) - 1];
  let best: { choice: Option; score: number } | undefined;
  choices.forEach((choice, index) => {
    const score = similarity(said, titles[index] ?? '');
    if (score >= FUZZY_THRESHOLD && (best === undefined || score > best.score))
      best = { choice, score };
  });
  return best?.choice;
}

async function readChoice(
  run: Run,
  node: NodeOf<'buttons' | 'list'>,
  inbound: Inbound,
): Promise<TurnResult> {
  const picked = pickOption(run, options(node), inbound);
  if (picked) {
    understood(run);
    return await advance(run, edgeFrom(run, node.id, picked.id));
  }
  const handedOver = misunderstood(run, node.id, inboundText(inbound));
  if (handedOver) return handedOver;
  const noMatch = edgeFrom(run, node.id, 'no_match');
  if (noMatch !== undefined) return await advance(run, noMatch);
  run.state.retries += 1;
  say(run, node.id, phrase('choose_option', run.ctx.language));
  send(run, node.id, question(run, node));
  return finish(run, 'waiting');
}

async function readAsk(run: Run, node: NodeOf<'ask'>, inbound: Inbound): Promise<TurnResult> {
  const { data } = node;
  const text = inboundText(inbound);
  const reading =
    text === null
      ? { ok: false as const }
      : readAnswer(data.answerType, text, {
          pattern: data.pattern,
          contactPhone: run.ctx.contact.phone,
        });
  if (reading.ok) {
    understood(run);
    if (data.target.scope === 'attribute') {
      run.attributes[data.target.name] = reading.value;
      run.effects.push({ kind: 'set_attribute', name: data.target.name, value: reading.value });
    } else {
      run.state.variables[data.target.name] = reading.value;
    }
    return await advance(run, edgeFrom(run, node.id, 'next'));
  }
  run.state.retries += 1;
  if (run.state.retries > data.maxRetries) {
    const invalid = edgeFrom(run, node.id, 'invalid');
    return invalid === undefined
      ? handOver(run, 'invalid_answer', node.id)
      : await advance(run, invalid);
  }
  const retry = render(run, data.retryMessage);
  say(run, node.id, retry.trim() === '' ? retryPhrase(data.answerType, run.ctx.language) : retry);
  return finish(run, 'waiting');
}

/** Starts a session of `document` on the message its trigger matched. */
export async function startSession(
  document: FlowDocument,
  inbound: Inbound,
  ctx: TurnContext,
): Promise<TurnResult> {
  const run = newRun(document, freshState(), ctx, inboundText(inbound));
  const start = document.nodes.find((node) => node.type === 'start');
  return await advance(run, start?.id);
}

/**
 * The contact's next message (or the end of a wait) to the session waiting at `state.nodeId`.
 * A wait node lets nothing but its own timer through: other messages leave the session as it is.
 */
export async function continueSession(
  document: FlowDocument,
  state: SessionState,
  inbound: Inbound,
  ctx: TurnContext,
): Promise<TurnResult> {
  const ignored: TurnResult = { effects: [], state, visited: [], outcome: 'waiting' };
  const copy = { ...state, variables: { ...state.variables }, jumps: { ...state.jumps } };
  const run = newRun(document, copy, ctx, inboundText(inbound));
  const node = state.nodeId === null ? undefined : run.nodes.get(state.nodeId);
  if (!node) return finish(run, 'completed');
  if (node.type === 'wait') {
    if (inbound.kind !== 'resume') return ignored;
    copy.resumeAt = null;
    return await advance(run, edgeFrom(run, node.id, 'next'));
  }
  if (inbound.kind === 'resume') return ignored;
  switch (node.type) {
    case 'buttons':
    case 'list':
      return readChoice(run, node, inbound);
    case 'ask':
      return readAsk(run, node, inbound);
    case 'faq': {
      const step = await answerFaq(run, node, inboundText(inbound));
      return step.kind === 'stop' ? step.result : advance(run, step.target);
    }
    default:
      // Only waiting nodes hold a session; anything else is a state this flow cannot continue.
      return finish(run, 'completed');
  }
}

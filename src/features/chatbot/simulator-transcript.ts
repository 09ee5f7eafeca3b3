import type { BotMessage, Effect, Inbound, SessionState, TurnResult } from '@shared/bot/turn.ts';

// The simulator's conversation, kept apart from React so that it is plain data and tested as such:
// what the contact did, what the bot answered and did, and the session to send with the next turn.

/** What the bot did besides talking, shown as a small line of the conversation. */
export type SystemEvent = Exclude<Effect, { kind: 'send' }>;

export type TranscriptEntry =
  | { id: number; kind: 'contact'; inbound: Exclude<Inbound, { kind: 'resume' }> }
  /** A wait node's pause cut short by « Reprendre maintenant ». */
  | { id: number; kind: 'resumed' }
  | { id: number; kind: 'bot'; nodeId: string; message: BotMessage }
  | { id: number; kind: 'event'; event: SystemEvent }
  /** A turn in which the bot neither answered nor did anything. */
  | { id: number; kind: 'silent' }
  /** The session is over. */
  | { id: number; kind: 'end'; outcome: 'completed' | 'handed_over' };

/** An entry before it gets its id (Omit taken on each member of the union). */
type WithoutId<Entry> = Entry extends unknown ? Omit<Entry, 'id'> : never;
type NewEntry = WithoutId<TranscriptEntry>;

export type Transcript = {
  entries: TranscriptEntry[];
  /** The session to send with the next turn; null starts a new one. */
  session: SessionState | null;
  /** How the last turn ended; null before the first one. */
  outcome: TurnResult['outcome'] | null;
  /** The last node the flow entered. */
  lastVisited: string | null;
  nextId: number;
};

export function emptyTranscript(): Transcript {
  return { entries: [], session: null, outcome: null, lastVisited: null, nextId: 1 };
}

function append(transcript: Transcript, entries: NewEntry[]): Transcript {
  let nextId = transcript.nextId;
  const added = entries.map((entry) => ({ ...entry, id: nextId++ }) as TranscriptEntry);
  return { ...transcript, entries: [...transcript.entries, ...added], nextId };
}

/** The transcript once the contact has written, tapped or sent a file (or a pause was skipped). */
export function withInbound(transcript: Transcript, inbound: Inbound): Transcript {
  return append(transcript, [
    inbound.kind === 'resume' ? { kind: 'resumed' } : { kind: 'contact', inbound },
  ]);
}

/** The transcript once the engine has answered a turn. */
export function withTurn(transcript: Transcript, result: TurnResult): Transcript {
  const entries: NewEntry[] = result.effects.map((effect) =>
    effect.kind === 'send'
      ? { kind: 'bot', nodeId: effect.nodeId, message: effect.message }
      : { kind: 'event', event: effect },
  );
  if (entries.length === 0) entries.push({ kind: 'silent' });
  if (result.outcome !== 'waiting') entries.push({ kind: 'end', outcome: result.outcome });
  return {
    ...append(transcript, entries),
    session: result.state,
    outcome: result.outcome,
    lastVisited: result.visited.at(-1) ?? transcript.lastVisited,
  };
}

/** The node to highlight on the canvas: the one waiting, else the last one entered. */
export function currentNodeId(transcript: Transcript): string | null {
  return transcript.session?.nodeId ?? transcript.lastVisited;
}

/**
 * The bot message whose buttons or rows the contact may still tap: the last one of the node the
 * session waits on. Older ones stay on screen, inert, as their answer is no longer awaited.
 */
export function answerableEntryId(transcript: Transcript): number | null {
  const waitingOn = transcript.session?.nodeId;
  if (!waitingOn) return null;
  for (let index = transcript.entries.length - 1; index >= 0; index -= 1) {
    const entry = transcript.entries[index]!;
    if (entry.kind !== 'bot') continue;
    const interactive = entry.message.kind === 'buttons' || entry.message.kind === 'list';
    if (interactive) return entry.nodeId === waitingOn ? entry.id : null;
  }
  return null;
}

/**
 * Whether the contact may write: not once the bot has handed over, since a conversation held by
 * people gets no bot answer; after a flow's end, a new message starts it again.
 */
export function mayWrite(transcript: Transcript): boolean {
  return transcript.outcome !== 'handed_over';
}

/** Whether the session sleeps on a wait node, which « Reprendre maintenant » wakes. */
export function pausedUntil(transcript: Transcript): string | null {
  return transcript.session?.resumeAt ?? null;
}

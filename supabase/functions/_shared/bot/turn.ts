// What the engine (engine.ts) is given and what it answers for one turn of a conversation: the
// runtime (bot-runner), the simulator (bot-simulate) and the tests drive it with the same types.
// The engine decides; the host does (sends, saves the session, writes attributes, hands over).

/** What the contact did, as the engine reads it. */
export type Inbound =
  | { kind: 'text'; text: string }
  /** A reply button or list row tapped: its id when WhatsApp gives it back, and its title. */
  | { kind: 'choice'; id: string | null; title: string }
  /** A picture, a voice note, a location…: no text to read. */
  | { kind: 'media' }
  /** Not the contact: a wait node's time is up. */
  | { kind: 'resume' };

/** The session between two turns, stored as JSON (bot_sessions.state). */
export interface SessionState {
  /** The node waiting for the contact or a timer; null once the session is over. */
  nodeId: string | null;
  /** Wrong answers given to the node waiting (ask, buttons, list). */
  retries: number;
  /** Messages in a row the bot did not understand. */
  misunderstood: number;
  /** When a wait node's pause ends (ISO 8601). */
  resumeAt: string | null;
  /** Session variables (answers, HTTP results), by name. */
  variables: Record<string, string>;
  /** Times each jump node was taken (loop guards). */
  jumps: Record<string, number>;
}

/** What the engine knows of the contact and the organisation when the turn starts. */
export interface TurnContext {
  now: Date;
  /** The organisation's IANA time zone (office hours, time conditions). */
  timeZone: string;
  /** The contact's language: the engine's own sentences follow it. */
  language: 'fr' | 'en';
  contact: {
    name: string | null;
    phone: string;
    email: string | null;
    tags: string[];
    attributes: Record<string, string>;
  };
  /** Whether the organisation's office hours are open now. */
  officeHoursOpen: boolean;
  /** Whether the 24-hour window is open (only templates go out otherwise). */
  windowOpen: boolean;
  /** Messages the bot may misunderstand in a row before it hands over (bot_settings). */
  maxMisunderstood: number;
  /** Abbreviations and chat forms of the organisation (bot_synonyms): term → expansion. */
  synonyms: ReadonlyMap<string, string>;
  ports: TurnPorts;
}

/** What the engine asks of the host during a turn. */
export interface TurnPorts {
  /** The knowledge base's answer to a message, when one is confident enough. */
  matchFaq(
    message: string,
  ): Promise<{ entryId: string; answer: string; confidence: number } | null>;
  /** An HTTP node's call, through the outgoing-URL guard; never throws. */
  callHttp(request: HttpCall): Promise<HttpAnswer>;
}

export interface HttpCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Array<{ name: string; value: string }>;
  body: string | null;
  timeoutMs: number;
}

export type HttpAnswer =
  | { ok: true; status: number; json: unknown }
  | { ok: false; status: number | null; reason: string };

/** A WhatsApp session message (or template) the bot sends. */
export type BotMessage =
  | { kind: 'text'; body: string }
  | { kind: 'media'; media: 'image' | 'video' | 'document' | 'audio'; url: string; caption: string }
  | {
      kind: 'buttons';
      body: string;
      header: string;
      footer: string;
      buttons: Array<{ id: string; title: string }>;
    }
  | {
      kind: 'list';
      body: string;
      header: string;
      footer: string;
      buttonLabel: string;
      sections: Array<{
        title: string;
        rows: Array<{ id: string; title: string; description: string }>;
      }>;
    }
  | {
      kind: 'template';
      name: string;
      language: string;
      parameters: Array<{ name: string; value: string }>;
    };

/** Why the bot hands a conversation to people (`declined`: no flow and no FAQ entry answer). */
export type HandoffReason =
  'flow' | 'keyword' | 'misunderstood' | 'invalid_answer' | 'send_failed' | 'declined' | 'error';

/** What the host must do, in order. */
export type Effect =
  | { kind: 'send'; nodeId: string; message: BotMessage }
  | { kind: 'set_attribute'; name: string; value: string }
  | { kind: 'clear_attribute'; name: string }
  | { kind: 'add_tag'; tag: string }
  | { kind: 'remove_tag'; tag: string }
  | { kind: 'unsubscribe' }
  | {
      kind: 'handoff';
      reason: HandoffReason;
      target:
        { kind: 'auto' } | { kind: 'team'; teamId: string } | { kind: 'agent'; userId: string };
    }
  | { kind: 'resolve' }
  /** A message the bot did not understand, for the admins' log. */
  | { kind: 'unmatched'; text: string; nodeId: string | null };

export interface TurnResult {
  effects: Effect[];
  /** The session after the turn; null when it is over (ended, handed over). */
  state: SessionState | null;
  /** Nodes entered during the turn, in order (analytics, the simulator's highlight). */
  visited: string[];
  outcome: 'waiting' | 'completed' | 'handed_over';
}

import { describe, expect, it } from 'vitest';
import type { SessionState, TurnResult } from '@shared/bot/turn.ts';
import {
  answerableEntryId,
  currentNodeId,
  emptyTranscript,
  mayWrite,
  pausedUntil,
  withInbound,
  withTurn,
} from './simulator-transcript';

function session(nodeId: string | null, extra: Partial<SessionState> = {}): SessionState {
  return {
    nodeId,
    retries: 0,
    misunderstood: 0,
    resumeAt: null,
    variables: {},
    jumps: {},
    ...extra,
  };
}

const menu: TurnResult = {
  effects: [
    { kind: 'send', nodeId: 'hello', message: { kind: 'text', body: 'Bonjour !' } },
    {
      kind: 'send',
      nodeId: 'menu',
      message: {
        kind: 'buttons',
        body: 'Que voulez-vous ?',
        header: '',
        footer: '',
        buttons: [
          { id: 'hours', title: 'Horaires' },
          { id: 'agent', title: 'Conseiller' },
        ],
      },
    },
  ],
  state: session('menu'),
  visited: ['start', 'hello', 'menu'],
  outcome: 'waiting',
};

describe('the simulator transcript', () => {
  it('starts empty, with no session and nothing to highlight', () => {
    const transcript = emptyTranscript();
    expect(transcript.entries).toEqual([]);
    expect(transcript.session).toBeNull();
    expect(currentNodeId(transcript)).toBeNull();
    expect(answerableEntryId(transcript)).toBeNull();
    expect(mayWrite(transcript)).toBe(true);
  });

  it('keeps the contact’s message, then the bot’s messages in order, with ids that never repeat', () => {
    const transcript = withTurn(
      withInbound(emptyTranscript(), { kind: 'text', text: 'bjr' }),
      menu,
    );
    expect(transcript.entries.map((entry) => entry.kind)).toEqual(['contact', 'bot', 'bot']);
    expect(transcript.entries[0]).toMatchObject({ inbound: { kind: 'text', text: 'bjr' } });
    expect(transcript.entries[2]).toMatchObject({ nodeId: 'menu', message: { kind: 'buttons' } });
    expect(new Set(transcript.entries.map((entry) => entry.id)).size).toBe(3);
    expect(transcript.session).toEqual(session('menu'));
  });

  it('highlights the node the session waits on, else the last node entered', () => {
    const waiting = withTurn(emptyTranscript(), menu);
    expect(currentNodeId(waiting)).toBe('menu');

    const ended = withTurn(waiting, {
      effects: [{ kind: 'send', nodeId: 'bye', message: { kind: 'text', body: 'Au revoir' } }],
      state: null,
      visited: ['hours', 'bye'],
      outcome: 'completed',
    });
    expect(ended.session).toBeNull();
    expect(currentNodeId(ended)).toBe('bye');

    // A turn that entered no node keeps the last one.
    const silent = withTurn(ended, { effects: [], state: null, visited: [], outcome: 'completed' });
    expect(currentNodeId(silent)).toBe('bye');
  });

  it('shows what the bot did besides talking as events, in the engine’s order', () => {
    const transcript = withTurn(emptyTranscript(), {
      effects: [
        { kind: 'set_attribute', name: 'ville', value: 'Douala' },
        { kind: 'add_tag', tag: 'prospect' },
        { kind: 'send', nodeId: 'thanks', message: { kind: 'text', body: 'Merci' } },
        { kind: 'unmatched', text: 'azerty', nodeId: 'menu' },
      ],
      state: session('next'),
      visited: ['set', 'thanks'],
      outcome: 'waiting',
    });
    expect(transcript.entries).toMatchObject([
      { kind: 'event', event: { kind: 'set_attribute', name: 'ville', value: 'Douala' } },
      { kind: 'event', event: { kind: 'add_tag', tag: 'prospect' } },
      { kind: 'bot', nodeId: 'thanks' },
      { kind: 'event', event: { kind: 'unmatched', text: 'azerty' } },
    ]);
  });

  it('says when the bot did nothing at all', () => {
    const transcript = withTurn(withInbound(emptyTranscript(), { kind: 'media' }), {
      effects: [],
      state: session('ask'),
      visited: [],
      outcome: 'waiting',
    });
    expect(transcript.entries.map((entry) => entry.kind)).toEqual(['contact', 'silent']);
  });

  it('marks the end of the session, and stops the contact from writing once people took over', () => {
    const completed = withTurn(emptyTranscript(), {
      effects: [{ kind: 'resolve' }],
      state: null,
      visited: ['end'],
      outcome: 'completed',
    });
    expect(completed.entries.at(-1)).toMatchObject({ kind: 'end', outcome: 'completed' });
    expect(mayWrite(completed)).toBe(true);

    const handedOver = withTurn(emptyTranscript(), {
      effects: [{ kind: 'handoff', reason: 'keyword', target: { kind: 'auto' } }],
      state: null,
      visited: [],
      outcome: 'handed_over',
    });
    expect(handedOver.entries.map((entry) => entry.kind)).toEqual(['event', 'end']);
    expect(mayWrite(handedOver)).toBe(false);
  });

  it('lets the contact tap the choices of the message the session waits on, and only those', () => {
    const first = withTurn(emptyTranscript(), menu);
    const buttonsId = first.entries[1]!.id;
    expect(answerableEntryId(first)).toBe(buttonsId);

    // A wrong answer: the engine says so in text and still waits on the buttons.
    const retried = withTurn(withInbound(first, { kind: 'text', text: 'euh' }), {
      effects: [{ kind: 'send', nodeId: 'menu', message: { kind: 'text', body: 'Choisissez' } }],
      state: session('menu', { retries: 1 }),
      visited: [],
      outcome: 'waiting',
    });
    expect(answerableEntryId(retried)).toBe(buttonsId);

    // The choice made, the flow moved on to a question: the buttons are no longer awaited.
    const moved = withTurn(
      withInbound(retried, { kind: 'choice', id: 'hours', title: 'Horaires' }),
      {
        effects: [
          { kind: 'send', nodeId: 'ask', message: { kind: 'text', body: 'Votre ville ?' } },
        ],
        state: session('ask'),
        visited: ['hours', 'ask'],
        outcome: 'waiting',
      },
    );
    expect(answerableEntryId(moved)).toBeNull();
  });

  it('records a skipped pause as such, and tells when the session sleeps', () => {
    const paused = withTurn(emptyTranscript(), {
      effects: [],
      state: session('wait', { resumeAt: '2026-12-11T10:00:00.000Z' }),
      visited: ['wait'],
      outcome: 'waiting',
    });
    expect(pausedUntil(paused)).toBe('2026-12-11T10:00:00.000Z');
    const resumed = withInbound(paused, { kind: 'resume' });
    expect(resumed.entries.at(-1)).toMatchObject({ kind: 'resumed' });
    expect(pausedUntil(emptyTranscript())).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  continueSession,
  globalKeyword,
  handOverOnRequest,
  handOverTurn,
  MAX_NODES_PER_TURN,
  selectFlow,
  startSession,
} from './engine.ts';
import type { FlowDocument } from './flow.ts';
import { flow, type Edge } from './flow-fixtures.ts';
import { phrase } from './phrases.ts';
import type {
  HttpAnswer,
  HttpCall,
  Inbound,
  SessionState,
  TurnContext,
  TurnResult,
} from './turn.ts';

type Node = { id: string; type: string; data: object };

/** Monday 2 March 2026, 10:00 in Douala (UTC+1). */
const MONDAY_10AM = new Date('2026-03-02T09:00:00Z');

function context(overrides: Partial<TurnContext> = {}): TurnContext {
  return {
    now: MONDAY_10AM,
    timeZone: 'Africa/Douala',
    language: 'fr',
    contact: {
      name: 'Awa Mballa',
      phone: '+237671234567',
      email: null,
      tags: ['client'],
      attributes: { ville: 'Yaoundé', age: '9' },
    },
    officeHoursOpen: true,
    windowOpen: true,
    maxMisunderstood: 2,
    synonyms: new Map([
      ['bjr', 'bonjour'],
      ['rdv', 'rendez vous'],
      ['qqn', 'quelqu un'],
    ]),
    ports: {
      matchFaq: () => Promise.resolve(null),
      callHttp: () => Promise.resolve({ ok: false, status: null, reason: 'not in this test' }),
    },
    ...overrides,
  };
}

const start: Node = { id: 'start', type: 'start', data: { triggers: [{ kind: 'any_message' }] } };
const say = (id: string, text: string): Node => ({ id, type: 'message', data: { text } });
const end = (id = 'end', data: object = {}): Node => ({ id, type: 'end', data });
const text = (value: string): Inbound => ({ kind: 'text', text: value });

/** A flow beginning at its start node, whose `next` goes to the first of `nodes`. */
function from(nodes: Node[], edges: Edge[]): FlowDocument {
  return flow([start, ...nodes], [['start', 'next', nodes[0]!.id], ...edges]);
}

const sent = (result: TurnResult) =>
  result.effects.flatMap((effect) => (effect.kind === 'send' ? [effect.message] : []));
const said = (result: TurnResult) =>
  sent(result).flatMap((message) => (message.kind === 'text' ? [message.body] : []));
const others = (result: TurnResult) => result.effects.filter((effect) => effect.kind !== 'send');

/** Starts `document`, then answers each reply in turn; the last turn's result. */
async function play(
  document: FlowDocument,
  replies: Inbound[] = [],
  ctx = context(),
): Promise<TurnResult[]> {
  const results = [await startSession(document, text('bonjour'), ctx)];
  for (const reply of replies) {
    const state = results.at(-1)!.state;
    if (!state) throw new Error('the session is over');
    results.push(await continueSession(document, state, reply, ctx));
  }
  return results;
}

describe('start', () => {
  it('enters the start node, then its next node', async () => {
    const [result] = await play(from([say('hello', 'Bonjour')], []));
    expect(result).toEqual({
      effects: [{ kind: 'send', nodeId: 'hello', message: { kind: 'text', body: 'Bonjour' } }],
      state: null,
      visited: ['start', 'hello'],
      outcome: 'completed',
    });
  });

  it('ends at once when the start leads nowhere', async () => {
    const result = await startSession(flow([start], []), text('x'), context());
    expect(result).toEqual({ effects: [], state: null, visited: ['start'], outcome: 'completed' });
  });

  it('ends the session at an edge to a node that does not exist', async () => {
    const [result] = await play(from([say('a', 'A')], [['a', 'next', 'ghost']]));
    expect(result).toMatchObject({ outcome: 'completed', state: null, visited: ['start', 'a'] });
  });
});

describe('message', () => {
  it('renders the contact’s fields, attributes and variables', async () => {
    const document = from([say('hello', 'Bonjour {{first_name}} de {{ville}}{{inconnu}} !')], []);
    const [result] = await play(document);
    expect(said(result!)).toEqual(['Bonjour Awa de Yaoundé !']);
  });

  it('sends a file with its caption', async () => {
    const media = {
      id: 'plan',
      type: 'message',
      data: {
        media: {
          kind: 'image',
          url: 'https://cdn.example.cm/plan-{{ville}}.png',
          caption: 'Plan, {{first_name}}',
        },
      },
    };
    const [result] = await play(from([media], []));
    expect(sent(result!)).toEqual([
      {
        kind: 'media',
        media: 'image',
        url: 'https://cdn.example.cm/plan-Yaoundé.png',
        caption: 'Plan, Awa',
      },
    ]);
  });

  it('outside the 24-hour window, sends nothing but goes on', async () => {
    const document = from(
      [say('a', 'A'), end('end', { message: 'Fin', resolve: true })],
      [['a', 'next', 'end']],
    );
    const [result] = await play(document, [], context({ windowOpen: false }));
    expect(result).toEqual({
      effects: [{ kind: 'resolve' }],
      state: null,
      visited: ['start', 'a', 'end'],
      outcome: 'completed',
    });
  });
});

describe('buttons', () => {
  const menu: Node = {
    id: 'menu',
    type: 'buttons',
    data: {
      body: 'Bonjour {{first_name}}, que voulez-vous ?',
      footer: 'CNSA',
      buttons: [
        { id: 'hours', title: 'Horaires' },
        { id: 'meeting', title: 'Rendez-vous' },
        { id: 'three', title: '1' },
      ],
    },
  };
  const document = from(
    [menu, say('a', 'Horaires : 8 h – 15 h'), say('b', 'Rendez-vous pris'), say('c', 'Trois')],
    [
      ['menu', 'hours', 'a'],
      ['menu', 'meeting', 'b'],
      ['menu', 'three', 'c'],
    ],
  );

  it('sends the buttons and waits', async () => {
    const [result] = await play(document);
    expect(result).toEqual({
      effects: [
        {
          kind: 'send',
          nodeId: 'menu',
          message: {
            kind: 'buttons',
            body: 'Bonjour Awa, que voulez-vous ?',
            header: '',
            footer: 'CNSA',
            buttons: [
              { id: 'hours', title: 'Horaires' },
              { id: 'meeting', title: 'Rendez-vous' },
              { id: 'three', title: '1' },
            ],
          },
        },
      ],
      state: {
        nodeId: 'menu',
        retries: 0,
        misunderstood: 0,
        resumeAt: null,
        variables: {},
        jumps: {},
      },
      visited: ['start', 'menu'],
      outcome: 'waiting',
    });
  });

  it.each<[string, Inbound, string]>([
    // (a) The id wins over a title naming another button.
    ['the id', { kind: 'choice', id: 'meeting', title: 'Horaires' }, 'Rendez-vous pris'],
    // (b) The title, without case, accents, punctuation; chat forms expanded.
    ['the title', text('rendez vous !'), 'Rendez-vous pris'],
    ['the title as a chat form', text('RDV'), 'Rendez-vous pris'],
    [
      'the title of a tap without id',
      { kind: 'choice', id: null, title: 'Horaires' },
      'Horaires : 8 h – 15 h',
    ],
    // (b) before (c): « 1 » is the third button's title before it is the first's number.
    ['a title that is a number', text('1'), 'Trois'],
    // (c) The number of the option.
    ['the number', text('2'), 'Rendez-vous pris'],
    ['the number, written n°1', text('n°1'), 'Horaires : 8 h – 15 h'],
    // (d) A typo.
    ['a near title', text('horraires'), 'Horaires : 8 h – 15 h'],
  ])('picks by %s', async (_, reply, answer) => {
    const [, result] = await play(document, [reply]);
    expect(said(result!)).toEqual([answer]);
    expect(result!.visited).not.toContain('menu');
  });

  it('resends the question when nothing matches, then hands over after the misunderstood limit', async () => {
    const [, first, second] = await play(document, [text('je veux un taxi'), text('le taxi svp')]);
    expect(first).toMatchObject({
      outcome: 'waiting',
      visited: [],
      state: { nodeId: 'menu', retries: 1, misunderstood: 1 },
    });
    expect(said(first!)).toEqual([phrase('choose_option', 'fr')]);
    expect(sent(first!)[1]).toMatchObject({ kind: 'buttons' });
    expect(others(first!)).toEqual([
      { kind: 'unmatched', text: 'je veux un taxi', nodeId: 'menu' },
    ]);

    expect(second).toMatchObject({ outcome: 'handed_over', state: null });
    expect(said(second!)).toEqual([phrase('handoff', 'fr')]);
    expect(others(second!)).toEqual([
      { kind: 'unmatched', text: 'le taxi svp', nodeId: 'menu' },
      { kind: 'handoff', reason: 'misunderstood', target: { kind: 'auto' } },
    ]);
  });

  it('takes the no-match edge when there is one, and forgets misses once understood', async () => {
    const withNoMatch = from(
      [
        menu,
        say('help', 'Tapez 1, 2 ou 3'),
        { id: 'back', type: 'jump', data: { targetId: 'menu', maxTimes: 5 } },
        say('a', 'Horaires'),
      ],
      [
        ['menu', 'no_match', 'help'],
        ['help', 'next', 'back'],
        ['menu', 'hours', 'a'],
      ],
    );
    const [, missed, understood] = await play(
      withNoMatch,
      [text('???'), text('HORAIRES')],
      context({ maxMisunderstood: 3 }),
    );
    expect(missed).toMatchObject({
      outcome: 'waiting',
      visited: ['help', 'back', 'menu'],
      state: { nodeId: 'menu', misunderstood: 1, retries: 0, jumps: { back: 1 } },
    });
    expect(others(missed!)).toEqual([{ kind: 'unmatched', text: '???', nodeId: 'menu' }]);
    expect(understood).toMatchObject({ outcome: 'completed' });
    expect(said(understood!)).toEqual(['Horaires']);
  });

  it('counts a picture or a voice note as not understood', async () => {
    const [, result] = await play(document, [{ kind: 'media' }]);
    expect(result).toMatchObject({ outcome: 'waiting', state: { misunderstood: 1, retries: 1 } });
    expect(others(result!)).toEqual([]);
  });
});

describe('list', () => {
  const list: Node = {
    id: 'pick',
    type: 'list',
    data: {
      body: 'Quelle agence ?',
      buttonLabel: 'Agences',
      sections: [
        {
          id: 'littoral',
          title: 'Littoral',
          rows: [
            { id: 'douala', title: 'Douala' },
            { id: 'kribi', title: 'Kribi' },
          ],
        },
        {
          id: 'centre',
          title: 'Centre',
          rows: [{ id: 'yaounde', title: 'Yaoundé', description: 'Bastos' }],
        },
      ],
    },
  };
  const document = from(
    [list, say('d', 'Douala'), say('k', 'Kribi'), say('y', 'Yaoundé')],
    [
      ['pick', 'douala', 'd'],
      ['pick', 'kribi', 'k'],
      ['pick', 'yaounde', 'y'],
    ],
  );

  it('sends the list and reads rows by id, title or number across sections', async () => {
    const [asked, byId, byTitle, byNumber] = await Promise.all([
      play(document),
      play(document, [{ kind: 'choice', id: 'kribi', title: 'Kribi' }]),
      play(document, [text('yaounde')]),
      play(document, [text(' 3 ')]),
    ]);
    expect(sent(asked[0]!)).toEqual([
      {
        kind: 'list',
        body: 'Quelle agence ?',
        header: '',
        footer: '',
        buttonLabel: 'Agences',
        sections: [
          {
            title: 'Littoral',
            rows: [
              { id: 'douala', title: 'Douala', description: '' },
              { id: 'kribi', title: 'Kribi', description: '' },
            ],
          },
          { title: 'Centre', rows: [{ id: 'yaounde', title: 'Yaoundé', description: 'Bastos' }] },
        ],
      },
    ]);
    expect(said(byId[1]!)).toEqual(['Kribi']);
    expect(said(byTitle[1]!)).toEqual(['Yaoundé']);
    expect(said(byNumber[1]!)).toEqual(['Yaoundé']);
  });
});

describe('ask', () => {
  const ask = (data: object): Node => ({
    id: 'ask',
    type: 'ask',
    data: {
      prompt: 'Votre date de naissance ?',
      answerType: 'date',
      target: { scope: 'attribute', name: 'naissance' },
      ...data,
    },
  });

  it('saves a valid answer to an attribute, then goes on', async () => {
    const document = from([ask({}), say('ok', 'Née le {{naissance}}')], [['ask', 'next', 'ok']]);
    const [asked, answered] = await play(document, [text('25/12/1990')]);
    expect(said(asked!)).toEqual(['Votre date de naissance ?']);
    expect(asked!.state).toMatchObject({ nodeId: 'ask', retries: 0 });
    expect(answered!.effects).toEqual([
      { kind: 'set_attribute', name: 'naissance', value: '1990-12-25' },
      { kind: 'send', nodeId: 'ok', message: { kind: 'text', body: 'Née le 1990-12-25' } },
    ]);
    expect(answered).toMatchObject({ outcome: 'completed', visited: ['ok'] });
  });

  it('keeps an answer in a variable of the session', async () => {
    const document = from(
      [
        ask({
          prompt: 'Combien ?',
          answerType: 'number',
          target: { scope: 'variable', name: 'quantite' },
        }),
        {
          id: 'more',
          type: 'buttons',
          data: { body: '{{quantite}} places, c’est ça ?', buttons: [{ id: 'yes', title: 'Oui' }] },
        },
      ],
      [['ask', 'next', 'more']],
    );
    const [, answered] = await play(document, [text('1 500')]);
    expect(answered!.state).toMatchObject({ nodeId: 'more', variables: { quantite: '1500' } });
    expect(sent(answered!)[0]).toMatchObject({ body: '1500 places, c’est ça ?' });
    expect(others(answered!)).toEqual([]);
  });

  it('asks again with the retry message, then takes the invalid edge', async () => {
    const document = from(
      [
        ask({ retryMessage: 'Format jj/mm/aaaa, {{first_name}}.', maxRetries: 1 }),
        say('bad', 'Tant pis'),
      ],
      [['ask', 'invalid', 'bad']],
    );
    const [, first, second] = await play(document, [text('hier'), { kind: 'media' }]);
    expect(first).toMatchObject({
      outcome: 'waiting',
      visited: [],
      state: { nodeId: 'ask', retries: 1, misunderstood: 0 },
    });
    expect(said(first!)).toEqual(['Format jj/mm/aaaa, Awa.']);
    expect(second).toMatchObject({ outcome: 'completed', visited: ['bad'] });
    expect(said(second!)).toEqual(['Tant pis']);
  });

  it('says the default retry sentence, in the contact’s language, and hands over without an invalid edge', async () => {
    const document = from([ask({ answerType: 'yes_no', maxRetries: 1 })], []);
    const ctx = context({ language: 'en' });
    const [, first, second] = await play(document, [text('peut-être'), text('bof')], ctx);
    expect(said(first!)).toEqual([phrase('retry_yes_no', 'en')]);
    expect(second).toMatchObject({ outcome: 'handed_over', state: null });
    expect(said(second!)).toEqual([phrase('handoff', 'en')]);
    expect(others(second!)).toEqual([
      { kind: 'handoff', reason: 'invalid_answer', target: { kind: 'auto' } },
    ]);
  });
});

describe('condition', () => {
  type Rule = Record<string, unknown>;
  /** Which branch a single-branch condition takes: 'yes' or 'else'. */
  async function branch(
    rules: Rule[],
    ctx = context(),
    match: 'all' | 'any' = 'all',
  ): Promise<string> {
    const document = from(
      [
        { id: 'if', type: 'condition', data: { branches: [{ id: 'yes', match, rules }] } },
        say('y', 'yes'),
        say('n', 'else'),
      ],
      [
        ['if', 'yes', 'y'],
        ['if', 'else', 'n'],
      ],
    );
    const [result] = await play(document, [], ctx);
    return said(result!)[0]!;
  }
  const attribute = (operator: string, value: string, name = 'age'): Rule => ({
    kind: 'attribute',
    name,
    operator,
    value,
  });

  it('compares numbers as numbers and texts without case nor accents', async () => {
    expect(await branch([attribute('less_than', '10')])).toBe('yes');
    expect(await branch([attribute('greater_than', '10')])).toBe('else');
    expect(await branch([attribute('equals', '9,0')])).toBe('yes');
    expect(await branch([attribute('equals', 'YAOUNDE', 'ville')])).toBe('yes');
    expect(await branch([attribute('contains', 'ound', 'ville')])).toBe('yes');
    expect(await branch([attribute('not_contains', 'douala', 'ville')])).toBe('yes');
    expect(await branch([attribute('not_equals', 'Yaoundé', 'ville')])).toBe('else');
    expect(await branch([attribute('is_set', '', 'ville')])).toBe('yes');
    expect(await branch([attribute('is_empty', '', 'inconnu')])).toBe('yes');
    // Texts order as written: ISO dates do.
    expect(
      await branch(
        [attribute('greater_than', '2000-01-01', 'naissance')],
        context({
          contact: { ...context().contact, attributes: { naissance: '2004-05-06' } },
        }),
      ),
    ).toBe('yes');
  });

  it('reads variables, tags and office hours; all or any of the rules', async () => {
    expect(
      await branch([{ kind: 'variable', name: 'statut', operator: 'is_empty', value: '' }]),
    ).toBe('yes');
    expect(await branch([{ kind: 'tag', operator: 'has', tag: 'client' }])).toBe('yes');
    expect(await branch([{ kind: 'tag', operator: 'lacks', tag: 'client' }])).toBe('else');
    expect(await branch([{ kind: 'office_hours', operator: 'open' }])).toBe('yes');
    expect(
      await branch(
        [{ kind: 'office_hours', operator: 'open' }],
        context({ officeHoursOpen: false }),
      ),
    ).toBe('else');
    const closed = { kind: 'office_hours', operator: 'closed' };
    const client = { kind: 'tag', operator: 'has', tag: 'client' };
    expect(await branch([closed, client])).toBe('else');
    expect(await branch([closed, client], context(), 'any')).toBe('yes');
  });

  it('reads the time of day in the organisation’s time zone, ranges wrapping midnight and days', async () => {
    const at = (iso: string, timeZone = 'Africa/Douala') =>
      context({ now: new Date(iso), timeZone });
    const time = (from: string, to: string, days?: number[]) => [
      { kind: 'time', from, to, ...(days ? { days } : {}) },
    ];
    // Monday 10:00 in Douala is 09:00 UTC.
    expect(await branch(time('08:00', '15:30'))).toBe('yes');
    expect(await branch(time('10:01', '15:30'))).toBe('else');
    expect(await branch(time('08:00', '10:00'))).toBe('else');
    expect(await branch(time('08:00', '15:30'), at('2026-03-02T09:00:00Z', 'UTC'))).toBe('yes');
    expect(
      await branch(time('08:00', '15:30'), at('2026-03-02T09:00:00Z', 'America/New_York')),
    ).toBe('else');
    expect(await branch(time('08:00', '15:30', [1, 2, 3, 4, 5]))).toBe('yes');
    expect(await branch(time('08:00', '15:30', [0, 6]))).toBe('else');
    // 22:00–06:00 on Sundays: Monday 02:00 belongs to Sunday's night, Sunday 02:00 to Saturday's.
    expect(await branch(time('22:00', '06:00', [0]), at('2026-03-02T01:00:00Z'))).toBe('yes');
    expect(await branch(time('22:00', '06:00', [0]), at('2026-03-01T01:00:00Z'))).toBe('else');
    expect(await branch(time('22:00', '06:00', [0]), at('2026-03-01T22:30:00Z'))).toBe('yes');
    expect(await branch(time('22:00', '06:00', [0]), at('2026-03-02T05:00:00Z'))).toBe('else');
  });

  it('takes the first branch that holds, else the else edge', async () => {
    const document = from(
      [
        {
          id: 'if',
          type: 'condition',
          data: {
            branches: [
              { id: 'none', match: 'all', rules: [] },
              { id: 'old', match: 'all', rules: [attribute('greater_than', '60')] },
              { id: 'young', match: 'all', rules: [attribute('less_than', '18')] },
              { id: 'child', match: 'all', rules: [attribute('less_than', '12')] },
            ],
          },
        },
        say('y', 'young'),
        say('c', 'child'),
      ],
      [
        ['if', 'young', 'y'],
        ['if', 'child', 'c'],
      ],
    );
    const [result] = await play(document);
    expect(result).toMatchObject({ visited: ['start', 'if', 'y'] });
  });
});

describe('set', () => {
  it('changes attributes, tags and variables, seen by the steps after it', async () => {
    const document = from(
      [
        {
          id: 'set',
          type: 'set',
          data: {
            actions: [
              { kind: 'set_attribute', name: 'ville', value: 'Kribi ({{first_name}})' },
              { kind: 'clear_attribute', name: 'age' },
              { kind: 'set_variable', name: 'etape', value: 'deux' },
              { kind: 'add_tag', tag: 'bot' },
              { kind: 'remove_tag', tag: 'client' },
              { kind: 'unsubscribe' },
            ],
          },
        },
        {
          id: 'if',
          type: 'condition',
          data: {
            branches: [
              {
                id: 'changed',
                match: 'all',
                rules: [
                  { kind: 'tag', operator: 'has', tag: 'bot' },
                  { kind: 'tag', operator: 'lacks', tag: 'client' },
                  { kind: 'attribute', name: 'age', operator: 'is_empty', value: '' },
                ],
              },
            ],
          },
        },
        say('done', '{{ville}}, étape {{etape}}'),
      ],
      [
        ['set', 'next', 'if'],
        ['if', 'changed', 'done'],
      ],
    );
    const [result] = await play(document);
    expect(result!.effects).toEqual([
      { kind: 'set_attribute', name: 'ville', value: 'Kribi (Awa)' },
      { kind: 'clear_attribute', name: 'age' },
      { kind: 'add_tag', tag: 'bot' },
      { kind: 'remove_tag', tag: 'client' },
      { kind: 'unsubscribe' },
      { kind: 'send', nodeId: 'done', message: { kind: 'text', body: 'Kribi (Awa), étape deux' } },
    ]);
  });
});

describe('faq', () => {
  const matchFaq = vi.fn((message: string) =>
    Promise.resolve(
      message.includes('horaire')
        ? { entryId: 'e1', answer: 'Ouvert de 8 h à 15 h.', confidence: 0.9 }
        : null,
    ),
  );
  const ctx = context({ ports: { ...context().ports, matchFaq } });

  it('without a question, answers the message that led to it', async () => {
    const document = from(
      [{ id: 'faq', type: 'faq', data: {} }, say('more', 'Autre chose ?')],
      [['faq', 'answered', 'more']],
    );
    const result = await startSession(document, text('vos horaire svp'), ctx);
    expect(matchFaq).toHaveBeenLastCalledWith('vos horaire svp');
    expect(said(result)).toEqual(['Ouvert de 8 h à 15 h.', 'Autre chose ?']);
  });

  it('without an answer, logs the message and takes no_match, or says it did not understand', async () => {
    const withEdge = from(
      [{ id: 'faq', type: 'faq', data: {} }, say('sorry', 'Reformulez ?')],
      [['faq', 'no_match', 'sorry']],
    );
    const routed = await startSession(withEdge, text('ma moto est en panne'), ctx);
    expect(routed.effects).toEqual([
      { kind: 'unmatched', text: 'ma moto est en panne', nodeId: 'faq' },
      { kind: 'send', nodeId: 'sorry', message: { kind: 'text', body: 'Reformulez ?' } },
    ]);
    const alone = await startSession(
      from([{ id: 'faq', type: 'faq', data: {} }], []),
      text('ma moto'),
      ctx,
    );
    expect(alone).toMatchObject({ outcome: 'completed', state: null });
    expect(said(alone)).toEqual([phrase('not_understood', 'fr')]);
  });

  it('with a question, asks it and answers the reply, until the misunderstood limit', async () => {
    const document = from(
      [{ id: 'faq', type: 'faq', data: { prompt: 'Votre question ?' } }, end()],
      [['faq', 'answered', 'end']],
    );
    const [asked, answered] = await play(document, [text('les horaires ?')], ctx);
    expect(said(asked!)).toEqual(['Votre question ?']);
    expect(asked!.state).toMatchObject({ nodeId: 'faq' });
    expect(said(answered!)).toEqual(['Ouvert de 8 h à 15 h.']);
    expect(answered).toMatchObject({ outcome: 'completed', visited: ['end'] });

    const [, missed, given] = await play(document, [text('une moto'), text('un taxi')], ctx);
    expect(missed).toMatchObject({
      outcome: 'waiting',
      state: { nodeId: 'faq', misunderstood: 1 },
    });
    expect(said(missed!)).toEqual([phrase('not_understood', 'fr')]);
    expect(given).toMatchObject({ outcome: 'handed_over' });
    expect(others(given!).at(-1)).toEqual({
      kind: 'handoff',
      reason: 'misunderstood',
      target: { kind: 'auto' },
    });
  });
});

describe('template', () => {
  it('is sent even outside the 24-hour window, with its parameters rendered', async () => {
    const document = from(
      [
        {
          id: 'tpl',
          type: 'template',
          data: {
            name: 'relance',
            language: 'fr',
            parameters: [{ name: '1', value: '{{first_name}}' }],
          },
        },
        say('after', 'Pas envoyé'),
      ],
      [['tpl', 'next', 'after']],
    );
    const [result] = await play(document, [], context({ windowOpen: false }));
    expect(result!.effects).toEqual([
      {
        kind: 'send',
        nodeId: 'tpl',
        message: {
          kind: 'template',
          name: 'relance',
          language: 'fr',
          parameters: [{ name: '1', value: 'Awa' }],
        },
      },
    ]);
    expect(result!.visited).toEqual(['start', 'tpl', 'after']);
  });
});

describe('handoff', () => {
  it('says its message and hands over to its target', async () => {
    const target = { kind: 'team', teamId: '4f1e8a7e-5a55-4f3b-9d4e-1c2b3a4d5e6f' };
    const document = from(
      [
        {
          id: 'human',
          type: 'handoff',
          data: { message: 'Un conseiller arrive, {{first_name}}.', target },
        },
      ],
      [],
    );
    const [result] = await play(document);
    expect(result).toEqual({
      effects: [
        {
          kind: 'send',
          nodeId: 'human',
          message: { kind: 'text', body: 'Un conseiller arrive, Awa.' },
        },
        { kind: 'handoff', reason: 'flow', target },
      ],
      state: null,
      visited: ['start', 'human'],
      outcome: 'handed_over',
    });
  });

  it('says nothing when it has no message', async () => {
    const [result] = await play(
      from([{ id: 'human', type: 'handoff', data: { target: { kind: 'auto' } } }], []),
    );
    expect(result!.effects).toEqual([
      { kind: 'handoff', reason: 'flow', target: { kind: 'auto' } },
    ]);
  });
});

describe('http', () => {
  const node: Node = {
    id: 'call',
    type: 'http',
    data: {
      method: 'POST',
      url: 'https://api.example.cm/dossiers?tel={{phone}}&ville={{ville}}',
      headers: [{ name: 'X-Client', value: '{{first_name}}' }],
      body: '{"nom": "{{name}}"}',
      timeoutMs: 3000,
      save: [
        { path: 'data.status', variable: 'statut' },
        { path: 'data.items.1.id', variable: 'second' },
        { path: 'data.count', variable: 'nombre' },
        { path: 'data.missing', variable: 'absent' },
      ],
    },
  };
  const document = from(
    [
      node,
      say('ok', 'Statut : {{statut}} ({{second}}, {{nombre}}{{absent}})'),
      say('ko', 'Service indisponible'),
    ],
    [
      ['call', 'success', 'ok'],
      ['call', 'failure', 'ko'],
    ],
  );
  const run = async (answer: HttpAnswer) => {
    const callHttp = vi.fn((_: HttpCall) => Promise.resolve(answer));
    const [result] = await play(document, [], context({ ports: { ...context().ports, callHttp } }));
    return { result: result!, call: callHttp.mock.calls[0]![0] };
  };

  it('calls with the request rendered, saves values of the answer, then takes success', async () => {
    const { result, call } = await run({
      ok: true,
      status: 200,
      json: { data: { status: 'validé', items: [{ id: 'a' }, { id: 'b' }], count: 2 } },
    });
    expect(call).toEqual({
      method: 'POST',
      url: 'https://api.example.cm/dossiers?tel=%2B237671234567&ville=Yaound%C3%A9',
      headers: [{ name: 'X-Client', value: 'Awa' }],
      body: '{"nom": "Awa Mballa"}',
      timeoutMs: 3000,
    });
    expect(said(result)).toEqual(['Statut : validé (b, 2)']);
  });

  it('takes failure when the call fails', async () => {
    const { result } = await run({ ok: false, status: 500, reason: 'http_500' });
    expect(said(result)).toEqual(['Service indisponible']);
    expect(result.visited).toEqual(['start', 'call', 'ko']);
  });
});

describe('wait', () => {
  const document = from(
    [{ id: 'pause', type: 'wait', data: { seconds: 3600 } }, say('later', 'Une heure plus tard')],
    [['pause', 'next', 'later']],
  );

  it('waits until its time, ignores messages meanwhile, then goes on', async () => {
    const [paused] = await play(document);
    expect(paused).toEqual({
      effects: [],
      state: {
        nodeId: 'pause',
        retries: 0,
        misunderstood: 0,
        resumeAt: '2026-03-02T10:00:00.000Z',
        variables: {},
        jumps: {},
      },
      visited: ['start', 'pause'],
      outcome: 'waiting',
    });
    const state = paused!.state!;
    const ignored = await continueSession(document, state, text('allô ?'), context());
    expect(ignored).toEqual({ effects: [], state, visited: [], outcome: 'waiting' });
    expect(ignored.state).toBe(state);
    const resumed = await continueSession(document, state, { kind: 'resume' }, context());
    expect(resumed).toMatchObject({ outcome: 'completed', visited: ['later'] });
    expect(said(resumed)).toEqual(['Une heure plus tard']);
  });

  it('ignores a stale timer at a node waiting for the contact', async () => {
    const asking = from(
      [{ id: 'menu', type: 'buttons', data: { body: '?', buttons: [{ id: 'a', title: 'A' }] } }],
      [],
    );
    const [asked] = await play(asking);
    const result = await continueSession(asking, asked!.state!, { kind: 'resume' }, context());
    expect(result).toEqual({ effects: [], state: asked!.state, visited: [], outcome: 'waiting' });
  });
});

describe('jump', () => {
  it('goes back at most maxTimes, then takes exhausted', async () => {
    const document = from(
      [
        say('again', 'Encore'),
        { id: 'loop', type: 'jump', data: { targetId: 'again', maxTimes: 2 } },
        say('done', 'Fini'),
      ],
      [
        ['again', 'next', 'loop'],
        ['loop', 'exhausted', 'done'],
      ],
    );
    const [result] = await play(document);
    expect(said(result!)).toEqual(['Encore', 'Encore', 'Encore', 'Fini']);
    expect(result!.visited).toEqual([
      'start',
      'again',
      'loop',
      'again',
      'loop',
      'again',
      'loop',
      'done',
    ]);
  });

  it('counts across turns, in the session', async () => {
    const document = from(
      [
        {
          id: 'menu',
          type: 'buttons',
          data: { body: '?', buttons: [{ id: 'a', title: 'Encore' }] },
        },
        { id: 'loop', type: 'jump', data: { targetId: 'menu', maxTimes: 1 } },
        end('end', { message: 'Assez' }),
      ],
      [
        ['menu', 'a', 'loop'],
        ['loop', 'exhausted', 'end'],
      ],
    );
    const [, once, twice] = await play(document, [text('encore'), text('encore')]);
    expect(once!.state).toMatchObject({ nodeId: 'menu', jumps: { loop: 1 } });
    expect(said(twice!)).toEqual(['Assez']);
  });
});

describe('end', () => {
  it('says its message, resolves the conversation when asked, and ends the session', async () => {
    const [result] = await play(
      from([end('bye', { message: 'Au revoir {{first_name}}', resolve: true })], []),
    );
    expect(result).toEqual({
      effects: [
        { kind: 'send', nodeId: 'bye', message: { kind: 'text', body: 'Au revoir Awa' } },
        { kind: 'resolve' },
      ],
      state: null,
      visited: ['start', 'bye'],
      outcome: 'completed',
    });
  });
});

describe('the loop cap', () => {
  it('hands over after entering 100 nodes in one turn', async () => {
    const document = from(
      [
        say('a', 'A'),
        {
          id: 'b',
          type: 'set',
          data: { actions: [{ kind: 'set_variable', name: 'x', value: '1' }] },
        },
      ],
      [
        ['a', 'next', 'b'],
        ['b', 'next', 'a'],
      ],
    );
    const [result] = await play(document);
    expect(result!.visited).toHaveLength(MAX_NODES_PER_TURN);
    expect(result).toMatchObject({ outcome: 'handed_over', state: null });
    expect(result!.effects.at(-1)).toEqual({
      kind: 'handoff',
      reason: 'error',
      target: { kind: 'auto' },
    });
    expect(said(result!).at(-1)).toBe(phrase('handoff', 'fr'));
  });
});

describe('continueSession', () => {
  it('ends a session whose node is gone from the flow', async () => {
    const state: SessionState = {
      nodeId: 'gone',
      retries: 0,
      misunderstood: 0,
      resumeAt: null,
      variables: {},
      jumps: {},
    };
    const result = await continueSession(from([say('a', 'A')], []), state, text('x'), context());
    expect(result).toEqual({ effects: [], state: null, visited: [], outcome: 'completed' });
  });
});

describe('selectFlow', () => {
  const withTriggers = (flowId: string, triggers: object[]) => ({
    flowId,
    document: flow([{ id: 'start', type: 'start', data: { triggers } }], []),
  });
  const keyword = (mode: string, ...keywords: string[]) => ({ kind: 'keyword', mode, keywords });
  const flows = [
    withTriggers('any', [{ kind: 'any_message' }]),
    withTriggers('night', [{ kind: 'outside_office_hours' }]),
    withTriggers('first', [{ kind: 'first_message' }]),
    withTriggers('campaign', [{ kind: 'campaign_reply', campaignId: null }]),
    withTriggers('fuzzy', [keyword('fuzzy', 'horaires')]),
    withTriggers('contains', [keyword('contains', 'horaires')]),
    withTriggers('exact', [keyword('exact', '', 'Horaires'), keyword('exact', 'bonjour')]),
  ];
  const facts = { firstMessage: true, campaignId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
  const select = (inbound: Inbound, ctx = context(), given = facts, candidates = flows) =>
    selectFlow(candidates, inbound, ctx, given)?.flowId ?? null;

  it('prefers exact keywords, then contained, then fuzzy, then the other triggers in order', () => {
    // The flows are listed weakest first: the order of the list decides nothing here.
    const closed = context({ officeHoursOpen: false });
    expect(select(text('HORAIRES !!!'), closed)).toBe('exact');
    expect(select(text('BJR'), closed)).toBe('exact');
    expect(select(text('vos horaires svp'), closed)).toBe('contains');
    expect(select(text('vos horraires ?'), closed)).toBe('fuzzy');
    expect(select(text('allo'), closed)).toBe('campaign');
    expect(select(text('allo'), closed, { ...facts, campaignId: null })).toBe('first');
    expect(select(text('allo'), closed, { firstMessage: false, campaignId: null })).toBe('night');
    expect(select(text('allo'), context(), { firstMessage: false, campaignId: null })).toBe('any');
  });

  it('reads keywords in typed text and tapped titles only', () => {
    expect(select({ kind: 'choice', id: null, title: 'Horaires' })).toBe('exact');
    expect(select({ kind: 'media' })).toBe('campaign');
    expect(select({ kind: 'resume' })).toBeNull();
  });

  it('keeps the given order between equal triggers, and may find none', () => {
    const twins = [
      withTriggers('one', [keyword('exact', 'menu')]),
      withTriggers('two', [keyword('exact', 'Menu')]),
    ];
    expect(select(text('menu'), context(), facts, twins)).toBe('one');
    expect(select(text('bonsoir'), context(), facts, twins)).toBeNull();
    const campaign = [
      withTriggers('other', [
        { kind: 'campaign_reply', campaignId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' },
      ]),
    ];
    expect(select(text('oui'), context(), facts, campaign)).toBeNull();
    expect(
      select(
        text('oui'),
        context(),
        { ...facts, campaignId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' },
        campaign,
      ),
    ).toBe('other');
  });

  it('contains means whole words in a row', () => {
    const contains = [withTriggers('c', [keyword('contains', 'rendez-vous')])];
    expect(select(text('je veux un RDV'), context(), facts, contains)).toBe('c');
    expect(select(text('rendez moi vous'), context(), facts, contains)).toBeNull();
    expect(select(text('rendezvous'), context(), facts, contains)).toBeNull();
  });
});

describe('globalKeyword', () => {
  it.each([
    'agent',
    'Conseiller !',
    'un HUMAIN svp',
    'opérateur',
    'human please',
    'je veux parler à quelqu’un',
    'parler a qqn',
    'Je voudrais parler à un conseiller svp',
  ])('hands over on %j', (message) => {
    expect(globalKeyword(text(message), context())).toBe('handoff');
  });

  it.each([
    'bonjour',
    'stop',
    'mon agence est fermée',
    'hier mon conseiller m’a dit que le dossier était prêt mais rien depuis',
  ])('lets %j through', (message) => {
    expect(globalKeyword(text(message), context())).toBeNull();
  });

  it('reads typed messages only', () => {
    expect(globalKeyword({ kind: 'choice', id: 'x', title: 'Conseiller' }, context())).toBeNull();
    expect(globalKeyword({ kind: 'media' }, context())).toBeNull();
  });

  it('answers the request with the handover sentence, in the contact’s language', () => {
    expect(handOverOnRequest(context({ language: 'en' }))).toEqual({
      effects: [
        {
          kind: 'send',
          nodeId: 'handoff',
          message: { kind: 'text', body: phrase('handoff', 'en') },
        },
        { kind: 'handoff', reason: 'keyword', target: { kind: 'auto' } },
      ],
      state: null,
      visited: [],
      outcome: 'handed_over',
    });
    // Outside the 24-hour window only a template could go out: the handover is silent.
    expect(handOverOnRequest(context({ windowOpen: false })).effects).toEqual([
      { kind: 'handoff', reason: 'keyword', target: { kind: 'auto' } },
    ]);
  });
});

describe('handOverTurn', () => {
  it('hands over with the reason given, after what goes ahead of it, and ends the session', () => {
    expect(handOverTurn('error')).toEqual({
      effects: [{ kind: 'handoff', reason: 'error', target: { kind: 'auto' } }],
      state: null,
      visited: [],
      outcome: 'handed_over',
    });
    expect(
      handOverTurn('misunderstood', [{ kind: 'unmatched', text: 'bonjour', nodeId: null }]).effects,
    ).toEqual([
      { kind: 'unmatched', text: 'bonjour', nodeId: null },
      { kind: 'handoff', reason: 'misunderstood', target: { kind: 'auto' } },
    ]);
  });
});

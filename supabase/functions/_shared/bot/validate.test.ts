import { describe, expect, it } from 'vitest';
import type { FlowDocument } from './flow.ts';
import { flow, type Edge } from './flow-fixtures.ts';
import { FLOW_ISSUE_CODES, type FlowIssue, type FlowIssueCode } from './flow-issues.ts';
import { frenchIssueMessage, isValidAttributeName, validateFlow } from './validate.ts';

const start = {
  id: 'start',
  type: 'start',
  data: { triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['menu'] }] },
};
const text = (id: string, value = 'Bonjour {{first_name}}') => ({
  id,
  type: 'message',
  data: { text: value },
});
const end = (id = 'end') => ({ id, type: 'end', data: {} });
const buttons = (id: string, titles: string[], extra: object = {}) => ({
  id,
  type: 'buttons',
  data: {
    body: 'Que voulez-vous ?',
    buttons: titles.map((title, index) => ({ id: `${id}-b${index}`, title })),
    ...extra,
  },
});

/** A start → node → end flow, so that one node's own checks can be read alone. */
function around(
  node: { id: string; type: string; data: object },
  edges: Edge[] = [],
): FlowDocument {
  const handle = node.type === 'http' ? 'success' : node.type === 'jump' ? 'exhausted' : 'next';
  return flow(
    [start, node, end()],
    [['start', 'next', node.id], [node.id, handle, 'end'], ...edges],
  );
}

function issuesOf(document: FlowDocument, code: FlowIssueCode): FlowIssue[] {
  return validateFlow(document).filter((issue) => issue.code === code);
}

// Each code is produced by at least one test below; this list is filled as they run.
const produced = new Set<FlowIssueCode>();
function expectIssue(
  document: FlowDocument,
  expected: Partial<FlowIssue> & { code: FlowIssueCode },
) {
  const found = issuesOf(document, expected.code);
  const { params, ...rest } = expected;
  expect(found).toContainEqual(
    expect.objectContaining(params ? { ...rest, params: expect.objectContaining(params) } : rest),
  );
  produced.add(expected.code);
  return found;
}

/** `document` with a node's data changed past the schema's bounds (as a hostile request may). */
function patched(document: FlowDocument, nodeId: string, data: object): FlowDocument {
  return {
    ...document,
    nodes: document.nodes.map((node) =>
      node.id === nodeId ? ({ ...node, data: { ...node.data, ...data } } as typeof node) : node,
    ),
  };
}

describe('validateFlow', () => {
  it('accepts a flow using every node type', () => {
    const document = flow(
      [
        {
          id: 'start',
          type: 'start',
          data: {
            triggers: [
              { kind: 'keyword', mode: 'fuzzy', keywords: ['bonjour', 'menu'] },
              { kind: 'first_message' },
            ],
          },
        },
        { id: 'welcome', type: 'message', data: { text: 'Bonjour {{first_name}} 👋' } },
        buttons('menu', ['Horaires', 'Dossier', 'Réessayer encore 🔁🔁']),
        {
          id: 'agencies',
          type: 'list',
          data: {
            body: 'Quelle agence ?',
            buttonLabel: 'Voir les agences',
            sections: [
              { id: 's1', title: 'Littoral', rows: [{ id: 'douala', title: 'Douala' }] },
              {
                id: 's2',
                title: 'Centre',
                rows: [{ id: 'yaounde', title: 'Yaoundé', description: 'Quartier Bastos' }],
              },
            ],
          },
        },
        {
          id: 'ask-file',
          type: 'ask',
          data: {
            prompt: 'Votre numéro de dossier ?',
            answerType: 'text',
            pattern: '^[A-Z]{2}-\\d+$',
            target: { scope: 'attribute', name: 'numero_dossier' },
          },
        },
        {
          id: 'check',
          type: 'condition',
          data: {
            branches: [
              {
                id: 'night',
                label: 'La nuit',
                match: 'any',
                rules: [
                  { kind: 'time', from: '22:00', to: '06:00' },
                  { kind: 'office_hours', operator: 'closed' },
                ],
              },
              {
                id: 'vip',
                match: 'all',
                rules: [
                  { kind: 'tag', operator: 'has', tag: 'VIP' },
                  { kind: 'attribute', name: 'ville', operator: 'is_set', value: '' },
                ],
              },
            ],
          },
        },
        {
          id: 'remember',
          type: 'set',
          data: {
            actions: [
              { kind: 'set_attribute', name: 'dernier-contact', value: '{{numero_dossier}}' },
              { kind: 'add_tag', tag: 'bot' },
              { kind: 'set_variable', name: 'essais', value: '1' },
            ],
          },
        },
        {
          id: 'lookup',
          type: 'http',
          data: {
            method: 'GET',
            url: 'https://api.example.cm/dossiers/{{numero_dossier}}',
            headers: [],
            save: [{ path: 'data.status', variable: 'statut' }],
          },
        },
        {
          id: 'status',
          type: 'template',
          data: { name: 'statut_dossier', parameters: [{ name: '1', value: '{{statut}}' }] },
        },
        { id: 'faq', type: 'faq', data: {} },
        { id: 'ask-again', type: 'faq', data: { prompt: 'Posez votre question.' } },
        { id: 'later', type: 'wait', data: { seconds: 3600 } },
        { id: 'again', type: 'jump', data: { targetId: 'menu', maxTimes: 2 } },
        { id: 'human', type: 'handoff', data: { target: { kind: 'auto' } } },
        end(),
      ],
      [
        ['start', 'next', 'welcome'],
        ['welcome', 'next', 'menu'],
        ['menu', 'menu-b0', 'faq'],
        ['menu', 'menu-b1', 'ask-file'],
        ['menu', 'menu-b2', 'agencies'],
        ['menu', 'no_match', 'ask-again'],
        ['agencies', 'douala', 'later'],
        ['agencies', 'yaounde', 'end'],
        ['ask-file', 'next', 'check'],
        ['ask-file', 'invalid', 'human'],
        ['check', 'night', 'end'],
        ['check', 'vip', 'human'],
        ['check', 'else', 'remember'],
        ['remember', 'next', 'lookup'],
        ['lookup', 'success', 'status'],
        ['lookup', 'failure', 'human'],
        ['status', 'next', 'end'],
        ['faq', 'answered', 'again'],
        ['faq', 'no_match', 'ask-again'],
        ['ask-again', 'answered', 'again'],
        ['later', 'next', 'again'],
        ['again', 'exhausted', 'human'],
      ],
    );
    expect(validateFlow(document)).toEqual([]);
  });

  describe('the flow as a whole', () => {
    it('needs exactly one start with a trigger', () => {
      expectIssue(flow([text('a')], []), { code: 'no_start', nodeId: null });
      expectIssue(flow([start, { ...start, id: 'start2' }], []), {
        code: 'several_starts',
        nodeId: 'start2',
      });
      expectIssue(flow([{ ...start, data: { triggers: [] } }], []), {
        code: 'start_without_trigger',
        nodeId: 'start',
        field: 'triggers',
      });
      const empty = {
        ...start,
        data: {
          triggers: [
            { kind: 'any_message' },
            { kind: 'keyword', mode: 'contains', keywords: ['', ' !? '] },
          ],
        },
      };
      expectIssue(flow([empty], []), {
        code: 'keyword_empty',
        nodeId: 'start',
        field: 'triggers.1.keywords',
      });
    });

    it('refuses edges from or to nothing, or from an outlet the node lacks', () => {
      const document = flow(
        [start, text('a'), end()],
        [
          ['start', 'next', 'a'],
          ['a', 'next', 'end'],
          ['a', 'success', 'end'],
          ['ghost', 'next', 'end'],
          ['end', 'next', 'a'],
          ['a', 'next', 'nowhere'],
        ],
      );
      const found = expectIssue(document, {
        code: 'dangling_edge',
        nodeId: 'a',
        params: { edgeId: 'e2' },
      });
      expect(found.map((issue) => issue.params.edgeId)).toEqual(['e2', 'e3', 'e4', 'e5']);
      expect(found[1]).toMatchObject({ nodeId: 'end' });
    });

    it('allows one edge per outlet', () => {
      const document = flow(
        [start, buttons('menu', ['Oui', 'Non']), end('a'), end('b')],
        [
          ['start', 'next', 'menu'],
          ['menu', 'menu-b0', 'a'],
          ['menu', 'menu-b0', 'b'],
          ['menu', 'menu-b1', 'b'],
        ],
      );
      expectIssue(document, {
        code: 'handle_several_edges',
        nodeId: 'menu',
        field: 'buttons.0.title',
        params: { handle: 'menu-b0' },
      });
    });

    it('finds nodes no path from the start reaches, a jump counting as a path', () => {
      const document = flow(
        [
          start,
          text('a'),
          text('island'),
          { id: 'back', type: 'jump', data: { targetId: 'target' } },
          buttons('target', ['Oui']),
        ],
        [
          ['start', 'next', 'a'],
          ['a', 'next', 'back'],
          ['target', 'target-b0', 'a'],
        ],
      );
      const found = expectIssue(document, { code: 'unreachable_node', nodeId: 'island' });
      expect(found).toHaveLength(1);
    });

    it('wants every button and row to lead somewhere', () => {
      const document = flow(
        [
          start,
          buttons('menu', ['Oui', 'Non']),
          {
            id: 'pick',
            type: 'list',
            data: {
              body: 'Choisissez',
              buttonLabel: 'Voir',
              sections: [
                {
                  id: 's',
                  rows: [
                    { id: 'r1', title: 'Douala' },
                    { id: 'r2', title: 'Kribi' },
                  ],
                },
              ],
            },
          },
        ],
        [
          ['start', 'next', 'menu'],
          ['menu', 'menu-b0', 'pick'],
          ['pick', 'r1', 'menu'],
        ],
      );
      expectIssue(document, {
        code: 'choice_without_edge',
        nodeId: 'menu',
        field: 'buttons.1.title',
        params: { title: 'Non', item: 'button' },
      });
      expectIssue(document, {
        code: 'choice_without_edge',
        nodeId: 'pick',
        field: 'sections.0.rows.1.title',
        params: { title: 'Kribi', item: 'row' },
      });
    });

    it('refuses loops that never wait for the contact nor pass a jump', () => {
      const loop = flow(
        [
          start,
          text('a'),
          { id: 'tag', type: 'set', data: { actions: [{ kind: 'add_tag', tag: 'x' }] } },
          text('self'),
        ],
        [
          ['start', 'next', 'a'],
          ['a', 'next', 'tag'],
          ['tag', 'next', 'a'],
        ],
      );
      expectIssue(loop, { code: 'unguarded_loop', nodeId: 'a' });
      const selfLoop = flow(
        [start, text('self')],
        [
          ['start', 'next', 'self'],
          ['self', 'next', 'self'],
        ],
      );
      expectIssue(selfLoop, { code: 'unguarded_loop', nodeId: 'self' });
      // Through a question or a jump, a loop is guarded.
      const waiting = flow(
        [start, text('a'), buttons('menu', ['Encore'])],
        [
          ['start', 'next', 'a'],
          ['a', 'next', 'menu'],
          ['menu', 'menu-b0', 'a'],
        ],
      );
      expect(issuesOf(waiting, 'unguarded_loop')).toEqual([]);
      const jumping = flow(
        [
          start,
          text('a'),
          { id: 'back', type: 'jump', data: { targetId: 'a', maxTimes: 3 } },
          end(),
        ],
        [
          ['start', 'next', 'a'],
          ['a', 'next', 'back'],
          ['back', 'exhausted', 'end'],
        ],
      );
      expect(validateFlow(jumping)).toEqual([]);
    });
  });

  describe('messages', () => {
    it('needs a text within 4,096 characters, unless it sends a file', () => {
      expectIssue(around(text('m', '  ')), { code: 'text_required', nodeId: 'm', field: 'text' });
      expectIssue(patched(around(text('m')), 'm', { text: 'é'.repeat(4097) }), {
        code: 'text_too_long',
        field: 'text',
        params: { max: 4096, length: 4097 },
      });
      const media = (url: string, caption = '') => ({
        id: 'm',
        type: 'message',
        data: { text: '', media: { kind: 'image', url, caption } },
      });
      expect(validateFlow(around(media('https://cdn.example.cm/{{ville}}/plan.png')))).toEqual([]);
      expectIssue(around(media('http://cdn.example.cm/a.png')), {
        code: 'media_url_invalid',
        field: 'media.url',
        params: { url: 'http://cdn.example.cm/a.png' },
      });
      expect(issuesOf(around(media('https://')), 'media_url_invalid')).toHaveLength(1);
      expectIssue(around(media('https://cdn.example.cm/a.png', 'x'.repeat(1025))), {
        code: 'text_too_long',
        field: 'media.caption',
        params: { max: 1024, length: 1025 },
      });
    });
  });

  describe('buttons', () => {
    const check = (titles: string[], extra: object = {}) => {
      const node = buttons('menu', titles, extra);
      return flow(
        [start, node, end()],
        [
          ['start', 'next', 'menu'],
          ...titles.map((_, index): Edge => ['menu', `menu-b${index}`, 'end']),
        ],
      );
    };

    it('counts button titles in code points, as WhatsApp does', () => {
      // 19 code points but 21 UTF-16 units.
      expect(validateFlow(check(['Réessayer encore 🔁🔁']))).toEqual([]);
      const found = expectIssue(check(['Réessayer plus tard 🔁🔁']), {
        code: 'button_title_too_long',
        field: 'buttons.0.title',
        params: { title: 'Réessayer plus tard 🔁🔁', max: 20, length: 22 },
      });
      expect(frenchIssueMessage(found[0]!)).toBe(
        'Le bouton «\u00a0Réessayer plus tard 🔁🔁\u00a0» dépasse 20 caractères (22).',
      );
    });

    it('wants 1 to 3 buttons with distinct, non-empty titles', () => {
      expectIssue(check([]), {
        code: 'buttons_count',
        field: 'buttons',
        params: { count: 0, min: 1, max: 3 },
      });
      expectIssue(check(['A', 'B', 'C', 'D']), {
        code: 'buttons_count',
        params: { count: 4, min: 1, max: 3 },
      });
      expectIssue(check(['Oui', ' ']), {
        code: 'button_title_empty',
        field: 'buttons.1.title',
        params: { index: 2 },
      });
      expectIssue(check(['Rendez-vous', 'RENDEZ VOUS !']), {
        code: 'button_titles_duplicate',
        field: 'buttons.1.title',
        params: { title: 'RENDEZ VOUS !' },
      });
    });

    it('wants a body within 1,024 characters, header and footer within 60', () => {
      expectIssue(check(['Oui'], { body: '' }), { code: 'text_required', field: 'body' });
      expectIssue(check(['Oui'], { body: 'x'.repeat(1025) }), {
        code: 'text_too_long',
        field: 'body',
        params: { max: 1024, length: 1025 },
      });
      expectIssue(check(['Oui'], { header: 'x'.repeat(61) }), {
        code: 'header_too_long',
        field: 'header',
        params: { max: 60, length: 61 },
      });
      expectIssue(check(['Oui'], { footer: 'x'.repeat(61) }), {
        code: 'footer_too_long',
        field: 'footer',
        params: { max: 60, length: 61 },
      });
    });
  });

  describe('lists', () => {
    type Section = { title?: string; rows: Array<{ title: string; description?: string }> };
    const check = (sections: Section[], buttonLabel = 'Voir') => {
      const edges: Edge[] = [['start', 'next', 'pick']];
      const data = {
        body: 'Choisissez',
        buttonLabel,
        sections: sections.map((section, s) => ({
          id: `s${s}`,
          title: section.title ?? '',
          rows: section.rows.map((row, r) => {
            edges.push(['pick', `r${s}-${r}`, 'end']);
            return { id: `r${s}-${r}`, ...row };
          }),
        })),
      };
      return flow([start, { id: 'pick', type: 'list', data }, end()], edges);
    };
    const rows = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ title: `Agence ${index + 1}` }));

    it('accepts up to 10 rows in up to 10 titled sections', () => {
      expect(validateFlow(check([{ rows: rows(10) }]))).toEqual([]);
    });

    it('wants 1 to 10 rows in all, and at most 10 sections', () => {
      expectIssue(check([{ rows: rows(11) }]), {
        code: 'list_rows_count',
        field: 'sections',
        params: { count: 11, min: 1, max: 10 },
      });
      expectIssue(check([]), { code: 'list_rows_count', params: { count: 0, min: 1, max: 10 } });
      const many = Array.from({ length: 11 }, (_, index) => ({
        title: `S${index}`,
        rows: [{ title: `Ligne ${index}` }],
      }));
      expectIssue(check(many), {
        code: 'list_sections_count',
        field: 'sections',
        params: { count: 11, max: 10 },
      });
    });

    it('wants a button label of 1 to 20 characters', () => {
      expectIssue(check([{ rows: rows(1) }], ' '), {
        code: 'list_button_label_invalid',
        field: 'buttonLabel',
        params: { max: 20, length: 0 },
      });
      expectIssue(check([{ rows: rows(1) }], 'Voir toutes les agences'), {
        code: 'list_button_label_invalid',
        params: { max: 20, length: 23 },
      });
    });

    it('checks each row', () => {
      expectIssue(check([{ rows: [{ title: 'Douala' }, { title: '' }] }]), {
        code: 'row_title_empty',
        field: 'sections.0.rows.1.title',
        params: { index: 2 },
      });
      expectIssue(check([{ rows: [{ title: 'Agence de Yaoundé-Bastos 2' }] }]), {
        code: 'row_title_too_long',
        field: 'sections.0.rows.0.title',
        params: { title: 'Agence de Yaoundé-Bastos 2', max: 24, length: 26 },
      });
      expectIssue(check([{ rows: [{ title: 'Douala', description: 'x'.repeat(73) }] }]), {
        code: 'row_description_too_long',
        field: 'sections.0.rows.0.description',
        params: { title: 'Douala', max: 72, length: 73 },
      });
      expectIssue(
        check([
          { title: 'A', rows: [{ title: 'Douala' }] },
          { title: 'B', rows: [{ title: 'douala' }] },
        ]),
        {
          code: 'row_titles_duplicate',
          field: 'sections.1.rows.0.title',
          params: { title: 'douala' },
        },
      );
    });

    it('wants section titles of 24 characters at most, required when there are several', () => {
      expectIssue(check([{ title: 'Littoral', rows: rows(1) }, { rows: [{ title: 'Kribi' }] }]), {
        code: 'section_title_required',
        field: 'sections.1.title',
        params: { index: 2 },
      });
      expectIssue(check([{ title: 'Agences de la région du Littoral', rows: rows(1) }]), {
        code: 'section_title_too_long',
        field: 'sections.0.title',
        params: { max: 24, length: 32 },
      });
    });
  });

  describe('questions', () => {
    const ask = (data: object) => ({
      id: 'ask',
      type: 'ask',
      data: {
        prompt: 'Votre ville ?',
        answerType: 'text',
        target: { scope: 'attribute', name: 'ville' },
        ...data,
      },
    });

    it('needs a valid place to save the answer and a pattern that compiles', () => {
      expectIssue(around(ask({ target: { scope: 'variable', name: ' ' } })), {
        code: 'ask_target_missing',
        field: 'target.name',
      });
      expectIssue(around(ask({ target: { scope: 'attribute', name: 'ma ville' } })), {
        code: 'attribute_name_invalid',
        field: 'target.name',
        params: { name: 'ma ville' },
      });
      expectIssue(around(ask({ pattern: '([A-Z' })), {
        code: 'ask_pattern_invalid',
        field: 'pattern',
      });
      // What could backtrack for ever on a short answer, in the process every organisation shares.
      for (const pattern of ['(a+)+$', '(\\w|\\d)*x', '(.*a){3}', '(a)\\1']) {
        expectIssue(around(ask({ pattern })), { code: 'ask_pattern_invalid', field: 'pattern' });
      }
      for (const pattern of ['^[0-9]{10}$', '^(CM|GA)[0-9]{6}$', '^(?:oui|non)$']) {
        expect(issuesOf(around(ask({ pattern })), 'ask_pattern_invalid')).toEqual([]);
      }
      expectIssue(around(ask({ prompt: '' })), { code: 'text_required', field: 'prompt' });
      expectIssue(patched(around(ask({})), 'ask', { retryMessage: 'x'.repeat(4097) }), {
        code: 'text_too_long',
        field: 'retryMessage',
      });
    });

    it('names attributes and variables with letters, digits, _ and -, 64 characters at most', () => {
      expect(isValidAttributeName('numéro_assuré-2')).toBe(true);
      expect(isValidAttributeName('é'.repeat(64))).toBe(true);
      expect(isValidAttributeName('é'.repeat(65))).toBe(false);
      expect(isValidAttributeName('')).toBe(false);
      expect(isValidAttributeName('a.b')).toBe(false);
      expect(isValidAttributeName('{{x}}')).toBe(false);
    });
  });

  describe('conditions', () => {
    const condition = (branches: object[]) => ({ id: 'if', type: 'condition', data: { branches } });
    const check = (branches: object[]) =>
      flow(
        [start, condition(branches), end()],
        [
          ['start', 'next', 'if'],
          ['if', 'else', 'end'],
        ],
      );

    it('needs branches, each with complete rules', () => {
      expectIssue(check([]), { code: 'condition_without_branches', field: 'branches' });
      expectIssue(check([{ id: 'b', label: 'Adultes', match: 'all', rules: [] }]), {
        code: 'rule_incomplete',
        field: 'branches.0.rules',
        params: { branch: 'Adultes' },
      });
      expectIssue(
        check([
          {
            id: 'b',
            match: 'all',
            rules: [{ kind: 'attribute', name: 'age', operator: 'greater_than', value: ' ' }],
          },
        ]),
        {
          code: 'rule_incomplete',
          field: 'branches.0.rules.0.value',
          params: { branch: '1' },
        },
      );
      expectIssue(
        check([
          {
            id: 'b',
            match: 'all',
            rules: [{ kind: 'variable', name: '', operator: 'is_set', value: '' }],
          },
        ]),
        {
          code: 'rule_incomplete',
          field: 'branches.0.rules.0.name',
        },
      );
      expectIssue(
        check([
          {
            id: 'b',
            match: 'all',
            rules: [
              { kind: 'attribute', name: 'date de naissance', operator: 'is_set', value: '' },
            ],
          },
        ]),
        {
          code: 'attribute_name_invalid',
          field: 'branches.0.rules.0.name',
        },
      );
      expectIssue(
        check([{ id: 'b', match: 'any', rules: [{ kind: 'tag', operator: 'has', tag: '' }] }]),
        {
          code: 'tag_empty',
          field: 'branches.0.rules.0.tag',
        },
      );
    });

    it('reads times as HH:MM', () => {
      const found = expectIssue(
        check([{ id: 'b', match: 'all', rules: [{ kind: 'time', from: '8h30', to: '24:00' }] }]),
        { code: 'time_invalid', field: 'branches.0.rules.0.from', params: { value: '8h30' } },
      );
      expect(found.map((issue) => issue.field)).toEqual([
        'branches.0.rules.0.from',
        'branches.0.rules.0.to',
      ]);
      expectIssue(
        check([
          {
            id: 'b',
            match: 'all',
            rules: [{ kind: 'time', from: '08:00', to: '18:00', days: [] }],
          },
        ]),
        {
          code: 'rule_incomplete',
          field: 'branches.0.rules.0.days',
        },
      );
    });
  });

  describe('other steps', () => {
    it('set: needs actions with valid names and tags', () => {
      const set = (actions: object[]) => around({ id: 'set', type: 'set', data: { actions } });
      expectIssue(set([]), { code: 'set_without_actions', field: 'actions' });
      expectIssue(set([{ kind: 'set_attribute', name: 'ville!', value: 'Douala' }]), {
        code: 'attribute_name_invalid',
        field: 'actions.0.name',
      });
      expectIssue(set([{ kind: 'set_attribute', name: 'ville', value: 'x'.repeat(501) }]), {
        code: 'text_too_long',
        field: 'actions.0.value',
        params: { max: 500, length: 501 },
      });
      expectIssue(set([{ kind: 'unsubscribe' }, { kind: 'remove_tag', tag: ' ' }]), {
        code: 'tag_empty',
        field: 'actions.1.tag',
      });
    });

    it('template: needs a template', () => {
      expectIssue(around({ id: 't', type: 'template', data: { name: ' ', parameters: [] } }), {
        code: 'template_name_missing',
        field: 'name',
      });
    });

    it('http: needs an https URL without credentials, and complete values to save', () => {
      const http = (url: string, save: object[] = []) =>
        around({ id: 'call', type: 'http', data: { method: 'POST', url, headers: [], save } });
      for (const url of [
        'http://api.example.cm',
        'https://user:secret@api.example.cm/x',
        'ftp://x',
        '{{url}}',
      ])
        expectIssue(http(url), { code: 'http_url_invalid', field: 'url', params: { url } });
      const found = expectIssue(http('https://api.example.cm', [{ path: '', variable: '' }]), {
        code: 'http_save_invalid',
        field: 'save.0.path',
      });
      expect(found.map((issue) => issue.field)).toEqual(['save.0.path', 'save.0.variable']);
      expectIssue(http('https://api.example.cm', [{ path: 'data', variable: 'le statut' }]), {
        code: 'attribute_name_invalid',
        field: 'save.0.variable',
      });
    });

    it('wait: stays inside the 24-hour window', () => {
      expect(validateFlow(around({ id: 'w', type: 'wait', data: { seconds: 82_800 } }))).toEqual(
        [],
      );
      expectIssue(around({ id: 'w', type: 'wait', data: { seconds: 82_801 } }), {
        code: 'wait_too_long',
        field: 'seconds',
        params: { max: 82_800, seconds: 82_801 },
      });
    });

    it('jump: needs another node to go to', () => {
      expectIssue(around({ id: 'j', type: 'jump', data: { targetId: 'j' } }), {
        code: 'jump_target_missing',
        field: 'targetId',
      });
      expectIssue(around({ id: 'j', type: 'jump', data: { targetId: 'gone' } }), {
        code: 'jump_target_missing',
      });
    });

    it('handoff and end: a message within 4,096 characters', () => {
      const long = 'x'.repeat(4097);
      const document = flow(
        [start, { id: 'h', type: 'handoff', data: { target: { kind: 'auto' } } }, end('bye')],
        [['start', 'next', 'h']],
      );
      expect(issuesOf(document, 'unreachable_node')).toHaveLength(1);
      expectIssue(patched(document, 'h', { message: long }), {
        code: 'text_too_long',
        nodeId: 'h',
        field: 'message',
      });
      expectIssue(patched(document, 'bye', { message: long }), {
        code: 'text_too_long',
        nodeId: 'bye',
        field: 'message',
      });
    });
  });

  it('produces every issue code', () => {
    expect([...produced].sort()).toEqual([...FLOW_ISSUE_CODES].sort());
  });
});

describe('frenchIssueMessage', () => {
  const message = (
    code: FlowIssueCode,
    params: FlowIssue['params'] = {},
    field: string | null = null,
  ) => frenchIssueMessage({ code, nodeId: 'n', field, params });

  it('names what is at fault', () => {
    expect(
      message('button_title_too_long', {
        title: 'Réessayer 🔁🔁🔁🔁🔁🔁🔁🔁🔁🔁🔁🔁',
        max: 20,
        length: 23,
      }),
    ).toBe(
      'Le bouton «\u00a0Réessayer 🔁🔁🔁🔁🔁🔁🔁🔁🔁🔁🔁🔁\u00a0» dépasse 20 caractères (23).',
    );
    expect(message('choice_without_edge', { title: 'Kribi', item: 'row' })).toBe(
      'La ligne «\u00a0Kribi\u00a0» ne mène à aucune étape.',
    );
    expect(message('text_too_long', { max: 1024, length: 1100 }, 'media.caption')).toBe(
      'La légende dépasse 1024 caractères (1100).',
    );
    expect(message('text_required', {}, 'prompt')).toBe('La question est obligatoire.');
    expect(message('attribute_name_invalid', { name: 'ma ville' })).toContain(
      '«\u00a0ma ville\u00a0»',
    );
  });

  it('has a sentence for every code', () => {
    for (const code of FLOW_ISSUE_CODES) expect(message(code).length).toBeGreaterThan(15);
  });
});

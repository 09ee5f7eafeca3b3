import type { FlowNode } from '@shared/bot/flow.ts';
import { FLOW_ISSUE_CODES, type FlowIssue, type FlowIssueCode } from '@shared/bot/flow-issues.ts';
import { frenchIssueMessage } from '@shared/bot/validate.ts';
import { describe, expect, it } from 'vitest';
import { flowIssueMessage } from './flow-issue-messages';

/** An issue of each code, with the params validate.ts gives it. */
const samples: { readonly [C in FlowIssueCode]: Pick<FlowIssue, 'field' | 'params'> } = {
  no_start: { field: null, params: {} },
  several_starts: { field: null, params: {} },
  start_without_trigger: { field: 'triggers', params: {} },
  keyword_empty: { field: 'triggers.0.keywords', params: {} },
  dangling_edge: { field: null, params: { edgeId: 'e-1' } },
  handle_several_edges: { field: 'buttons.0.title', params: { handle: 'b1' } },
  unreachable_node: { field: null, params: {} },
  choice_without_edge: { field: 'buttons.0.title', params: { title: 'Oui', item: 'button' } },
  unguarded_loop: { field: null, params: {} },
  text_required: { field: 'prompt', params: {} },
  text_too_long: { field: 'retryMessage', params: { max: 900, length: 901 } },
  header_too_long: { field: 'header', params: { max: 60, length: 61 } },
  footer_too_long: { field: 'footer', params: { max: 60, length: 75 } },
  buttons_count: { field: 'buttons', params: { count: 4, min: 1, max: 3 } },
  button_title_empty: { field: 'buttons.1.title', params: { index: 2 } },
  button_title_too_long: {
    field: 'buttons.0.title',
    params: { title: 'Réessayer plus tard 🔁', max: 20, length: 21 },
  },
  button_titles_duplicate: { field: 'buttons.1.title', params: { title: 'Oui' } },
  list_rows_count: { field: 'sections', params: { count: 11, min: 1, max: 10 } },
  list_sections_count: { field: 'sections', params: { count: 11, max: 10 } },
  list_button_label_invalid: { field: 'buttonLabel', params: { max: 20, length: 0 } },
  row_title_empty: { field: 'sections.0.rows.2.title', params: { index: 3 } },
  row_title_too_long: {
    field: 'sections.0.rows.0.title',
    params: { title: 'Agence de Libreville centre', max: 24, length: 27 },
  },
  row_description_too_long: {
    field: 'sections.0.rows.0.description',
    params: { title: 'Horaires', max: 72, length: 80 },
  },
  row_titles_duplicate: { field: 'sections.1.rows.0.title', params: { title: 'Douala' } },
  section_title_required: { field: 'sections.1.title', params: { index: 2 } },
  section_title_too_long: {
    field: 'sections.0.title',
    params: { title: 'Nos agences du Cameroun et du Gabon', max: 24, length: 35 },
  },
  media_url_invalid: { field: 'media.url', params: { url: 'http://exemple.cm/a.png' } },
  ask_target_missing: { field: 'target.name', params: {} },
  ask_pattern_invalid: { field: 'pattern', params: { pattern: '([0-9]' } },
  condition_without_branches: { field: 'branches', params: {} },
  rule_incomplete: { field: 'branches.0.rules.0.value', params: { branch: 'Clients' } },
  time_invalid: { field: 'branches.0.rules.0.from', params: { value: '25:00' } },
  set_without_actions: { field: 'actions', params: {} },
  attribute_name_invalid: { field: 'actions.0.name', params: { name: 'ville natale' } },
  tag_empty: { field: 'actions.0.tag', params: {} },
  template_name_missing: { field: 'name', params: {} },
  http_url_invalid: { field: 'url', params: { url: 'https://user:pw@exemple.cm' } },
  http_save_invalid: { field: 'save.0.path', params: {} },
  wait_too_long: { field: 'seconds', params: { max: 82_800, seconds: 86_400 } },
  jump_target_missing: { field: 'targetId', params: {} },
};

function issue(code: FlowIssueCode): FlowIssue {
  return { code, nodeId: code === 'no_start' ? null : 'node-1', ...samples[code] };
}

/** The server's French as the interface writes it: plain spaces inside « ». */
function asInterface(french: string): string {
  return french.replaceAll('\u00a0', ' ');
}

describe('flowIssueMessage', () => {
  it('says every issue code, in the words of validate.ts', () => {
    for (const code of FLOW_ISSUE_CODES) {
      const message = flowIssueMessage(issue(code));
      expect(message, code).toBe(asInterface(frenchIssueMessage(issue(code))));
      expect(message, code).not.toMatch(/undefined|\{|\}/);
    }
  });

  it('names the button and the limit in code points', () => {
    expect(flowIssueMessage(issue('button_title_too_long'))).toBe(
      'Le bouton « Réessayer plus tard 🔁 » dépasse 20 caractères (21).',
    );
  });

  it('writes large figures the interface’s way', () => {
    const message = flowIssueMessage({
      code: 'text_too_long',
      nodeId: 'node-1',
      field: 'text',
      params: { max: 4096, length: 4100 },
    });
    expect(message).toBe('Le texte du message dépasse 4\u202f096 caractères (4\u202f100).');
  });

  it('names the outlet that has several edges when the node is known', () => {
    const node: FlowNode = {
      id: 'node-1',
      type: 'buttons',
      position: { x: 0, y: 0 },
      data: { body: 'Alors ?', header: '', footer: '', buttons: [{ id: 'b1', title: 'Oui' }] },
    };
    expect(flowIssueMessage(issue('handle_several_edges'), node)).toBe(
      'La sortie « Oui » a plusieurs liaisons : gardez-en une seule.',
    );
  });
});

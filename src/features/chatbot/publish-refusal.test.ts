import { describe, expect, it } from 'vitest';
import { readRefusedIssues } from './publish-refusal';

describe('readRefusedIssues', () => {
  it('reads the issues of a flow_invalid refusal, leaving out codes it does not know', () => {
    const issue = {
      code: 'button_title_too_long',
      nodeId: 'n1',
      field: 'buttons.0.title',
      params: { title: 'Réessayer plus tard', max: 20, length: 21 },
    };
    expect(
      readRefusedIssues({
        error: {
          code: 'flow_invalid',
          message: 'Le parcours ne peut pas être publié.',
          issues: [issue, { code: 'from_the_future', nodeId: null, field: null, params: {} }],
        },
      }),
    ).toEqual([issue]);
  });

  it('keeps an issue whose optional parts are malformed, without them', () => {
    expect(
      readRefusedIssues({
        error: { code: 'flow_invalid', issues: [{ code: 'no_start', params: [1] }] },
      }),
    ).toEqual([{ code: 'no_start', nodeId: null, field: null, params: {} }]);
  });

  it('is null for any other answer', () => {
    expect(
      readRefusedIssues({ error: { code: 'bot_requires_admin', message: 'Non.' } }),
    ).toBeNull();
    expect(readRefusedIssues('Internal Server Error')).toBeNull();
    expect(readRefusedIssues(undefined)).toBeNull();
  });
});

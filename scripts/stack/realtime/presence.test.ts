import { describe, expect, it } from 'vitest';
import { TopicPresence } from './presence';

describe('TopicPresence', () => {
  it('reports joins, replacements and leaves per channel', () => {
    const presence = new TopicPresence();
    const first = presence.track('c1', 'agent-1', { status: 'en ligne' });
    expect(first.leaves).toEqual({});
    expect(first.joins['agent-1']!.metas[0]).toMatchObject({ status: 'en ligne' });

    presence.track('c2', 'agent-1', { status: 'autre onglet' });
    expect(presence.state()['agent-1']!.metas).toHaveLength(2);

    const update = presence.track('c1', 'agent-1', { status: 'occupé' });
    expect(update.leaves['agent-1']!.metas[0]).toMatchObject({ status: 'en ligne' });
    expect(update.joins['agent-1']!.metas[0]!.phx_ref_prev).toBe(
      first.joins['agent-1']!.metas[0]!.phx_ref,
    );

    expect(presence.untrack('c2')?.leaves['agent-1']!.metas[0]).toMatchObject({
      status: 'autre onglet',
    });
    expect(presence.untrack('c2')).toBeUndefined();
    presence.untrack('c1');
    expect(presence.empty).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { formatSessionShare, readFlowStats } from './flow-stats';

describe('readFlowStats', () => {
  it('reads bot_flow_stats’s answer', () => {
    expect(
      readFlowStats({
        started: 12,
        completed: 7,
        handedOver: 3,
        expired: 1,
        active: 1,
        nodes: { menu: { entered: 12, droppedOff: 2 } },
      }),
    ).toEqual({
      started: 12,
      completed: 7,
      handedOver: 3,
      expired: 1,
      active: 1,
      nodes: { menu: { entered: 12, droppedOff: 2 } },
    });
  });

  it('counts what is missing or not a number as 0', () => {
    expect(readFlowStats(null)).toEqual({
      started: 0,
      completed: 0,
      handedOver: 0,
      expired: 0,
      active: 0,
      nodes: {},
    });
    expect(readFlowStats({ started: '4', nodes: { a: null } }).nodes).toEqual({
      a: { entered: 0, droppedOff: 0 },
    });
  });
});

describe('formatSessionShare', () => {
  it('writes a share of the sessions started, rounded, the French way', () => {
    expect(formatSessionShare(5, 13)).toBe('38\u00a0%');
    expect(formatSessionShare(13, 13)).toBe('100\u00a0%');
    expect(formatSessionShare(0, 0)).toBe('0\u00a0%');
  });
});

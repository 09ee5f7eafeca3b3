import { describe, expect, it } from 'vitest';
import { decideRefresh, type RefreshInput } from './refresh-rotation';

const base: RefreshInput = {
  presented: { token: 'parent000001', revoked: false, secondsSinceRevocation: 0 },
  active: { token: 'child0000001', parent: 'parent000001' },
  reuseIntervalSeconds: 10,
  rotationEnabled: true,
};

const revoked = (seconds: number, active: RefreshInput['active']): RefreshInput => ({
  ...base,
  presented: { ...base.presented, revoked: true, secondsSinceRevocation: seconds },
  active,
});

describe('decideRefresh', () => {
  it('rotates an active token', () => {
    expect(decideRefresh(base)).toEqual({ action: 'rotate' });
  });

  it("returns the session's active token when the presented one is its parent", () => {
    expect(decideRefresh(revoked(3600, base.active))).toEqual({
      action: 'return-active',
      token: 'child0000001',
    });
  });

  it('issues a child of a revoked token within the reuse interval', () => {
    const other = { token: 'grandchild01', parent: 'child0000001' };
    expect(decideRefresh(revoked(10, other))).toEqual({ action: 'rotate' });
    expect(decideRefresh(revoked(2, undefined))).toEqual({ action: 'rotate' });
  });

  it('treats a later reuse as theft and ends the session when rotation is on', () => {
    const other = { token: 'grandchild01', parent: 'child0000001' };
    expect(decideRefresh(revoked(10.5, other))).toEqual({
      action: 'reject-reuse',
      endSession: true,
    });
    expect(decideRefresh({ ...revoked(11, other), rotationEnabled: false })).toEqual({
      action: 'reject-reuse',
      endSession: false,
    });
  });
});

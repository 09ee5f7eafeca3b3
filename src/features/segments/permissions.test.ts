import { describe, expect, it } from 'vitest';
import { canManageSegments } from './permissions';

describe('canManageSegments', () => {
  it('lets owners and admins write segments, as row-level security does', () => {
    expect(canManageSegments('owner')).toBe(true);
    expect(canManageSegments('admin')).toBe(true);
    expect(canManageSegments('agent')).toBe(false);
    expect(canManageSegments('viewer')).toBe(false);
  });
});

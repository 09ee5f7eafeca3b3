import { describe, expect, it } from 'vitest';
import { canEditSegments } from './permissions';

describe('canEditSegments', () => {
  it('lets owners and admins write segments, as row-level security does', () => {
    expect(canEditSegments('owner')).toBe(true);
    expect(canEditSegments('admin')).toBe(true);
    expect(canEditSegments('agent')).toBe(false);
    expect(canEditSegments('viewer')).toBe(false);
  });
});

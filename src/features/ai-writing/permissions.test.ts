import { describe, expect, it } from 'vitest';
import { canWriteWithAi } from './permissions';

describe('canWriteWithAi', () => {
  it('lets agents and above write with the AI, as ai-generate does', () => {
    expect(canWriteWithAi('owner')).toBe(true);
    expect(canWriteWithAi('admin')).toBe(true);
    expect(canWriteWithAi('agent')).toBe(true);
    expect(canWriteWithAi('viewer')).toBe(false);
  });
});

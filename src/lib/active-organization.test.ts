import { describe, expect, it } from 'vitest';
import { pickActive } from './active-organization';

const memberships = [
  { role: 'owner', organization: { id: 'org-a' } },
  { role: 'agent', organization: { id: 'org-b' } },
];

describe('pickActive', () => {
  it('keeps the stored organisation when the user still belongs to it', () => {
    expect(pickActive(memberships, 'org-b')?.organization.id).toBe('org-b');
  });

  it('falls back to the first membership for a stale or missing id', () => {
    expect(pickActive(memberships, 'org-left')?.organization.id).toBe('org-a');
    expect(pickActive(memberships, null)?.organization.id).toBe('org-a');
  });

  it('returns nothing for a user without organisations', () => {
    expect(pickActive([], 'org-a')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { inviteSchema } from './invite-form';

describe('inviteSchema', () => {
  it('accepts the four roles', () => {
    for (const role of ['viewer', 'agent', 'admin', 'owner']) {
      expect(inviteSchema.parse({ role })).toEqual({ role });
    }
  });

  it('asks for a role in French', () => {
    const result = inviteSchema.safeParse({ role: 'superadmin' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Choisissez un rôle']);
  });
});

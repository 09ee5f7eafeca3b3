import { describe, expect, it } from 'vitest';
import { inviteSchema } from './invite-form';

function messages(values: Record<string, unknown>) {
  return inviteSchema.safeParse(values).error?.issues.map((issue) => issue.message) ?? [];
}

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

  it('takes an optional note of 120 characters at most, trimmed', () => {
    expect(inviteSchema.parse({ role: 'agent', note: '  pour Jean, accueil Douala ' })).toEqual({
      role: 'agent',
      note: 'pour Jean, accueil Douala',
    });
    expect(inviteSchema.parse({ role: 'agent', note: '' })).toEqual({ role: 'agent', note: '' });
    expect(messages({ role: 'agent', note: 'a'.repeat(120) })).toEqual([]);
    expect(messages({ role: 'agent', note: ` ${'a'.repeat(120)} ` })).toEqual([]);
    expect(messages({ role: 'agent', note: 'a'.repeat(121) })).toEqual([
      'La note compte 120 caractères au plus.',
    ]);
  });

  it('takes an optional e-mail address, checked only when given', () => {
    expect(inviteSchema.parse({ role: 'agent', email: '' })).toEqual({ role: 'agent', email: '' });
    expect(inviteSchema.parse({ role: 'agent', email: '   ' })).toEqual({
      role: 'agent',
      email: '',
    });
    expect(inviteSchema.parse({ role: 'agent', email: ' jean@cnsa.cm ' })).toEqual({
      role: 'agent',
      email: 'jean@cnsa.cm',
    });
    expect(messages({ role: 'agent', email: 'jean@' })).toEqual(['Adresse e-mail invalide']);
    expect(messages({ role: 'agent', email: `${'j'.repeat(250)}@cnsa.cm` })).toEqual([
      'Adresse e-mail trop longue',
    ]);
    expect(messages({ role: 'agent', email: 'jean cnsa.cm' })).toEqual(['Adresse e-mail invalide']);
  });
});

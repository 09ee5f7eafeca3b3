import { describe, expect, it } from 'vitest';
import { signInSchema } from './sign-in-form';

function issuesByField(input: unknown): Record<string, string[]> {
  const result = signInSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    (byField[field] ??= []).push(issue.message);
  }
  return byField;
}

describe('signInSchema', () => {
  it('accepts an e-mail and a password, trimming spaces around the e-mail', () => {
    const result = signInSchema.safeParse({ email: '  awa@cnsa.cm ', password: ' secret ' });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ email: 'awa@cnsa.cm', password: ' secret ' });
  });

  it('asks for both fields when the form is empty', () => {
    expect(issuesByField({ email: '', password: '' })).toEqual({
      email: ['Adresse e-mail requise'],
      password: ['Mot de passe requis'],
    });
  });

  it('treats an e-mail made of spaces as missing', () => {
    expect(issuesByField({ email: '   ', password: 'x' })).toEqual({
      email: ['Adresse e-mail requise'],
    });
  });

  it.each(['awa', 'awa@', '@cnsa.cm', 'awa@cnsa', 'awa cnsa@cnsa.cm'])(
    'rejects the malformed e-mail %j in French',
    (email) => {
      expect(issuesByField({ email, password: 'x' })).toEqual({
        email: ['Adresse e-mail invalide'],
      });
    },
  );
});

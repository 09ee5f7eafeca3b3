import { describe, expect, it } from 'vitest';
import { signUpSchema } from './sign-up-form';

describe('signUpSchema', () => {
  const valid = {
    fullName: ' Awa Proprio ',
    email: 'awa@cnsa.cm',
    password: 'motdepasse',
    passwordConfirmation: 'motdepasse',
  };

  function signUpIssues(input: unknown): Record<string, string[]> {
    const result = signUpSchema.safeParse(input);
    if (result.success) return {};
    const byField: Record<string, string[]> = {};
    for (const issue of result.error.issues) {
      (byField[String(issue.path[0])] ??= []).push(issue.message);
    }
    return byField;
  }

  it('accepts a complete form, trimming the name', () => {
    expect(signUpSchema.parse(valid).fullName).toBe('Awa Proprio');
  });

  it('asks for every field in French', () => {
    expect(
      signUpIssues({ fullName: '', email: '', password: '', passwordConfirmation: '' }),
    ).toEqual({
      fullName: ['Nom complet requis'],
      email: ['Adresse e-mail requise'],
      password: ['Mot de passe requis'],
      passwordConfirmation: ['Confirmez le mot de passe'],
    });
  });

  it('wants at least 8 characters and a matching confirmation', () => {
    expect(signUpIssues({ ...valid, password: 'court', passwordConfirmation: 'court' })).toEqual({
      password: ['Le mot de passe doit contenir au moins 8 caractères'],
    });
    expect(signUpIssues({ ...valid, passwordConfirmation: 'autrechose' })).toEqual({
      passwordConfirmation: ['Les mots de passe ne correspondent pas'],
    });
  });
});

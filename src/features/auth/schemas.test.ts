import { describe, expect, it } from 'vitest';
import { changePasswordSchema, signInSchema, signUpSchema } from './schemas';

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

describe('changePasswordSchema', () => {
  it('wants a long enough, confirmed new password', () => {
    expect(
      changePasswordSchema.safeParse({
        password: 'nouveau-mdp',
        passwordConfirmation: 'nouveau-mdp',
      }).success,
    ).toBe(true);
    const result = changePasswordSchema.safeParse({
      password: 'nouveau-mdp',
      passwordConfirmation: 'nouveau-mdx',
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Les mots de passe ne correspondent pas',
    ]);
  });
});

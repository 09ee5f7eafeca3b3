import { describe, expect, it } from 'vitest';
import { changePasswordSchema } from './change-password-form';

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

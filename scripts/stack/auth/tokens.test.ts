import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { accessTokenClaims, signAccessToken, verifyBearer } from './tokens';
import type { UserRecord } from './user-json';

const secret = new TextEncoder().encode('super-secret-jwt-token-with-at-least-32-characters-long');

const user = {
  id: '6f1c2f0e-2b7e-4d8e-9c4b-1a2b3c4d5e6f',
  aud: 'authenticated',
  role: 'authenticated',
  email: null,
  phone: '237699000001',
  raw_app_meta_data: { provider: 'phone', providers: ['phone'] },
  raw_user_meta_data: { name: 'Awa' },
  is_anonymous: false,
} as unknown as UserRecord;

describe('access tokens', () => {
  it("carries GoTrue's claims, in GoTrue's order, with aud as a string", async () => {
    const claims = accessTokenClaims({
      issuer: 'http://127.0.0.1:54321/auth/v1',
      user,
      sessionId: 'c7a1e1de-0000-4000-8000-000000000001',
      assurance: { aal: 'aal1', amr: [{ method: 'otp', timestamp: 1735725600 }] },
      issuedAt: 1735725600,
      expiresAt: 1735729200,
    });
    expect(Object.keys(claims)).toEqual([
      'iss',
      'sub',
      'aud',
      'exp',
      'iat',
      'email',
      'phone',
      'app_metadata',
      'user_metadata',
      'role',
      'aal',
      'amr',
      'session_id',
      'is_anonymous',
    ]);
    const token = await signAccessToken(claims, secret);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decodeJwt(token)).toMatchObject({
      aud: 'authenticated',
      email: '',
      phone: '237699000001',
    });
  });

  it('refuses a token signed with another secret or expired, with bad_jwt', async () => {
    const other = await signAccessToken(
      { sub: user.id, exp: 4102444800 },
      new TextEncoder().encode('x'.repeat(40)),
    );
    await expect(verifyBearer(other, secret)).rejects.toMatchObject({
      status: 403,
      code: 'bad_jwt',
    });
    const expired = await signAccessToken({ sub: user.id, exp: 1 }, secret);
    await expect(verifyBearer(expired, secret)).rejects.toThrow(/token is expired/);
    await expect(verifyBearer('not.a.jwt', secret)).rejects.toMatchObject({ code: 'bad_jwt' });
  });
});

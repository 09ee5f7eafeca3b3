import { describe, expect, it } from 'vitest';
import { claimProblems } from './hooks';

const valid = {
  aud: 'authenticated',
  exp: 1735729200,
  iat: 1735725600,
  sub: '6f1c2f0e-2b7e-4d8e-9c4b-1a2b3c4d5e6f',
  email: '',
  phone: '237699000001',
  role: 'authenticated',
  aal: 'aal1',
  session_id: 'c7a1e1de-0000-4000-8000-000000000001',
  is_anonymous: false,
  app_metadata: {},
  amr: [{ method: 'otp', timestamp: 1735725600 }],
};

describe('claimProblems', () => {
  it('accepts the standard claims plus extra ones', () => {
    expect(claimProblems({ ...valid, user_role: 'agent' })).toEqual([]);
  });

  it('lists missing required claims and claims of the wrong type', () => {
    const withoutSession = Object.fromEntries(
      Object.entries(valid).filter(([claim]) => claim !== 'session_id'),
    );
    expect(claimProblems({ ...withoutSession, exp: '1735729200', app_metadata: [] })).toEqual([
      'session_id is required',
      'exp: Invalid type. Expected: integer',
      'app_metadata: Invalid type. Expected: object',
    ]);
  });
});

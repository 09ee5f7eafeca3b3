import { describe, expect, it } from 'vitest';
import { rfc3339FromPostgres } from './db';
import { userJson, type UserRecord } from './user-json';

const user: UserRecord = {
  id: '6f1c2f0e-2b7e-4d8e-9c4b-1a2b3c4d5e6f',
  aud: 'authenticated',
  role: 'authenticated',
  email: 'awa@cnsa.cm',
  encrypted_password: '$2a$10$secret',
  email_confirmed_at: '2025-01-01T10:00:00.123456Z',
  invited_at: null,
  phone: null,
  phone_confirmed_at: null,
  confirmation_sent_at: null,
  confirmed_at: '2025-01-01T10:00:00.123456Z',
  recovery_sent_at: null,
  email_change: null,
  email_change_sent_at: null,
  phone_change: null,
  phone_change_sent_at: null,
  reauthentication_sent_at: null,
  last_sign_in_at: null,
  raw_app_meta_data: { provider: 'email', providers: ['email'] },
  raw_user_meta_data: null,
  created_at: '2025-01-01T10:00:00.1Z',
  updated_at: null,
  banned_until: null,
  deleted_at: null,
  is_anonymous: false,
  is_banned: false,
  identities: [
    {
      id: '0a0b0c0d-0000-4000-8000-000000000001',
      provider_id: '6f1c2f0e-2b7e-4d8e-9c4b-1a2b3c4d5e6f',
      user_id: '6f1c2f0e-2b7e-4d8e-9c4b-1a2b3c4d5e6f',
      identity_data: {},
      provider: 'email',
      last_sign_in_at: null,
      created_at: '2025-01-01T10:00:00Z',
      updated_at: '2025-01-01T10:00:00Z',
      email: null,
    },
  ],
};

describe('userJson', () => {
  it("keeps GoTrue's keys and order, omits empty optional fields and never shows secrets", () => {
    const json = userJson(user);
    expect(Object.keys(json)).toEqual([
      'id',
      'aud',
      'role',
      'email',
      'email_confirmed_at',
      'phone',
      'confirmed_at',
      'app_metadata',
      'user_metadata',
      'identities',
      'created_at',
      'updated_at',
      'is_anonymous',
    ]);
    expect(json).toMatchObject({
      phone: '',
      user_metadata: {},
      updated_at: '0001-01-01T00:00:00Z',
    });
    expect(JSON.stringify(json)).not.toContain('secret');
    expect(json.identities).toEqual([
      {
        identity_id: '0a0b0c0d-0000-4000-8000-000000000001',
        id: user.id,
        user_id: user.id,
        provider: 'email',
        created_at: '2025-01-01T10:00:00Z',
        updated_at: '2025-01-01T10:00:00Z',
      },
    ]);
  });
});

describe('rfc3339FromPostgres', () => {
  it('turns UTC timestamptz text into RFC 3339 with every fractional digit', () => {
    expect(rfc3339FromPostgres('2025-01-01 10:00:00.123456+00')).toBe(
      '2025-01-01T10:00:00.123456Z',
    );
    expect(rfc3339FromPostgres('2025-01-01 10:00:00+00')).toBe('2025-01-01T10:00:00Z');
  });
});

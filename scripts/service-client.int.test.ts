import { describe, expect, it } from 'vitest';
import { serviceClientFromEnv } from './service-client';
import { stackInfo } from '../test-support/clients';

describe('serviceClientFromEnv', () => {
  it('reaches the admin API with the configured service role key', async () => {
    const client = serviceClientFromEnv({
      SUPABASE_URL: stackInfo().apiUrl,
      SUPABASE_SERVICE_ROLE_KEY: stackInfo().serviceRoleKey,
    });
    const { data, error } = await client.auth.admin.listUsers({ page: 1, perPage: 1 });
    expect(error).toBeNull();
    expect(data.users).toHaveLength(1);
  });

  it('says in French which variable is missing', () => {
    expect(() => serviceClientFromEnv({ SUPABASE_URL: 'http://127.0.0.1:54321' })).toThrow(
      /SUPABASE_SERVICE_ROLE_KEY n'est pas définie/,
    );
  });
});

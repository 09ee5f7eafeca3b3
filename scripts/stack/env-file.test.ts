import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerEnv, readEnvFile, writeEnvFile } from './env-file';

describe('layerEnv', () => {
  it('lets later layers win, and an empty value leave the one below', () => {
    const stackFile = {
      SUPABASE_URL: 'http://127.0.0.1:54321',
      SUPABASE_SERVICE_ROLE_KEY: 'local',
    };
    const dotEnv = { SUPABASE_SERVICE_ROLE_KEY: '', WCAP_DB_PORT: '5433' };
    const environment = { SUPABASE_URL: 'https://projet.supabase.co', WCAP_DB_PORT: '' };
    expect(layerEnv(stackFile, dotEnv, environment)).toEqual({
      SUPABASE_URL: 'https://projet.supabase.co',
      SUPABASE_SERVICE_ROLE_KEY: 'local',
      WCAP_DB_PORT: '5433',
    });
  });
});

describe('writeEnvFile', () => {
  it('writes variables readEnvFile reads back, readable by its owner only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-env-'));
    try {
      const file = path.join(dir, 'supabase.env');
      const variables = { SUPABASE_URL: 'http://127.0.0.1:54321', SUPABASE_ANON_KEY: 'a.b.c' };
      writeEnvFile(file, variables);
      expect(readEnvFile(file)).toEqual(variables);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

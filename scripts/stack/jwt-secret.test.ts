import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JWT_SECRET_FILE, stackJwtSecret } from './jwt-secret';
import { StackError } from './stack-error';

const CLI_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';
const directories: string[] = [];

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-secret-'));
  directories.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of directories.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('stackJwtSecret', () => {
  it('creates a random secret in a data directory, readable by its owner only, and keeps it', () => {
    const dir = dataDir();
    const secret = stackJwtSecret({ configured: undefined, dataDir: dir });
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(secret).not.toBe(CLI_JWT_SECRET);
    const file = path.join(dir, JWT_SECRET_FILE);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(stackJwtSecret({ configured: undefined, dataDir: dir })).toBe(secret);
    expect(fs.readdirSync(dir)).toEqual([JWT_SECRET_FILE]);
  });

  it('gives two data directories two different secrets', () => {
    const first = stackJwtSecret({ configured: undefined, dataDir: dataDir() });
    const second = stackJwtSecret({ configured: undefined, dataDir: dataDir() });
    expect(first).not.toBe(second);
  });

  it('gives a stack without a kept directory (ephemeral) a fresh random secret each time', () => {
    const first = stackJwtSecret({ configured: undefined, dataDir: undefined });
    const second = stackJwtSecret({ configured: undefined, dataDir: undefined });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(first).not.toBe(second);
    expect(first).not.toBe(CLI_JWT_SECRET);
  });

  it('uses the configured secret (WCAP_JWT_SECRET) and writes nothing', () => {
    const dir = dataDir();
    const configured = 'a-secret-chosen-by-the-developer-0123456789';
    expect(stackJwtSecret({ configured, dataDir: dir })).toBe(configured);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a kept secret too short to sign with, saying in French how to repair it', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, JWT_SECRET_FILE), 'court\n');
    const attempt = () => stackJwtSecret({ configured: undefined, dataDir: dir });
    expect(attempt).toThrow(StackError);
    expect(attempt).toThrow(/trop court/);
  });
});

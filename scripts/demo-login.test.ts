import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoLogin } from './demo-login';
import { seedFile } from './stack/paths';

describe('demo login', () => {
  it('is the account that seed.sql creates', () => {
    const seed = fs.readFileSync(seedFile, 'utf8');
    expect(seed).toContain(`'${demoLogin.email}'`);
    expect(seed).toContain(`crypt('${demoLogin.password}'`);
  });
});

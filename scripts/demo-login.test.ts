import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoLogins, demoPassword } from './demo-login';
import { seedFile } from './stack/paths';

describe('demo logins', () => {
  it('are the accounts that seed.sql creates', () => {
    const seed = fs.readFileSync(seedFile, 'utf8');
    for (const { email } of demoLogins) expect(seed).toContain(`'${email}'`);
    expect(seed).toContain(`crypt('${demoPassword}'`);
  });
});

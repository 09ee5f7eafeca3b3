import { phoneRulesSql } from './phone-rules';

/**
 * `npx tsx scripts/phone-rules/generate.ts > rules.sql`: the SQL that fills private.phone_rules from
 * the installed libphonenumber-js. Migrations are append-only: after upgrading libphonenumber-js,
 * put this output in a new migration (phone-rules.int.test.ts fails until the database matches).
 */
process.stdout.write(`${phoneRulesSql()}\n`);

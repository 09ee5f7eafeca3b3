import pg from 'pg';
import { querySql } from '../stack/sql';
import { startStack } from '../stack/stack';

/**
 * `npm run bench:credits`: the credit ledger on an ephemeral stack. 10,000 debits of 1 credit on
 * one organisation, from 50 connections at once, each a call of private.move_credits as the
 * service role (what the Edge Functions do), its own transaction:
 * - covered: the balance covers every debit: debits per second;
 * - partial: the balance covers 4,000 of them: the rest must be refused with insufficient_credits.
 * After each run: credits debited beyond the balance there was (`overdrawn`), and whether the
 * ledger's lines add up, line by line, to the balance.
 * Prints BENCH_RESULT {json}; progress goes to stderr.
 */
const DEBITS = 10_000;
const CONNECTIONS = 50;
const PARTIAL_BALANCE = 4_000;

const log = (line: string) => process.stderr.write(`${line}\n`);

const stack = await startStack({ ephemeral: true });
const sql = <T extends pg.QueryResultRow>(text: string, params?: unknown[]) =>
  querySql<T>(stack.info.dbUrl, text, params);

/** A fresh organisation (no creator, so no welcome credits) topped up with `balance`. */
async function organisationWith(balance: number): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country)
     values ('Banc crédits', 'banc-credits-' || substr(md5(random()::text), 1, 10), 'CM', 'CM')
     returning id`,
  );
  await sql(`select private.move_credits($1, $2, 'topup', 'flw:bench')`, [row!.id, balance]);
  return row!.id;
}

interface Run {
  debitsPerSecond: number;
  applied: number;
  refused: number;
  overdrawn: number;
  ledgerMatchesBalance: boolean;
}

async function run(name: string, balance: number): Promise<Run> {
  const org = await organisationWith(balance);
  const clients = Array.from(
    { length: CONNECTIONS },
    () => new pg.Client({ connectionString: stack.info.dbUrl }),
  );
  await Promise.all(clients.map((client) => client.connect()));
  let next = 0;
  let applied = 0;
  let refused = 0;
  try {
    await Promise.all(clients.map((client) => client.query('set role service_role')));
    log(`${name}: ${DEBITS} debits from ${CONNECTIONS} connections on a balance of ${balance}`);
    const started = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        while (next < DEBITS) {
          const key = `ai:${name}:${next++}`;
          try {
            await client.query(
              `select applied from private.move_credits($1, -1, 'generation', $2, null, 'web',
                                                       '{"kind": "generation"}')`,
              [org, key],
            );
            applied += 1;
          } catch (error) {
            if ((error as pg.DatabaseError).hint !== 'insufficient_credits') throw error;
            refused += 1;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const [check] = await sql<{ balance: string; debited: string; lines_agree: boolean }>(
      `with lines as (
         select delta, balance_after, sum(delta) over (order by id) as running
         from public.credit_ledger where organization_id = $1
       )
       select (select balance from public.credit_wallets where organization_id = $1) as balance,
              -coalesce(sum(delta) filter (where delta < 0), 0) as debited,
              bool_and(balance_after = running)
                and sum(delta) = (select balance from public.credit_wallets where organization_id = $1)
                as lines_agree
       from lines`,
      [org],
    );
    const result = {
      debitsPerSecond: Math.round(DEBITS / seconds),
      applied,
      refused,
      overdrawn:
        Math.max(0, Number(check!.debited) - balance) + Math.max(0, -Number(check!.balance)),
      ledgerMatchesBalance: check!.lines_agree,
    };
    if (Number(check!.debited) !== applied) {
      throw new Error(`${name}: ${applied} debits answered, ${check!.debited} in the ledger`);
    }
    log(`${name}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

try {
  const covered = await run('covered', DEBITS);
  const partial = await run('partial', PARTIAL_BALANCE);
  if (covered.applied !== DEBITS || partial.applied !== PARTIAL_BALANCE) {
    throw new Error(
      `expected ${DEBITS} and ${PARTIAL_BALANCE} debits, got ${covered.applied} and ${partial.applied}`,
    );
  }
  const result = {
    debitsPerSecond: covered.debitsPerSecond,
    overdrawn: covered.overdrawn + partial.overdrawn,
    ledgerMatchesBalance: covered.ledgerMatchesBalance && partial.ledgerMatchesBalance,
    debits: DEBITS,
    connections: CONNECTIONS,
    partial: {
      balance: PARTIAL_BALANCE,
      applied: partial.applied,
      refused: partial.refused,
      debitsPerSecond: partial.debitsPerSecond,
    },
  };
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
} finally {
  await stack.stop();
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_REFUSAL_DETAIL_KEYS,
  CONTACT_REFUSAL_REASONS,
  FUNCTION_ERROR_CODES,
  SQL_ERROR_CODES,
  SQL_ERROR_DETAIL_KEYS,
  serverErrorValues,
} from '../../supabase/functions/_shared/server-error-codes';
import { migrationsDir } from '../stack/paths';

// Every server error a person may read carries a code the SPA translates (design §8): each
// `raise exception` of the migrations has a hint listed in _shared/server-error-codes.ts, with the
// detail keys listed there, and each `{ error: { code } }` of the Edge Functions is listed too;
// nothing is listed that nothing raises. Read from the source, so it needs no database.

const functionsDir = path.join(path.dirname(migrationsDir), 'functions');

/** The SQL without its comments (string literals kept as they are). */
function withoutComments(sql: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < sql.length; i += 1) {
    const char = sql[i]!;
    if (char === "'") quoted = !quoted;
    if (!quoted && char === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i += 1;
      out += '\n';
      continue;
    }
    out += char;
  }
  return out;
}

/** Where the statement or expression starting at `from` ends: `;` or a comma, outside quotes and parentheses. */
function endOf(text: string, from: number, stops: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (depth === 0 && stops.includes(char)) return i;
    // A `case … end` holds commas only inside parentheses; `;` always ends the statement.
  }
  return text.length;
}

/** The arguments of the call whose opening parenthesis is at `open`, split at top-level commas. */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = open + 1;
  for (let i = open + 1; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return args;
      }
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error(`unbalanced call at ${open}`);
}

const literals = (expression: string): string[] =>
  [...expression.matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1]!.replaceAll("''", "'"));

interface Raise {
  file: string;
  statement: string;
  fields: Map<string, string>;
}

const migrations = fs
  .readdirSync(migrationsDir)
  .filter((name) => name.endsWith('.sql'))
  .sort()
  .map((name) => ({
    file: name,
    sql: withoutComments(fs.readFileSync(path.join(migrationsDir, name), 'utf8')),
  }));
const allSql = migrations.map((migration) => migration.sql).join('\n');

const raises: Raise[] = migrations.flatMap(({ file, sql }) =>
  [...sql.matchAll(/raise\s+exception\b/gi)].map((match) => {
    const start = match.index;
    const statement = sql.slice(start, endOf(sql, start, ';'));
    const fields = new Map<string, string>();
    const using = /\busing\b/i.exec(statement);
    if (using) {
      let at = using.index + using[0].length;
      while (at < statement.length) {
        const field = /^\s*(\w+)\s*=\s*/.exec(statement.slice(at));
        if (!field) break;
        const valueStart = at + field[0].length;
        const valueEnd = endOf(statement, valueStart, ',');
        fields.set(field[1]!.toLowerCase(), statement.slice(valueStart, valueEnd).trim());
        at = valueEnd + 1;
      }
    }
    return { file, statement, fields };
  }),
);

/** The codes a raise's hint can take: literals, or the codes passed to private.require_role. */
function codesOf(raise: Raise): string[] {
  const hint = raise.fields.get('hint') ?? '';
  if (hint === 'refusal_code') {
    // Its calls, not its definition.
    return [...allSql.matchAll(/(?<!function )private\.require_role\(/g)].map((call) => {
      const args = callArguments(allSql, call.index + call[0].length - 1);
      expect(args, 'private.require_role(org, at_least, refusal, refusal_code)').toHaveLength(4);
      return literals(args[3]!)[0]!;
    });
  }
  // A `case … then 'code' … else 'code' end` gives the codes after then and else.
  if (/^case\b/i.test(hint)) {
    return [...hint.matchAll(/\b(?:then|else)\s+'([^']*)'/gi)].map((match) => match[1]!);
  }
  return literals(hint);
}

/** The keys of a `jsonb_build_object(k1, v1, k2, v2…)::text` detail. */
function detailKeys(detail: string): string[] | 'dynamic' {
  const call = /^jsonb_build_object\(/.exec(detail);
  if (!call) return 'dynamic';
  const args = callArguments(detail, call[0].length - 1);
  return args.filter((_, index) => index % 2 === 0).map((key) => literals(key)[0]!);
}

describe('SQL errors meant for people', () => {
  it('are found', () => {
    expect(raises.length).toBeGreaterThan(80);
  });

  it('each carry an errcode, a French message and a listed snake_case code as hint', () => {
    const listed = new Set<string>(SQL_ERROR_CODES);
    const problems: string[] = [];
    for (const raise of raises) {
      const where = `${raise.file}: ${raise.statement.slice(0, 140).replace(/\s+/g, ' ')}`;
      if (!raise.fields.has('errcode')) problems.push(`no errcode: ${where}`);
      if (!raise.fields.has('message')) problems.push(`no message: ${where}`);
      if (!raise.fields.has('hint')) {
        problems.push(`no hint: ${where}`);
        continue;
      }
      const codes = codesOf(raise);
      if (codes.length === 0) problems.push(`no code in the hint: ${where}`);
      for (const code of codes) {
        if (!/^[a-z]+(_[a-z]+)*$/.test(code)) problems.push(`not snake_case: ${code} (${where})`);
        else if (!listed.has(code)) problems.push(`not in SQL_ERROR_CODES: ${code} (${where})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('list only codes some migration raises, each once', () => {
    const raised = new Set(raises.flatMap(codesOf));
    expect(SQL_ERROR_CODES.filter((code) => !raised.has(code))).toEqual([]);
    expect(new Set(SQL_ERROR_CODES).size).toBe(SQL_ERROR_CODES.length);
  });

  it('name one French sentence per code', () => {
    const sentences = new Map<string, Set<string>>();
    for (const raise of raises) {
      const codes = codesOf(raise);
      if (codes.length !== 1 || raise.fields.get('hint') === 'refusal_code') continue;
      // The sentence is the message's first literal (a format() template, whatever it fills in).
      const expression = raise.fields.get('message')!;
      const message = (/'(?:[^']|'')*'/.exec(expression)?.[0] ?? expression).replace(/\s+/g, ' ');
      sentences.set(codes[0]!, (sentences.get(codes[0]!) ?? new Set()).add(message));
    }
    const ambiguous = [...sentences].filter(([, messages]) => messages.size > 1);
    expect(ambiguous).toEqual([]);
  });

  it('give the varying parts of their sentence in the detail, with the listed keys', () => {
    const problems: string[] = [];
    for (const raise of raises) {
      const detail = raise.fields.get('detail');
      for (const code of codesOf(raise)) {
        const expected: readonly string[] =
          (SQL_ERROR_DETAIL_KEYS as Record<string, readonly string[]>)[code] ?? [];
        if (detail === undefined) {
          if (expected.length > 0) problems.push(`${code}: no detail, expected ${expected}`);
          continue;
        }
        if (!detail.endsWith('::text')) problems.push(`${code}: detail not cast to text`);
        const keys = detailKeys(detail.replace(/::text$/, ''));
        if (keys === 'dynamic') {
          // Only contact_refused passes a refusal built elsewhere (checked below).
          if (code !== 'contact_refused')
            problems.push(`${code}: detail is not jsonb_build_object`);
        } else if ([...keys].sort().join() !== [...expected].sort().join()) {
          problems.push(`${code}: detail keys ${keys}, listed ${expected}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('contact_refused', () => {
  // Refusals are built as jsonb_build_object('reason', 'x', …) or written as '{"reason": "x", …}'.
  const built = [...allSql.matchAll(/jsonb_build_object\(\s*'reason'/g)].map((match) => {
    const args = callArguments(allSql, match.index + 'jsonb_build_object'.length);
    const keys = args.filter((_, index) => index % 2 === 0).map((key) => literals(key)[0]!);
    return { reason: literals(args[1]!)[0]!, keys: keys.filter((key) => key !== 'reason') };
  });
  const written = [...allSql.matchAll(/'(\{"reason":[^']*\})'/g)].map((match) => {
    const value = JSON.parse(match[1]!) as Record<string, unknown>;
    return {
      reason: String(value.reason),
      keys: Object.keys(value).filter((key) => key !== 'reason'),
    };
  });
  const refusals = [...built, ...written];

  it('names each cause with a listed reason, and every listed reason is used', () => {
    const used = new Set(refusals.map((refusal) => refusal.reason));
    expect([...used].sort()).toEqual([...CONTACT_REFUSAL_REASONS].sort());
  });

  it('has a French sentence for every reason', () => {
    const start = allSql.indexOf('create function private.contact_refusal_message');
    const body = allSql.slice(start, allSql.indexOf('$$;', start));
    const worded = [...body.matchAll(/when '([a-z_]+)'\s+then/g)].map((match) => match[1]);
    expect(worded.sort()).toEqual([...CONTACT_REFUSAL_REASONS].sort());
  });

  it('gives each reason the listed values', () => {
    const problems = refusals.flatMap(({ reason, keys }) => {
      const expected: readonly string[] =
        (CONTACT_REFUSAL_DETAIL_KEYS as Record<string, readonly string[]>)[reason] ?? [];
      return [...keys].sort().join() === [...expected].sort().join()
        ? []
        : [`${reason}: ${keys}, listed ${expected}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('Edge Function error codes', () => {
  const sources = (fs.readdirSync(functionsDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !/\.test\.ts$/.test(file))
    .map((file) => fs.readFileSync(path.join(functionsDir, file), 'utf8'));
  const answered = new Set(
    sources.flatMap((source) => [
      ...[...source.matchAll(/errorResponse\(\s*[^,()]+,\s*'([^']+)'/g)].map((m) => m[1]!),
      // Refusals built before the answer (bounded-json.ts): { status, code, message }; those
      // relaying a SQL refusal (move_credits' insufficient_credits…) carry the SQL code.
      ...[...source.matchAll(/\bcode:\s*'([^']+)'/g)]
        .map((m) => m[1]!)
        .filter((code) => !(SQL_ERROR_CODES as readonly string[]).includes(code)),
    ]),
  );

  it('are found', () => {
    expect(answered.size).toBeGreaterThan(10);
  });

  it('are all listed, and only those', () => {
    expect([...answered].sort()).toEqual([...FUNCTION_ERROR_CODES].sort());
    expect(new Set(FUNCTION_ERROR_CODES).size).toBe(FUNCTION_ERROR_CODES.length);
  });

  it('never reuse a SQL code', () => {
    const sqlCodes = new Set<string>(SQL_ERROR_CODES);
    expect(FUNCTION_ERROR_CODES.filter((code) => sqlCodes.has(code))).toEqual([]);
  });
});

describe('serverErrorValues', () => {
  it('reads a JSON detail, and nothing from Postgres’s own sentences', () => {
    expect(serverErrorValues('{"limit": 25000}')).toEqual({ limit: 25000 });
    expect(serverErrorValues('Key (phone)=(+237) already exists.')).toEqual({});
    expect(serverErrorValues('{broken')).toEqual({});
    expect(serverErrorValues(null)).toEqual({});
  });
});

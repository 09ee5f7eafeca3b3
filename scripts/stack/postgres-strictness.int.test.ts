import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { querySql, withClient } from './sql';
import { stackInfo } from '../../test-support/clients';

// Migrations and the seed run as hosted Supabase's `postgres`: not a superuser. What Supabase refuses
// it must be refused here too, with the SQLSTATE Postgres gives; what supautils allows it on
// Supabase (allowed extensions, policies on Supabase's own tables) must work.

const asPostgres = <T extends pg.QueryResultRow>(text: string, params?: unknown[]) =>
  querySql<T>(stackInfo().dbUrl, text, params);
const asAdmin = <T extends pg.QueryResultRow>(text: string, params?: unknown[]) =>
  querySql<T>(stackInfo().adminDbUrl, text, params);

/** Runs `statements` as `postgres` in a transaction always rolled back; resolves to its SQLSTATE. */
async function sqlStateOf(statements: string): Promise<string | undefined> {
  return withClient(stackInfo().dbUrl, async (client) => {
    await client.query('begin');
    try {
      await client.query(statements);
      return undefined;
    } catch (error) {
      return (error as pg.DatabaseError).code;
    } finally {
      await client.query('rollback');
    }
  });
}

describe('the migrations role', () => {
  it('is `postgres` with hosted attributes, and may SET ROLE to the API roles only', async () => {
    const [role] = await asPostgres(
      `select current_user as name, rolsuper, rolcreatedb, rolcreaterole, rolreplication,
              rolbypassrls, rolcanlogin,
              array(select b.rolname::text from pg_auth_members m join pg_roles b on b.oid = m.roleid
                    where m.member = r.oid order by 1) as member_of
         from pg_roles r where rolname = current_user`,
    );
    expect(role).toEqual({
      name: 'postgres',
      rolsuper: false,
      rolcreatedb: true,
      rolcreaterole: true,
      rolreplication: true,
      rolbypassrls: true,
      rolcanlogin: true,
      member_of: [
        'anon',
        'authenticated',
        'pg_monitor',
        'pg_read_all_data',
        'pg_signal_backend',
        'service_role',
      ],
    });
    expect(await sqlStateOf('set role authenticated; select auth.uid()')).toBeUndefined();
    expect(await sqlStateOf('set role service_role')).toBeUndefined();
    expect(await sqlStateOf('set role supabase_auth_admin')).toBe('42501');
    expect(await sqlStateOf('set role supabase_admin')).toBe('42501');
  });

  it('creates the extensions supautils allows, and no other', async () => {
    // Trusted, allowed, and (pg_stat_statements) untrusted but on supautils' list.
    expect(
      await sqlStateOf(`create extension if not exists citext with schema extensions;
                        create extension pg_stat_statements with schema extensions`),
    ).toBeUndefined();
    // Not on the list, and not trusted: superuser only.
    expect(await sqlStateOf('create extension file_fdw')).toBe('42501');
    expect(await sqlStateOf('create extension pageinspect')).toBe('42501');
    // Superuser rights end with the command.
    expect(
      await sqlStateOf(`create extension pg_stat_statements with schema extensions;
                        alter system set work_mem = '8MB'`),
    ).toBe('25001'); // alter system refuses a transaction block before it checks privileges
    const [after] = await asPostgres<{ rolsuper: boolean }>(
      `select rolsuper from pg_roles where rolname = 'postgres'`,
    );
    expect(after?.rolsuper).toBe(false);
  });

  it('is refused what needs a superuser, with Postgres’ own SQLSTATE', async () => {
    const refused = async (statement: string): Promise<string | undefined> => {
      try {
        await asPostgres(statement);
        return undefined;
      } catch (error) {
        return (error as pg.DatabaseError).code;
      }
    };
    expect(await refused(`alter system set work_mem = '8MB'`)).toBe('42501');
    expect(
      await sqlStateOf(`create function public.strictness_noop() returns event_trigger
                          language plpgsql as $$ begin end $$;
                        create event trigger strictness_watch on ddl_command_end
                          execute function public.strictness_noop()`),
    ).toBe('42501');
    expect(await sqlStateOf('create table auth.strictness (id int)')).toBe('42501');
    expect(await sqlStateOf('create function auth.strictness() returns int return 1')).toBe(
      '42501',
    );
    expect(await sqlStateOf('create table realtime.strictness (id int)')).toBe('42501');
    expect(await sqlStateOf('alter table auth.users add column strictness int')).toBe('42501');
    expect(await sqlStateOf('alter table realtime.messages add column strictness int')).toBe(
      '42501',
    );
    expect(await sqlStateOf('alter role authenticator set statement_timeout = 1')).toBe('42501');
    expect(await sqlStateOf(`copy (select 1) to program 'true'`)).toBe('42501');
    // A custom setting attached to a function: only a superuser may (plain Postgres and Supabase).
    expect(
      await sqlStateOf(`create function public.strictness_claims() returns int
                          language sql set "wcap.strictness" = '' return 1`),
    ).toBe('42501');
  });

  it('adds policies to Supabase’s own tables (supautils’ policy_grants), not to others’', async () => {
    expect(
      await sqlStateOf(`create policy strictness on realtime.messages for select to authenticated
                          using (false);
                        alter policy strictness on realtime.messages using (true);
                        drop policy strictness on realtime.messages;
                        create function public.strictness_trigger() returns trigger
                          language plpgsql as $$ begin return new; end $$;
                        create trigger strictness after insert on auth.users
                          for each row execute function public.strictness_trigger();
                        drop trigger strictness on auth.users`),
    ).toBeUndefined();
    // Sessions doing so at the same time wait for one another instead of failing.
    const concurrent = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        sqlStateOf(`create policy strictness_${n} on realtime.messages for select using (false);
                    select pg_sleep(0.1)`),
      ),
    );
    expect(concurrent).toEqual([undefined, undefined, undefined, undefined]);
    // A table of supabase_admin that is not on supautils' list.
    expect(
      await sqlStateOf('create policy strictness on extensions.wcap_supautils using (true)'),
    ).toBe('42501');
  });

  it('may not change what supabase_admin keeps for itself', async () => {
    expect(await sqlStateOf('delete from extensions.wcap_supautils')).toBe('42501');
    expect(await sqlStateOf('drop event trigger wcap_supautils_grant')).toBe('42501');
  });
});

describe('Supabase base objects', () => {
  it("gives auth.users' token columns GoTrue's own defaults", async () => {
    const columns = await asAdmin<{ name: string; nullable: string; default: string | null }>(
      `select column_name as name, is_nullable as nullable, column_default as default
         from information_schema.columns
        where table_schema = 'auth' and table_name = 'users'
          and column_name in ('confirmation_token', 'recovery_token', 'email_change_token_new',
                              'email_change', 'email_change_token_current', 'phone_change',
                              'phone_change_token', 'reauthentication_token')
        order by column_name`,
    );
    const empty = "''::character varying";
    expect(columns).toEqual([
      { name: 'confirmation_token', nullable: 'YES', default: null },
      { name: 'email_change', nullable: 'YES', default: null },
      { name: 'email_change_token_current', nullable: 'YES', default: empty },
      { name: 'email_change_token_new', nullable: 'YES', default: null },
      { name: 'phone_change', nullable: 'YES', default: "''::text" },
      { name: 'phone_change_token', nullable: 'YES', default: empty },
      { name: 'reauthentication_token', nullable: 'YES', default: empty },
      { name: 'recovery_token', nullable: 'YES', default: null },
    ]);
  });

  it('has realtime.send(payload jsonb, event text, topic text, private boolean default true)', async () => {
    const functions = await asPostgres<{ args: string; owner: string; definer: boolean }>(
      `select pg_get_function_arguments(p.oid) as args, p.proowner::regrole::text as owner,
              p.prosecdef as definer
         from pg_proc p where p.pronamespace = 'realtime'::regnamespace and p.proname = 'send'`,
    );
    expect(functions).toEqual([
      {
        args: 'payload jsonb, event text, topic text, private boolean DEFAULT true',
        owner: 'supabase_realtime_admin',
        definer: false,
      },
    ]);
    const topic = `strictness-${Date.now().toString(36)}`;
    // As service_role (bypasses RLS), the message is stored with its topic and an id in its payload.
    await withClient(stackInfo().dbUrl, async (client) => {
      await client.query('begin');
      await client.query('set local role service_role');
      await client.query(`select realtime.send('{"n": 1}'::jsonb, 'progress', $1, true)`, [topic]);
      const { rows } = await client.query<{ event: string; private: boolean; n: number }>(
        `select event, private, (payload ->> 'n')::int as n, payload ? 'id' as has_id
           from realtime.messages where topic = $1`,
        [topic],
      );
      await client.query('rollback');
      expect(rows).toEqual([{ event: 'progress', private: true, n: 1, has_id: true }]);
    });
    // As anon, RLS refuses the insert: realtime.send only warns, as upstream.
    await withClient(stackInfo().dbUrl, async (client) => {
      const warnings: string[] = [];
      client.on('notice', (notice) => warnings.push(notice.message ?? ''));
      await client.query('begin');
      await client.query('set local role anon');
      await client.query(`select realtime.send('{}'::jsonb, 'x', $1)`, [topic]);
      await client.query('rollback');
      expect(warnings.join('\n')).toMatch(/WarnSendingBroadcastMessage: new row violates/);
    });
  });

  it('lets the Auth service refuse a user whose token columns are NULL, as GoTrue does', async () => {
    const { apiUrl, anonKey } = stackInfo();
    const email = `jetons-nuls-${Date.now().toString(36)}@wcap.test`;
    await asAdmin(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
                               email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
                               created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated',
               'authenticated', $1, extensions.crypt('Mdp-strictness-1', extensions.gen_salt('bf', 4)),
               now(), '{"provider":"email","providers":["email"]}', '{}', now(), now())`,
      [email],
    );
    const signIn = () =>
      fetch(`${apiUrl}/auth/v1/token?grant_type=password`, {
        method: 'POST',
        headers: { apikey: anonKey, 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'Mdp-strictness-1' }),
      });
    const refused = await signIn();
    expect(refused.status).toBe(500);
    expect(await refused.json()).toMatchObject({
      error_code: 'unexpected_failure',
      msg: 'Database error querying schema',
    });

    await asAdmin(
      `update auth.users set confirmation_token = '', recovery_token = '',
              email_change_token_new = '', email_change = '' where email = $1`,
      [email],
    );
    expect((await signIn()).status).toBe(200);
  });
});

import { describe, expect, it } from 'vitest';
import { stackInfo } from '../../test-support/clients';
import { sql } from '../../test-support/database';
import { withClient } from '../stack/sql';

// Who may call what. Postgres lets PUBLIC execute every new function, and the Data API's roles
// reach schema private (policies call its helpers), so each function there is executable only
// when a statement running with the caller's rights needs it — listed here, one reason each.

const executableByAuthenticated: Record<string, string> = {
  // Row-level security policies run as the caller.
  'private.caller_organizations(member_role)': 'every tenant policy: the caller’s organisations',
  'private.caller_teammates()':
    'profiles policy: the people the caller shares an organisation with',
  'private.is_super_admin()': 'organisations policy, and the trigger guarding their fields',
  // Triggers that guard members' writes run as the writer.
  'private.from_client_role()': 'triggers guarding organisations, profiles and templates',
  // Check constraints and the domain public.e164 run as the writer.
  'private.is_time_zone(text)': 'organizations.time_zone check',
  'private.is_valid_segment(jsonb)': 'segments.criteria check',
  'private.segment_condition(jsonb)': 'called by the segments check and bulk_update_contacts',
  'private.is_calendar_day(jsonb)': 'called by segment_condition',
  'private.campaign_outcome_predicate(text)': 'called by segment_condition',
  'private.is_valid_audience(jsonb)': 'campaigns.audience check',
  'private.is_e164(text)': 'the check of the domain public.e164 (phone columns)',
  'private.search_key(text)': 'the contacts search index expression, computed on each write',
  // public.bulk_update_contacts runs as the caller, so that row-level security decides.
  'private.has_role(uuid,member_role)': 'bulk_update_contacts checks the caller’s role',
  'private.contact_selection(jsonb,text)': 'bulk_update_contacts builds its selection',
  'private.search_pattern(text)': 'bulk_update_contacts matches its search text',
  // Edge Functions acting as the caller (20261207000800_functions_act_as_caller.sql): each checks
  // the caller's role itself (private.require_role).
  'private.require_wati_manager(uuid)': 'wati-connection refuses a non-admin caller first',
  'private.require_template_syncer(uuid)': 'wati-sync-templates refuses a non-admin caller first',
  'private.wati_connection_status(uuid)': 'wati-connection shows the connection to admins',
  'private.wati_credentials(uuid)': 'functions calling Wati for an admin',
  'private.save_wati_connection(uuid,text,text,text)': 'wati-connection saves checked credentials',
  'private.prepare_invitation_email(uuid,text)':
    'send-invitation-email checks the role, the link and the hourly limit as the caller',
  'private.remove_wati_connection(uuid)': 'wati-connection forgets the credentials',
  'private.record_wati_connection_check(uuid,text)': 'wati-connection records a test',
  'private.rotate_webhook_secret(uuid)': 'wati-connection rotates the webhook secret',
  'private.store_wati_templates(uuid,jsonb)': 'wati-sync-templates stores what Wati listed',
  // The inbox (20261209000100_inbox_schema.sql and after).
  'private.caller_organizations_seeing_all()':
    'conversations and messages policies: where the caller sees every conversation',
  'private.caller_participations()': 'conversations policy: where the caller was mentioned',
  'private.caller_inbox_topics(member_role)': 'realtime.messages policies of the inbox channels',
  'private.require_inbox_agent(uuid)': 'wati-sandbox-simulate refuses viewers and strangers first',
  'private.prepare_reply(uuid,uuid,jsonb)': 'inbox-send files the caller’s reply as the caller',
  'private.prepare_retry(uuid)': 'inbox-send queues the caller’s failed reply again',
  'private.unread_count(uuid,uuid)': 'inbox_conversations (run as the caller) counts unread',
  'private.inbox_page(uuid,text,conversation_status[],text,uuid,uuid,boolean,text,text,integer,integer)':
    'inbox_conversations builds its page as the caller, with only the filters asked for',
  // Wati's own chatbots (20261212000400_wati_chatbot_runs.sql): wati-chatbots acts as the caller.
  'private.require_wati_chatbot_reader(uuid)': 'wati-chatbots refuses a stranger before Wati',
  'private.check_wati_chatbot_start(uuid,uuid,uuid)':
    'wati-chatbots checks the role, the contact or the segment before Wati',
  'private.create_wati_chatbot_run(uuid,text,text,uuid,uuid,interval)':
    'wati-chatbots records the run the caller asked for',
  'private.cancel_wati_chatbot_run(uuid)': 'wati-chatbots cancels a run for an admin',
  // Credits (20261216000200_credit_payments.sql): credits-checkout acts as the caller.
  'private.open_credit_payment(uuid,text,uuid)':
    'credits-checkout opens a payment for an owner or admin, refusing anyone else',
};

interface Grant extends Record<string, unknown> {
  name: string;
  public: boolean;
  anon: boolean;
  authenticated: boolean;
}

const privateFunctions = () =>
  sql<Grant>(`
    select p.oid::regprocedure::text as name,
           has_function_privilege('public', p.oid, 'execute') as public,
           has_function_privilege('anon', p.oid, 'execute') as anon,
           has_function_privilege('authenticated', p.oid, 'execute') as authenticated
    from pg_proc p
    where p.pronamespace = 'private'::regnamespace
    order by 1`);

// The RPCs the SPA calls (src/**/api.ts): every one callable by a signed-in user.
const spaRpcs = [
  'accept_invitation',
  'add_note',
  'answer_unmatched_with_faq',
  'answer_unmatched_with_new_faq',
  'answer_unmatched_with_synonym',
  'assign_conversation',
  'bot_flow_stats',
  'bulk_update_contacts',
  'campaign_progress',
  'campaign_timeline',
  'cancel_campaign',
  'contact_attribute_keys',
  'contact_message_history',
  'contact_tags',
  'count_contacts',
  'create_campaign_segment',
  'create_invitation',
  'create_organization',
  'dismiss_unmatched',
  'duplicate_campaign',
  'estimate_campaign',
  'faq_test',
  'find_contacts',
  'import_contacts',
  'import_faq',
  'inbox_conversations',
  'inbox_counts',
  'inbox_heartbeat',
  'invitation_preview',
  'launch_campaign',
  'list_contacts',
  'mark_conversation_read',
  'mark_notifications_read',
  'organization_usage',
  'pause_campaign',
  'resume_campaign',
  'retry_contact_sync',
  'roll_back_bot_flow',
  'save_bot_synonym',
  'save_faq_entry',
  'set_agent_capacity',
  'set_conversation_status',
  'update_conversation_details',
  'wati_chatbot_audience',
];

describe('functions of schema private', () => {
  it('PUBLIC and anon execute none', async () => {
    const functions = await privateFunctions();
    expect(functions.length).toBeGreaterThan(50);
    expect(functions.filter((f) => f.public).map((f) => f.name)).toEqual([]);
    expect(functions.filter((f) => f.anon).map((f) => f.name)).toEqual([]);
  });

  it('authenticated executes exactly the allow-list', async () => {
    const functions = await privateFunctions();
    // Both sides sorted alike: Postgres' collation and JavaScript disagree on « ( » and « _ ».
    expect(
      functions
        .filter((f) => f.authenticated)
        .map((f) => f.name)
        .sort(),
    ).toEqual(Object.keys(executableByAuthenticated).sort());
  });
});

describe('functions of schema public', () => {
  it('the SPA’s RPCs are callable by a signed-in user; only the invitation preview by anyone', async () => {
    const rows = await sql<{ name: string; anon: boolean; authenticated: boolean }>(
      `select p.proname as name,
              bool_and(has_function_privilege('anon', p.oid, 'execute')) as anon,
              bool_and(has_function_privilege('authenticated', p.oid, 'execute')) as authenticated
       from pg_proc p where p.pronamespace = 'public'::regnamespace and p.proname = any ($1)
       group by p.proname order by 1`,
      [spaRpcs],
    );
    expect(rows.map((row) => row.name)).toEqual([...spaRpcs].sort());
    expect(rows.filter((row) => !row.authenticated)).toEqual([]);
    expect(rows.filter((row) => row.anon).map((row) => row.name)).toEqual(['invitation_preview']);
  });
});

describe('functions created from now on', () => {
  it('are not executable by PUBLIC; in schema public, the API roles still get them', async () => {
    const created = await withClient(stackInfo().dbUrl, async (client) => {
      await client.query('begin');
      try {
        await client.query('set local role postgres');
        await client.query(`create function private.probe_default_privileges() returns int
                              language sql as 'select 1'`);
        await client.query(`create function public.probe_default_privileges() returns int
                              language sql as 'select 1'`);
        const { rows } = await client.query<{ name: string; roles: string[] }>(`
          select p.oid::regprocedure::text as name,
                 array(select r from unnest(array['public', 'anon', 'authenticated', 'service_role']) r
                       where has_function_privilege(r, p.oid, 'execute')) as roles
          from pg_proc p where p.proname = 'probe_default_privileges' order by 1`);
        return rows;
      } finally {
        await client.query('rollback');
      }
    });
    expect(created).toEqual([
      { name: 'private.probe_default_privileges()', roles: [] },
      {
        name: 'probe_default_privileges()',
        roles: ['anon', 'authenticated', 'service_role'],
      },
    ]);
  });
});

import type { Persona, Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';

export type Operation = 'select' | 'insert' | 'update' | 'delete';
export type Outcome = 'allowed' | 'denied';
export type Expectations = Record<Operation, Persona[]>;

export type Row = Record<string, unknown>;

/**
 * How the matrix exercises one table or view of `public` against the team's organisation. Every
 * write here must succeed as `service_role` (the test proves it before each attempt), so that a
 * persona's refusal is row-level security or a privilege, never a broken fixture — except the
 * writes listed in `serviceRefused`.
 */
export interface RelationCase {
  /** Primary-key columns, to aim each operation at one row. */
  key: string[];
  /** A row of the team's organisation for select and update; a fresh one for each delete. */
  target(team: Team): Promise<Row>;
  /** A row to delete when the target cannot be deleted even by the service role. */
  deletable?(team: Team): Promise<Row>;
  /** A new row claiming to belong to the team's organisation (omit when nobody may insert). */
  insert?(team: Team): Promise<Row>;
  /** A harmless change for update attempts (made afresh for each attempt when a function). */
  update?: Row | ((team: Team) => Row);
  /** Who may do each operation; everyone else must be refused. */
  allowed: Expectations;
  /**
   * Writes the service role is refused too (42501), for tables only SQL functions write: the
   * control is then that refusal, after the service role has seen the very row aimed at.
   */
  serviceRefused?: Exclude<Operation, 'select'>[];
  /** Removes what the fixtures left outside any organisation, once the matrix is done. */
  cleanup?(): Promise<void>;
}

const nobody: Persona[] = [];
const members: Persona[] = ['owner', 'admin', 'agent', 'viewer'];
const managers: Persona[] = ['owner', 'admin'];

async function inviteTo(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.invitations (organization_id, role, invited_by) values ($1, 'agent', $2) returning id`,
    [team.organizationId, team.userIds.owner],
  );
  return { id: row!.id };
}

/** A second organisation with the same team, so deleting it leaves the fixture intact. */
async function organisationLike(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country, agents_quota)
     values ('Jetable', 'jetable-' || substr(md5(random()::text), 1, 10), 'CM', 'CM', 10) returning id`,
  );
  await sql(
    `insert into public.memberships (organization_id, user_id, role)
     select $1, user_id, role from public.memberships where organization_id = $2`,
    [row!.id, team.organizationId],
  );
  return { id: row!.id };
}

async function templateOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.whatsapp_templates (organization_id, name, status, body, parameters)
     values ($1, 'modele_' || substr(md5(random()::text), 1, 8), 'APPROVED', 'Bonjour {{1}}', '{1}')
     returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

/** An unassigned conversation of a new contact: every member of the team sees it. */
async function conversationOf(team: Team): Promise<Row> {
  const { id: contactId } = await contactOf(team);
  const [row] = await sql<{ id: string }>(
    `insert into public.conversations (organization_id, contact_id) values ($1, $2) returning id`,
    [team.organizationId, contactId],
  );
  return { id: row!.id, contact_id: contactId };
}

async function messageOf(team: Team): Promise<Row> {
  const { id: conversationId, contact_id: contactId } = await conversationOf(team);
  const [row] = await sql<{ id: string }>(
    `insert into public.messages (organization_id, conversation_id, contact_id, author, body)
     values ($1, $2, $3, 'contact', 'Bonjour') returning id`,
    [team.organizationId, conversationId, contactId],
  );
  return { id: row!.id };
}

async function teamOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.teams (organization_id, name) values ($1, 'Équipe ' || substr(md5(random()::text), 1, 8))
     returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function cannedResponseOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.canned_responses (organization_id, short_code, content)
     values ($1, 'r' || substr(md5(random()::text), 1, 8), 'Bonjour {{contact.name}}') returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function faqEntryOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.faq_entries (organization_id, answer) values ($1, 'Du lundi au vendredi.')
     returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

/** A flow with one published version. */
async function botFlowOf(team: Team): Promise<Row & { version_id: string }> {
  const [row] = await sql<{ id: string; version_id: string }>(
    `with f as (
       insert into public.bot_flows (organization_id, name, draft) values ($1, 'Accueil', '{}') returning id
     ),
     v as (
       insert into public.bot_flow_versions (organization_id, flow_id, number, document)
       select $1, f.id, 1, '{}' from f returning id, flow_id
     )
     select v.flow_id as id, v.id as version_id from v`,
    [team.organizationId],
  );
  return { id: row!.id, version_id: row!.version_id };
}

const randomSuffix = (): string => crypto.randomUUID().replaceAll('-', '').slice(0, 10);

/** The prefix of the plans and credit packs the matrix creates, all removed once it is done. */
const throwawayPlan = 'jetable_';

/** An account written straight into auth.users; it gets its profile as a sign-up does. */
async function newAccount(): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into auth.users (id, aud, role) values (gen_random_uuid(), 'authenticated', 'authenticated')
     returning id`,
  );
  return row!.id;
}

/** A Cameroonian mobile number (MTN 67x): members may only add numbers WhatsApp can reach. */
const randomPhone = (): string =>
  `+23767${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

async function contactOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.contacts (organization_id, phone, name) values ($1, $2, 'Awa') returning id`,
    [team.organizationId, randomPhone()],
  );
  return { id: row!.id };
}

async function consentEventOf(team: Team): Promise<Row> {
  const { id } = await contactOf(team);
  await sql(
    `update public.contacts set opt_in_status = 'opted_out', opt_in_source = 'whatsapp' where id = $1`,
    [id],
  );
  const [row] = await sql<{ id: string }>(
    `select id from public.contact_consent_events where contact_id = $1`,
    [id],
  );
  return { id: row!.id };
}

async function segmentOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.segments (organization_id, name, criteria)
     values ($1, 'Segment ' || substr(md5(random()::text), 1, 8), '{"match":"all","conditions":[]}')
     returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function draftCampaignOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.campaigns (organization_id, name) values ($1, 'Brouillon') returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function campaignRecipientOf(team: Team): Promise<Row> {
  const { id: campaignId } = await draftCampaignOf(team);
  const [row] = await sql<{ id: string }>(
    `insert into public.campaign_recipients (campaign_id, organization_id, phone, local_message_id)
     values ($1, $2, $3, gen_random_uuid()::text) returning id`,
    [campaignId, team.organizationId, randomPhone()],
  );
  return { id: row!.id };
}

/** A run of one of Wati's chatbots, already cancelled: no sweep ever calls Wati for it. */
async function watiChatbotRunOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `insert into public.wati_chatbot_runs (organization_id, chatbot_id, chatbot_name, kind, status)
     values ($1, '66c5a0e1f1b2c3d4e5f61001', 'Accueil et orientation', 'segment', 'cancelled')
     returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function watiChatbotRecipientOf(team: Team): Promise<Row> {
  const { id: runId } = await watiChatbotRunOf(team);
  const { id: contactId } = await contactOf(team);
  const [row] = await sql<{ id: string }>(
    `insert into public.wati_chatbot_run_recipients (run_id, organization_id, contact_id, status)
     values ($1, $2, $3, 'cancelled') returning id`,
    [runId, team.organizationId, contactId],
  );
  return { id: row!.id };
}

/** A new line of the team's credit ledger, written the one way credits move. */
async function creditLedgerLineOf(team: Team): Promise<Row> {
  const [row] = await sql<{ ledger_id: string }>(
    `select ledger_id from private.move_credits($1, 1, 'adjustment', 'matrice:' || $2)`,
    [team.organizationId, randomSuffix()],
  );
  return { id: Number(row!.ledger_id) };
}

/** A payment opened for the team, the one way payments are made. */
async function creditPaymentOf(team: Team): Promise<Row> {
  const [row] = await sql<{ id: string }>(
    `select id from private.open_credit_payment($1, 'pack_50', $2)`,
    [team.organizationId, team.userIds.admin],
  );
  return { id: row!.id };
}

/** Nobody writes the credit tables through the API, not even the service role. */
const functionsOnly: RelationCase['serviceRefused'] = ['insert', 'update', 'delete'];

/**
 * Expected access to every relation of `public`, persona by persona. The test fails for a relation
 * missing here, for an entry whose relation is gone, and for a table without row-level security.
 */
export const rlsMatrix: Record<string, RelationCase> = {
  plans: {
    key: ['id'],
    // Not Starter: organisations refer to it, so not even the service role may delete it.
    target: async () => {
      const [row] = await sql<{ id: string }>(
        `insert into public.plans (id, name, price_xaf)
         values ($1 || substr(md5(random()::text), 1, 10), 'Jetable', 75000) returning id`,
        [throwawayPlan],
      );
      return { id: row!.id };
    },
    insert: async () => ({
      id: `${throwawayPlan}${randomSuffix()}`,
      name: 'Gratuit',
      price_xaf: 0,
    }),
    update: { price_xaf: 1 },
    allowed: {
      select: ['owner', 'admin', 'agent', 'viewer', 'stranger', 'anonymous'],
      insert: nobody,
      update: nobody,
      delete: nobody,
    },
    cleanup: async () => {
      await sql(`delete from public.plans where starts_with(id, $1)`, [throwawayPlan]);
    },
  },
  organizations: {
    key: ['id'],
    target: organisationLike,
    insert: async () => ({
      name: 'Intruse',
      slug: `intruse-${randomSuffix()}`,
      country_code: 'CM',
      default_phone_country: 'CM',
    }),
    update: { name: 'Renommée' },
    allowed: { select: members, insert: nobody, update: managers, delete: ['owner'] },
  },
  profiles: {
    key: ['id'],
    target: async (team) => {
      await sql(`update public.profiles set full_name = 'Propriétaire' where id = $1`, [
        team.userIds.owner,
      ]);
      return { id: team.userIds.owner };
    },
    // Another team-mate's: the owner's profile cannot go, it would take the last owner with it.
    deletable: async (team) => {
      const id = await newAccount();
      await sql(
        `insert into public.memberships (organization_id, user_id, role) values ($1, $2, 'viewer')`,
        [team.organizationId, id],
      );
      return { id };
    },
    // An account whose profile is missing: the only profile the service role could add.
    insert: async () => {
      const id = await newAccount();
      await sql(`delete from public.profiles where id = $1`, [id]);
      return { id, full_name: 'Fantôme' };
    },
    update: { full_name: 'Nom changé' },
    allowed: { select: members, insert: nobody, update: ['owner'], delete: nobody },
  },
  memberships: {
    key: ['organization_id', 'user_id'],
    target: async (team) => {
      await sql(
        `insert into public.memberships (organization_id, user_id, role) values ($1, $2, 'viewer')
         on conflict (organization_id, user_id) do update set role = 'viewer'`,
        [team.organizationId, team.userIds.viewer],
      );
      return { organization_id: team.organizationId, user_id: team.userIds.viewer };
    },
    insert: async (team) => ({
      organization_id: team.organizationId,
      user_id: team.userIds.stranger,
      role: 'owner',
    }),
    update: { role: 'agent' },
    // The viewer deleting its own membership is leaving the organisation.
    allowed: {
      select: members,
      insert: nobody,
      update: managers,
      delete: ['owner', 'admin', 'viewer'],
    },
  },
  whatsapp_templates: {
    key: ['id'],
    target: templateOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      name: 'intrus',
      status: 'APPROVED',
      body: 'x',
    }),
    update: { parameter_mapping: { '1': { source: 'field', value: 'name' } } },
    allowed: { select: members, insert: nobody, update: managers, delete: nobody },
  },
  teams: {
    key: ['id'],
    target: teamOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      name: `Intruse ${randomSuffix()}`,
    }),
    update: () => ({ name: `Renommée ${randomSuffix()}` }),
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  team_members: {
    key: ['team_id', 'user_id'],
    target: async (team) => {
      const { id } = await teamOf(team);
      await sql(
        `insert into public.team_members (organization_id, team_id, user_id) values ($1, $2, $3)`,
        [team.organizationId, id, team.userIds.agent],
      );
      return { team_id: id, user_id: team.userIds.agent };
    },
    insert: async (team) => ({
      organization_id: team.organizationId,
      team_id: (await teamOf(team)).id,
      user_id: team.userIds.agent,
    }),
    // Membership of a team is added or removed, never moved to someone else.
    update: { created_at: '2026-01-01T00:00:00.000Z' },
    allowed: { select: members, insert: managers, update: nobody, delete: managers },
  },
  inbox_settings: {
    key: ['organization_id'],
    target: async (team) => {
      await sql(
        `insert into public.inbox_settings (organization_id) values ($1) on conflict do nothing`,
        [team.organizationId],
      );
      return { organization_id: team.organizationId };
    },
    // Every organisation gets its settings when it is created: only one without them takes a row.
    deletable: async (team) => ({ organization_id: (await organisationLike(team)).id }),
    insert: async (team) => {
      const { id } = await organisationLike(team);
      await sql(`delete from public.inbox_settings where organization_id = $1`, [id]);
      return { organization_id: id };
    },
    update: () => ({ waiting_alert_minutes: 2 + Math.floor(Math.random() * 1000) }),
    allowed: { select: members, insert: nobody, update: managers, delete: nobody },
  },
  bot_settings: {
    key: ['organization_id'],
    target: async (team) => ({ organization_id: team.organizationId }),
    // Every organisation gets its settings when it is created: only one without them takes a row.
    deletable: async (team) => ({ organization_id: (await organisationLike(team)).id }),
    insert: async (team) => {
      const { id } = await organisationLike(team);
      await sql(`delete from public.bot_settings where organization_id = $1`, [id]);
      return { organization_id: id };
    },
    update: () => ({ session_timeout_minutes: 5 + Math.floor(Math.random() * 10_000) }),
    allowed: { select: members, insert: nobody, update: managers, delete: nobody },
  },
  bot_synonyms: {
    key: ['organization_id', 'term'],
    target: async (team) => {
      const term = `t${randomSuffix()}`;
      await sql(
        `insert into public.bot_synonyms (organization_id, term, expansion) values ($1, $2, 'bonjour')`,
        [team.organizationId, term],
      );
      return { organization_id: team.organizationId, term };
    },
    insert: async (team) => ({
      organization_id: team.organizationId,
      term: `i${randomSuffix()}`,
      expansion: 'intrus',
    }),
    update: { expansion: 'bonsoir' },
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  bot_flows: {
    key: ['id'],
    target: async (team) => ({ id: (await botFlowOf(team)).id }),
    insert: async (team) => ({ organization_id: team.organizationId, name: 'Intrus', draft: {} }),
    update: () => ({ name: `Renommé ${randomSuffix()}` }),
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  bot_flow_versions: {
    key: ['id'],
    target: async (team) => ({ id: (await botFlowOf(team)).version_id }),
    insert: async (team) => ({
      organization_id: team.organizationId,
      flow_id: (await botFlowOf(team)).id,
      number: 2,
      document: {},
    }),
    // Its document and number never change (a trigger refuses even the service role).
    update: () => ({ published_at: new Date(Date.now() - Math.random() * 1e10).toISOString() }),
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  bot_sessions: {
    key: ['id'],
    target: async (team) => {
      const flow = await botFlowOf(team);
      const { id: conversationId } = await conversationOf(team);
      const [row] = await sql<{ id: string }>(
        `insert into public.bot_sessions (organization_id, conversation_id, flow_id, version_id, state, expires_at)
         values ($1, $2, $3, $4, '{}', now() + interval '1 hour') returning id`,
        [team.organizationId, conversationId, flow.id, flow.version_id],
      );
      return { id: row!.id };
    },
    insert: async (team) => {
      const flow = await botFlowOf(team);
      return {
        organization_id: team.organizationId,
        conversation_id: (await conversationOf(team)).id,
        flow_id: flow.id,
        version_id: flow.version_id,
        state: {},
        expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      };
    },
    update: () => ({ turn: 1 + Math.floor(Math.random() * 10_000) }),
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  faq_entries: {
    key: ['id'],
    target: faqEntryOf,
    insert: async (team) => ({ organization_id: team.organizationId, answer: 'Intrus' }),
    update: { answer: 'Réécrit' },
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  faq_questions: {
    key: ['id'],
    target: async (team) => {
      const { id: entryId } = await faqEntryOf(team);
      const [row] = await sql<{ id: string }>(
        `insert into public.faq_questions (organization_id, entry_id, question)
         values ($1, $2, 'Quels sont vos horaires ?') returning id`,
        [team.organizationId, entryId],
      );
      return { id: row!.id };
    },
    insert: async (team) => ({
      organization_id: team.organizationId,
      entry_id: (await faqEntryOf(team)).id,
      question: 'Intrus ?',
    }),
    update: { question: 'Réécrite ?' },
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  // Written by the bot's runtime (private.log_unmatched_message); admins change a row's status
  // only through the functions of 20261212000300_bot_knowledge_base.sql.
  bot_unmatched_messages: {
    key: ['id'],
    target: async (team) => {
      const [row] = await sql<{ id: string }>(
        `insert into public.bot_unmatched_messages (organization_id, text, normalized)
         values ($1, 'Vous livrez à Oyem ?', 'vous livrez a oyem ' || $2) returning id`,
        [team.organizationId, randomSuffix()],
      );
      return { id: row!.id };
    },
    insert: async (team) => ({
      organization_id: team.organizationId,
      text: 'Intrus',
      normalized: `intrus ${randomSuffix()}`,
    }),
    update: { status: 'dismissed' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  inbox_agents: {
    key: ['organization_id', 'user_id'],
    target: async (team) => {
      await sql(
        `insert into public.inbox_agents (organization_id, user_id) values ($1, $2) on conflict do nothing`,
        [team.organizationId, team.userIds.agent],
      );
      return { organization_id: team.organizationId, user_id: team.userIds.agent };
    },
    insert: async (team) => ({
      organization_id: team.organizationId,
      user_id: team.userIds.viewer,
    }),
    update: () => ({ capacity: 2 + Math.floor(Math.random() * 400) }),
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  conversations: {
    key: ['id'],
    target: async (team) => ({ id: (await conversationOf(team)).id }),
    insert: async (team) => ({
      organization_id: team.organizationId,
      contact_id: (await contactOf(team)).id,
    }),
    update: { status: 'resolved' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  conversation_participants: {
    key: ['conversation_id', 'user_id'],
    target: async (team) => {
      const { id } = await conversationOf(team);
      await sql(
        `insert into public.conversation_participants (conversation_id, organization_id, user_id)
         values ($1, $2, $3)`,
        [id, team.organizationId, team.userIds.agent],
      );
      return { conversation_id: id, user_id: team.userIds.agent };
    },
    insert: async (team) => ({
      conversation_id: (await conversationOf(team)).id,
      organization_id: team.organizationId,
      user_id: team.userIds.viewer,
    }),
    update: { created_at: '2026-01-01T00:00:00.000Z' },
    // Each member sees only where they take part.
    allowed: { select: ['agent'], insert: nobody, update: nobody, delete: nobody },
  },
  conversation_reads: {
    key: ['user_id', 'conversation_id'],
    target: async (team) => {
      const { id } = await conversationOf(team);
      await sql(
        `insert into public.conversation_reads (conversation_id, user_id, organization_id, last_read_at)
         values ($1, $2, $3, now())`,
        [id, team.userIds.agent, team.organizationId],
      );
      return { user_id: team.userIds.agent, conversation_id: id };
    },
    insert: async (team) => ({
      conversation_id: (await conversationOf(team)).id,
      user_id: team.userIds.viewer,
      organization_id: team.organizationId,
      last_read_at: new Date().toISOString(),
    }),
    // Read markers move only through mark_conversation_read.
    update: { last_read_at: '2026-01-01T00:00:00.000Z' },
    allowed: { select: ['agent'], insert: nobody, update: nobody, delete: nobody },
  },
  messages: {
    key: ['id'],
    target: messageOf,
    insert: async (team) => {
      const { id, contact_id } = await conversationOf(team);
      return {
        organization_id: team.organizationId,
        conversation_id: id,
        contact_id,
        author: 'agent',
        body: 'Intrus',
      };
    },
    update: { body: 'Réécrit' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  canned_responses: {
    key: ['id'],
    target: cannedResponseOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      short_code: `intrus${randomSuffix()}`,
      content: 'Bonjour',
    }),
    update: { content: 'Bonsoir' },
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  notifications: {
    key: ['id'],
    target: async (team) => {
      const [row] = await sql<{ id: string }>(
        `insert into public.notifications (organization_id, user_id, kind, excerpt)
         values ($1, $2, 'mention', 'Awa') returning id`,
        [team.organizationId, team.userIds.agent],
      );
      return { id: row!.id };
    },
    insert: async (team) => ({
      organization_id: team.organizationId,
      user_id: team.userIds.agent,
      kind: 'mention',
    }),
    update: { excerpt: 'Lu' },
    // Only the person notified sees it; it is marked read through mark_notifications_read.
    allowed: { select: ['agent'], insert: nobody, update: nobody, delete: nobody },
  },
  csat_surveys: {
    key: ['id'],
    target: async (team) => {
      const { id, contact_id } = await conversationOf(team);
      const [row] = await sql<{ id: string }>(
        `insert into public.csat_surveys (organization_id, conversation_id, contact_id, channel)
         values ($1, $2, $3, 'not_sent') returning id`,
        [team.organizationId, id, contact_id],
      );
      return { id: row!.id };
    },
    insert: async (team) => {
      const { id, contact_id } = await conversationOf(team);
      return {
        organization_id: team.organizationId,
        conversation_id: id,
        contact_id,
        channel: 'template',
      };
    },
    update: { rating: 5 },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  contacts: {
    key: ['id'],
    target: contactOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      phone: randomPhone(),
      name: 'Intrus',
    }),
    update: { name: 'Renommé' },
    allowed: {
      select: members,
      insert: ['owner', 'admin', 'agent'],
      update: ['owner', 'admin', 'agent'],
      delete: managers,
    },
  },
  contact_consent_events: {
    key: ['id'],
    target: consentEventOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      contact_id: (await contactOf(team)).id,
      status: 'opted_in',
      source: 'manual',
    }),
    update: { source: 'api' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  segments: {
    key: ['id'],
    target: segmentOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      name: `Intrus ${crypto.randomUUID()}`,
      criteria: { match: 'all', conditions: [] },
    }),
    update: { description: 'Décrit autrement' },
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  campaigns: {
    key: ['id'],
    target: draftCampaignOf,
    insert: async (team) => ({ organization_id: team.organizationId, name: 'Intruse' }),
    update: { name: 'Renommée' },
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  campaign_recipients: {
    key: ['id'],
    target: campaignRecipientOf,
    insert: async (team) => ({
      campaign_id: (await draftCampaignOf(team)).id,
      organization_id: team.organizationId,
      phone: randomPhone(),
      local_message_id: crypto.randomUUID(),
    }),
    update: { status: 'read' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  // Chosen by the platform's admins in migrations or ops scripts (20261216000100_credits.sql).
  credit_packs: {
    key: ['id'],
    target: async () => {
      const [row] = await sql<{ id: string }>(
        `insert into public.credit_packs (id, credits, price_xaf)
         values ($1 || $2, 10, 1000) returning id`,
        [throwawayPlan, randomSuffix()],
      );
      return { id: row!.id };
    },
    insert: async () => ({ id: `${throwawayPlan}${randomSuffix()}`, credits: 1000, price_xaf: 1 }),
    update: { price_xaf: 1 },
    allowed: {
      select: [...members, 'stranger'],
      insert: nobody,
      update: nobody,
      delete: nobody,
    },
    serviceRefused: functionsOnly,
    cleanup: async () => {
      await sql(`delete from public.credit_packs where starts_with(id, $1)`, [throwawayPlan]);
    },
  },
  // Moved only by private.move_credits; every organisation has its wallet from its creation.
  credit_wallets: {
    key: ['organization_id'],
    target: async (team) => ({ organization_id: team.organizationId }),
    insert: async (team) => {
      const { id } = await organisationLike(team);
      await sql(`delete from public.credit_wallets where organization_id = $1`, [id]);
      return { organization_id: id, balance: 1_000_000 };
    },
    update: { balance: 1_000_000 },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
    serviceRefused: functionsOnly,
  },
  credit_ledger: {
    key: ['id'],
    target: creditLedgerLineOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      delta: 1_000_000,
      reason: 'adjustment',
      channel: 'system',
      balance_after: 1_000_000,
      idempotency_key: `intrus:${randomSuffix()}`,
    }),
    update: { delta: 1_000_000 },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
    serviceRefused: functionsOnly,
  },
  // Opened by credits-checkout, settled by flutterwave-webhook (20261216000200_credit_payments.sql).
  credit_payments: {
    key: ['id'],
    target: creditPaymentOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      pack_id: 'pack_300',
      credits: 1_000_000,
      amount_xaf: 1,
      tx_ref: `wcap-${crypto.randomUUID()}`,
    }),
    update: { credits: 1_000_000 },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
    serviceRefused: functionsOnly,
  },
  invitations: {
    key: ['id'],
    target: inviteTo,
    insert: async (team) => ({ organization_id: team.organizationId, role: 'owner' }),
    update: { role: 'owner' },
    allowed: { select: managers, insert: nobody, update: nobody, delete: managers },
  },
  // Written only by wati-chatbots through its SQL functions (start, sweep, cancel).
  wati_chatbot_runs: {
    key: ['id'],
    target: watiChatbotRunOf,
    insert: async (team) => ({
      organization_id: team.organizationId,
      chatbot_id: '66c5a0e1f1b2c3d4e5f61001',
      chatbot_name: 'Intrus',
      kind: 'contact',
      status: 'cancelled',
    }),
    update: { chatbot_name: 'Renommé' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  wati_chatbot_run_recipients: {
    key: ['id'],
    target: watiChatbotRecipientOf,
    insert: async (team) => ({
      run_id: (await watiChatbotRunOf(team)).id,
      organization_id: team.organizationId,
      status: 'cancelled',
    }),
    update: { status: 'started' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
};

export function expectedOutcome(
  entry: RelationCase,
  persona: Persona,
  operation: Operation,
): Outcome {
  return entry.allowed[operation].includes(persona) ? 'allowed' : 'denied';
}

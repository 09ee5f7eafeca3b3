import type { Persona, Team } from './personas';
import { sql } from './personas';

export type Operation = 'select' | 'insert' | 'update' | 'delete';
export type Outcome = 'allowed' | 'denied';
export type Expectations = Record<Operation, Persona[]>;

/** How the matrix exercises one table or view of `public` against the team's organisation. */
export interface RelationCase {
  /** Primary-key columns, to aim each operation at one row. */
  key: string[];
  /** A row of the team's organisation for select and update; a fresh one for each delete. */
  target(team: Team): Promise<Record<string, unknown>>;
  /** A new row claiming to belong to the team's organisation (omit when nobody may insert). */
  insert?(team: Team): Record<string, unknown>;
  /** A harmless change for update attempts. */
  update?: Record<string, unknown>;
  /** Who may do each operation; everyone else must be refused. */
  allowed: Expectations;
}

const nobody: Persona[] = [];
const members: Persona[] = ['owner', 'admin', 'agent', 'viewer'];
const managers: Persona[] = ['owner', 'admin'];

async function inviteTo(team: Team): Promise<Record<string, unknown>> {
  const [row] = await sql<{ id: string }>(
    `insert into public.invitations (organization_id, role, invited_by) values ($1, 'agent', $2) returning id`,
    [team.organizationId, team.userIds.owner],
  );
  return { id: row!.id };
}

/** A second organisation with the same team, so deleting it leaves the fixture intact. */
async function organisationLike(team: Team): Promise<Record<string, unknown>> {
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

/**
 * Expected access to every relation of `public`, persona by persona. The test fails for a relation
 * missing here, for an entry whose relation is gone, and for a table without row-level security.
 */
async function templateOf(team: Team): Promise<Record<string, unknown>> {
  const [row] = await sql<{ id: string }>(
    `insert into public.whatsapp_templates (organization_id, name, status, body, parameters)
     values ($1, 'modele_' || substr(md5(random()::text), 1, 8), 'APPROVED', 'Bonjour {{1}}', '{1}')
     returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function messageOf(team: Team): Promise<Record<string, unknown>> {
  const [row] = await sql<{ id: string }>(
    `insert into public.whatsapp_messages (organization_id, direction, local_message_id, phone)
     values ($1, 'outbound', gen_random_uuid()::text, '+237690000000') returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

const randomPhone = (): string =>
  `+2376${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function contactOf(team: Team): Promise<Record<string, unknown>> {
  const [row] = await sql<{ id: string }>(
    `insert into public.contacts (organization_id, phone, name) values ($1, $2, 'Awa') returning id`,
    [team.organizationId, randomPhone()],
  );
  return { id: row!.id };
}

async function consentEventOf(team: Team): Promise<Record<string, unknown>> {
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

async function segmentOf(team: Team): Promise<Record<string, unknown>> {
  const [row] = await sql<{ id: string }>(
    `insert into public.segments (organization_id, name, criteria)
     values ($1, 'Segment ' || substr(md5(random()::text), 1, 8), '{"match":"all","conditions":[]}')
     returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function draftCampaignOf(team: Team): Promise<Record<string, unknown>> {
  const [row] = await sql<{ id: string }>(
    `insert into public.campaigns (organization_id, name) values ($1, 'Brouillon') returning id`,
    [team.organizationId],
  );
  return { id: row!.id };
}

async function campaignRecipientOf(team: Team): Promise<Record<string, unknown>> {
  const { id: campaignId } = await draftCampaignOf(team);
  const [row] = await sql<{ id: string }>(
    `insert into public.campaign_recipients (campaign_id, organization_id, phone, local_message_id)
     values ($1, $2, $3, gen_random_uuid()::text) returning id`,
    [campaignId, team.organizationId, randomPhone()],
  );
  return { id: row!.id };
}

export const rlsMatrix: Record<string, RelationCase> = {
  plans: {
    key: ['id'],
    target: async () => {
      await sql(`update public.plans set price_xaf = 75000 where id = 'starter'`);
      return { id: 'starter' };
    },
    insert: () => ({ id: 'gratuit', name: 'Gratuit', price_xaf: 0 }),
    update: { price_xaf: 1 },
    allowed: {
      select: ['owner', 'admin', 'agent', 'viewer', 'stranger', 'anonymous'],
      insert: nobody,
      update: nobody,
      delete: nobody,
    },
  },
  organizations: {
    key: ['id'],
    target: organisationLike,
    insert: () => ({
      name: 'Intruse',
      slug: `intruse-${Date.now()}`,
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
    insert: () => ({ id: crypto.randomUUID(), full_name: 'Fantôme' }),
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
    insert: (team) => ({
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
    insert: (team) => ({
      organization_id: team.organizationId,
      name: 'intrus',
      status: 'APPROVED',
      body: 'x',
    }),
    update: { parameter_mapping: { '1': { source: 'field', value: 'name' } } },
    allowed: { select: members, insert: nobody, update: managers, delete: nobody },
  },
  whatsapp_messages: {
    key: ['id'],
    target: messageOf,
    insert: (team) => ({
      organization_id: team.organizationId,
      direction: 'outbound',
      phone: '+237690000001',
    }),
    update: { status: 'read' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  contacts: {
    key: ['id'],
    target: contactOf,
    insert: (team) => ({
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
    insert: (team) => ({
      organization_id: team.organizationId,
      contact_id: crypto.randomUUID(),
      status: 'opted_in',
      source: 'manual',
    }),
    update: { source: 'api' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  segments: {
    key: ['id'],
    target: segmentOf,
    insert: (team) => ({
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
    insert: (team) => ({ organization_id: team.organizationId, name: 'Intruse' }),
    update: { name: 'Renommée' },
    allowed: { select: members, insert: managers, update: managers, delete: managers },
  },
  campaign_recipients: {
    key: ['id'],
    target: campaignRecipientOf,
    insert: (team) => ({
      campaign_id: crypto.randomUUID(),
      organization_id: team.organizationId,
      phone: randomPhone(),
      local_message_id: crypto.randomUUID(),
    }),
    update: { status: 'read' },
    allowed: { select: members, insert: nobody, update: nobody, delete: nobody },
  },
  invitations: {
    key: ['id'],
    target: inviteTo,
    insert: (team) => ({ organization_id: team.organizationId, role: 'owner' }),
    update: { role: 'owner' },
    allowed: { select: managers, insert: nobody, update: nobody, delete: managers },
  },
};

export function expectedOutcome(
  entry: RelationCase,
  persona: Persona,
  operation: Operation,
): Outcome {
  return entry.allowed[operation].includes(persona) ? 'allowed' : 'denied';
}

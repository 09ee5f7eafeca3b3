import { t } from '@lingui/core/macro';
import type { MemberRole } from '../../domain/organizations/roles';
import type { TablesUpdate } from '../../lib/database.types';
import { assertChanged, UserFacingError } from '../../lib/errors';
import { supabase } from '../../lib/supabase';
import type { InboxSettings } from './inbox-settings-form';

// The inbox settings' reads and writes, as the member who is signed in: row-level security lets
// every member read them and only owners and admins change them.

/** Postgres's unique_violation. */
const uniqueViolation = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === uniqueViolation
  );
}

/** null when the organisation has no settings row (it always should: a trigger creates it). */
export async function fetchInboxSettings(organizationId: string): Promise<InboxSettings | null> {
  const { data, error } = await supabase
    .from('inbox_settings')
    .select('*')
    .eq('organization_id', organizationId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

export async function updateInboxSettings(
  organizationId: string,
  update: TablesUpdate<'inbox_settings'>,
): Promise<void> {
  assertChanged(
    await supabase
      .from('inbox_settings')
      .update(update, { count: 'exact' })
      .eq('organization_id', organizationId),
  );
}

export type ApprovedTemplate = { id: string; name: string; language: string };

/** The templates WhatsApp approved: the satisfaction survey outside the 24-hour window. */
export async function fetchApprovedTemplates(organizationId: string): Promise<ApprovedTemplate[]> {
  const { data, error } = await supabase
    .from('whatsapp_templates')
    .select('id, name, language')
    .eq('organization_id', organizationId)
    .eq('status', 'APPROVED')
    .order('name', { ascending: true });
  if (error) throw error;
  return data;
}

export type Availability = 'online' | 'busy' | 'offline';

/** A member, with what the inbox knows of them. */
export type InboxMember = {
  userId: string;
  role: MemberRole;
  fullName: string | null;
  email: string | null;
  /** null: never opened the inbox. */
  availability: Availability | null;
  lastHeartbeatAt: string | null;
  /** null: the organisation's default capacity. */
  capacity: number | null;
};

function toAvailability(value: string): Availability {
  return value === 'online' || value === 'busy' ? value : 'offline';
}

/**
 * The organisation's members, oldest membership first: owners, admins and agents answer
 * conversations (viewers only read, but may still sit in a team from before a change of role).
 */
export async function fetchInboxMembers(organizationId: string): Promise<InboxMember[]> {
  const [members, agents] = await Promise.all([
    supabase
      .from('memberships')
      .select('user_id, role, profiles(full_name, email)')
      .eq('organization_id', organizationId)
      .order('created_at', { ascending: true }),
    supabase
      .from('inbox_agents')
      .select('user_id, availability, capacity, last_heartbeat_at')
      .eq('organization_id', organizationId),
  ]);
  if (members.error) throw members.error;
  if (agents.error) throw agents.error;
  const byUser = new Map(agents.data.map((agent) => [agent.user_id, agent]));
  return members.data.map((member) => {
    const agent = byUser.get(member.user_id);
    return {
      userId: member.user_id,
      role: member.role,
      fullName: member.profiles?.full_name ?? null,
      email: member.profiles?.email ?? null,
      availability: agent ? toAvailability(agent.availability) : null,
      lastHeartbeatAt: agent?.last_heartbeat_at ?? null,
      capacity: agent?.capacity ?? null,
    };
  });
}

/** null: back to the organisation's default. */
export async function setAgentCapacity(
  organizationId: string,
  userId: string,
  capacity: number | null,
): Promise<void> {
  const { error } = await supabase.rpc('set_agent_capacity', {
    organization_id: organizationId,
    user_id: userId,
    // The generated types cannot say that the SQL function takes null (the default capacity).
    capacity: capacity as number,
  });
  if (error) throw error;
}

// Teams -------------------------------------------------------------------------------------------

export type InboxTeam = { id: string; name: string; createdAt: string; memberIds: string[] };

export async function fetchTeams(organizationId: string): Promise<InboxTeam[]> {
  const [teams, members] = await Promise.all([
    supabase
      .from('teams')
      .select('id, name, created_at')
      .eq('organization_id', organizationId)
      .order('name', { ascending: true }),
    supabase.from('team_members').select('team_id, user_id').eq('organization_id', organizationId),
  ]);
  if (teams.error) throw teams.error;
  if (members.error) throw members.error;
  return teams.data.map((team) => ({
    id: team.id,
    name: team.name,
    createdAt: team.created_at,
    memberIds: members.data.filter((row) => row.team_id === team.id).map((row) => row.user_id),
  }));
}

function duplicateTeamName(name: string): UserFacingError {
  return new UserFacingError(t`Une équipe s’appelle déjà « ${name} ». Choisissez un autre nom.`);
}

export async function createTeam(organizationId: string, name: string): Promise<void> {
  const { error } = await supabase.from('teams').insert({ organization_id: organizationId, name });
  if (isUniqueViolation(error)) throw duplicateTeamName(name);
  if (error) throw error;
}

export async function renameTeam(teamId: string, name: string): Promise<void> {
  const result = await supabase.from('teams').update({ name }, { count: 'exact' }).eq('id', teamId);
  if (isUniqueViolation(result.error)) throw duplicateTeamName(name);
  assertChanged(result, t`Cette équipe n’existe plus.`);
}

export async function deleteTeam(teamId: string): Promise<void> {
  assertChanged(
    await supabase.from('teams').delete({ count: 'exact' }).eq('id', teamId),
    t`Cette équipe n’existe plus.`,
  );
}

export async function addTeamMember(
  organizationId: string,
  teamId: string,
  userId: string,
): Promise<void> {
  const { error } = await supabase
    .from('team_members')
    .insert({ organization_id: organizationId, team_id: teamId, user_id: userId });
  // Already there (a second tab, a double click): what was asked is true.
  if (isUniqueViolation(error)) return;
  if (error) throw error;
}

export async function removeTeamMember(teamId: string, userId: string): Promise<void> {
  assertChanged(
    await supabase
      .from('team_members')
      .delete({ count: 'exact' })
      .eq('team_id', teamId)
      .eq('user_id', userId),
    t`Ce membre ne fait déjà plus partie de l’équipe.`,
  );
}

// Canned replies ------------------------------------------------------------------------------------

export type CannedResponse = {
  id: string;
  shortCode: string;
  content: string;
  attachmentUrl: string | null;
  updatedAt: string;
};

export type CannedResponseWrite = {
  shortCode: string;
  content: string;
  attachmentUrl: string | null;
};

/** The short code is taken in the organisation (`unique (organization_id, short_code)`). */
export class DuplicateShortCodeError extends UserFacingError {
  constructor(readonly shortCode: string) {
    super(t`Le raccourci /${shortCode} existe déjà : choisissez-en un autre.`);
    this.name = 'DuplicateShortCodeError';
  }
}

export async function fetchCannedResponses(organizationId: string): Promise<CannedResponse[]> {
  const { data, error } = await supabase
    .from('canned_responses')
    .select('id, short_code, content, attachment_url, updated_at')
    .eq('organization_id', organizationId)
    .order('short_code', { ascending: true });
  if (error) throw error;
  return data.map((row) => ({
    id: row.id,
    shortCode: row.short_code,
    content: row.content,
    attachmentUrl: row.attachment_url,
    updatedAt: row.updated_at,
  }));
}

export async function createCannedResponse(
  organizationId: string,
  values: CannedResponseWrite,
): Promise<void> {
  const { error } = await supabase.from('canned_responses').insert({
    organization_id: organizationId,
    short_code: values.shortCode,
    content: values.content,
    attachment_url: values.attachmentUrl,
  });
  if (isUniqueViolation(error)) throw new DuplicateShortCodeError(values.shortCode);
  if (error) throw error;
}

export async function updateCannedResponse(id: string, values: CannedResponseWrite): Promise<void> {
  const result = await supabase
    .from('canned_responses')
    .update(
      {
        short_code: values.shortCode,
        content: values.content,
        attachment_url: values.attachmentUrl,
      },
      { count: 'exact' },
    )
    .eq('id', id);
  if (isUniqueViolation(result.error)) throw new DuplicateShortCodeError(values.shortCode);
  assertChanged(result, t`Cette réponse rapide n’existe plus.`);
}

export async function deleteCannedResponse(id: string): Promise<void> {
  assertChanged(
    await supabase.from('canned_responses').delete({ count: 'exact' }).eq('id', id),
    t`Cette réponse rapide n’existe plus.`,
  );
}

/** The attributes the organisation's contacts have, for the variables helper. */
export async function fetchAttributeKeys(organizationId: string): Promise<string[]> {
  const { data, error } = await supabase.rpc('contact_attribute_keys', {
    organization_id: organizationId,
  });
  if (error) throw error;
  return data.map((row) => row.key);
}

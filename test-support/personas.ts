import type { SupabaseClient } from '@supabase/supabase-js';
import { anonClient, signedInUser } from './clients';
import { sql } from './database';

export const memberRoles = ['owner', 'admin', 'agent', 'viewer'] as const;
export type MemberRole = (typeof memberRoles)[number];
export type Persona = MemberRole | 'stranger' | 'anonymous';
export const personas: readonly Persona[] = [...memberRoles, 'stranger', 'anonymous'];

export interface Team {
  organizationId: string;
  /** The stranger's own organisation. */
  otherOrganizationId: string;
  userIds: Record<Exclude<Persona, 'anonymous'>, string>;
  clients: Record<Persona, SupabaseClient>;
}

/**
 * An organisation with one member per role (on a plan with room for them), and a stranger who owns
 * an organisation of their own — each signed in through supabase-js, plus the anonymous key.
 */
export async function createTeam(label: string): Promise<Team> {
  const [owner, admin, agent, viewer, stranger] = await Promise.all(
    [...memberRoles, 'stranger' as const].map((role) => signedInUser(`${label}-${role}`)),
  );
  const created = await owner!.client.rpc('create_organization', {
    name: `Équipe ${label}`,
    country_code: 'CM',
  });
  if (created.error) throw created.error;
  const organizationId = (created.data as { id: string }).id;
  const other = await stranger!.client.rpc('create_organization', {
    name: `Autre ${label}`,
    country_code: 'GA',
  });
  if (other.error) throw other.error;
  await sql(`update public.organizations set agents_quota = 10 where id = $1`, [organizationId]);
  await sql(
    `insert into public.memberships (organization_id, user_id, role) values ($1, $2, 'admin'), ($1, $3, 'agent'), ($1, $4, 'viewer')`,
    [organizationId, admin!.userId, agent!.userId, viewer!.userId],
  );
  return {
    organizationId,
    otherOrganizationId: (other.data as { id: string }).id,
    userIds: {
      owner: owner!.userId,
      admin: admin!.userId,
      agent: agent!.userId,
      viewer: viewer!.userId,
      stranger: stranger!.userId,
    },
    clients: {
      owner: owner!.client,
      admin: admin!.client,
      agent: agent!.client,
      viewer: viewer!.client,
      stranger: stranger!.client,
      anonymous: anonClient(),
    },
  };
}

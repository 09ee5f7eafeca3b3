import { t } from '@lingui/core/macro';
import type { MemberRole } from '../../domain/organizations/roles';
import { assertChanged } from '../../lib/errors';
import { callFunction } from '../../lib/functions';
import { supabase } from '../../lib/supabase';
import type { Organization } from '../../lib/workspace';

export type Member = {
  userId: string;
  role: MemberRole;
  joinedAt: string;
  fullName: string | null;
  email: string | null;
};

export async function fetchMembers(organizationId: string): Promise<Member[]> {
  const { data, error } = await supabase
    .from('memberships')
    .select('role, created_at, user_id, profiles(full_name, email)')
    .eq('organization_id', organizationId)
    .order('created_at', { ascending: true });
  if (error) throw error;
  return data.map((row) => ({
    userId: row.user_id,
    role: row.role,
    joinedAt: row.created_at,
    fullName: row.profiles?.full_name ?? null,
    email: row.profiles?.email ?? null,
  }));
}

export async function updateMemberRole(
  organizationId: string,
  userId: string,
  role: MemberRole,
): Promise<void> {
  assertChanged(
    await supabase
      .from('memberships')
      .update({ role }, { count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('user_id', userId),
  );
}

export async function removeMember(organizationId: string, userId: string): Promise<void> {
  assertChanged(
    await supabase
      .from('memberships')
      .delete({ count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('user_id', userId),
    t`Ce membre ne fait déjà plus partie de l’équipe.`,
  );
}

export type PendingInvitation = {
  id: string;
  role: MemberRole;
  createdAt: string;
  expiresAt: string;
  invitedBy: string | null;
  /** Whom the link is for, in the words of whoever made it (« pour Jean, accueil Douala »). */
  note: string | null;
};

/** Invitations neither accepted nor expired. */
export async function fetchPendingInvitations(
  organizationId: string,
): Promise<PendingInvitation[]> {
  const { data, error } = await supabase
    .from('invitations')
    .select(
      'id, role, note, created_at, expires_at, inviter:profiles!invitations_invited_by_fkey(full_name, email)',
    )
    .eq('organization_id', organizationId)
    .is('accepted_at', null)
    .gt('expires_at', new Date().toISOString())
    .order('created_at', { ascending: false });
  if (error) throw error;
  return data.map((row) => ({
    id: row.id,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    invitedBy: row.inviter?.full_name ?? row.inviter?.email ?? null,
    note: row.note || null,
  }));
}

export type CreatedInvitation = { id: string; token: string; expiresAt: string; role: MemberRole };

export async function createInvitation(
  organizationId: string,
  role: MemberRole,
  note: string | null,
): Promise<CreatedInvitation> {
  const { data, error } = await supabase
    .rpc('create_invitation', { organization_id: organizationId, role, note: note ?? undefined })
    .single();
  if (error) throw error;
  return { id: data.invitation_id, token: data.token, expiresAt: data.expires_at, role };
}

/**
 * Sends the link by e-mail, in the inviter's language, through the `send-invitation-email` Edge
 * Function; the invitation exists whatever the outcome, its link stays on the page.
 */
export async function sendInvitationEmail(input: {
  invitationId: string;
  token: string;
  email: string;
  locale: string;
}): Promise<void> {
  await callFunction(supabase.functions, 'send-invitation-email', { body: input });
}

export async function revokeInvitation(invitationId: string): Promise<void> {
  assertChanged(
    await supabase.from('invitations').delete({ count: 'exact' }).eq('id', invitationId),
    t`Cette invitation n’existe plus.`,
  );
}

export type InvitationStatus = 'pending' | 'expired' | 'accepted';

export type InvitationPreview = {
  organizationName: string;
  role: MemberRole;
  invitedByName: string | null;
  expiresAt: string;
  status: InvitationStatus;
};

/** What a link leads to, readable signed out; null for an unknown link. */
export async function fetchInvitationPreview(token: string): Promise<InvitationPreview | null> {
  const { data, error } = await supabase.rpc('invitation_preview', { token });
  if (error) throw error;
  const row = data[0];
  if (!row) return null;
  return {
    organizationName: row.organization_name,
    role: row.role,
    invitedByName: row.invited_by_name,
    expiresAt: row.expires_at,
    status: toStatus(row.status),
  };
}

function toStatus(status: string): InvitationStatus {
  return status === 'accepted' || status === 'expired' ? status : 'pending';
}

export async function acceptInvitation(token: string): Promise<Organization> {
  const { data, error } = await supabase.rpc('accept_invitation', { token }).single();
  if (error) throw error;
  return data;
}

import { describe, expect, it } from 'vitest';
import { anonClient } from '../../test-support/clients';
import { createTeam } from '../../test-support/personas';
import { INVITATION_NOTE_MAX_LENGTH } from '../../supabase/functions/_shared/limits';

// A pending invitation link may carry a note for the team's admins (« pour Jean, accueil
// Douala »), so that the right one gets revoked. Only admins see it; whoever opens the link never.

describe('the note of an invitation', () => {
  it('is kept, trimmed, and listed with the pending invitations to admins only', async () => {
    const team = await createTeam('invitation-note');
    const noted = await team.clients.admin.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'agent',
      note: '  pour Jean, accueil Douala ',
    });
    expect(noted.error).toBeNull();
    const { invitation_id: notedId, token } = (
      noted.data as { invitation_id: string; token: string }[]
    )[0]!;
    // Callers that give no note keep working; a blank note is none.
    const plain = await team.clients.owner.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'viewer',
    });
    expect(plain.error).toBeNull();
    const blank = await team.clients.owner.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'viewer',
      note: '   ',
    });
    expect(blank.error).toBeNull();

    const { data: pending, error } = await team.clients.admin
      .from('invitations')
      .select('id, role, note')
      .eq('organization_id', team.organizationId)
      .is('accepted_at', null)
      .order('created_at');
    expect(error).toBeNull();
    expect(pending).toEqual([
      { id: notedId, role: 'agent', note: 'pour Jean, accueil Douala' },
      {
        id: (plain.data as { invitation_id: string }[])[0]!.invitation_id,
        role: 'viewer',
        note: null,
      },
      {
        id: (blank.data as { invitation_id: string }[])[0]!.invitation_id,
        role: 'viewer',
        note: null,
      },
    ]);

    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      const { data } = await team.clients[persona]
        .from('invitations')
        .select('note')
        .eq('organization_id', team.organizationId);
      expect(data, persona).toEqual([]);
    }
    const preview = await anonClient().rpc('invitation_preview', { token });
    expect(preview.data).toHaveLength(1);
    expect(Object.keys((preview.data as object[])[0]!)).not.toContain('note');
    expect(JSON.stringify(preview.data)).not.toContain('Jean');
  });

  it('holds at most INVITATION_NOTE_MAX_LENGTH characters, refused with its code', async () => {
    const team = await createTeam('invitation-note-long');
    const longest = 'é'.repeat(INVITATION_NOTE_MAX_LENGTH);
    const fits = await team.clients.admin.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'viewer',
      note: longest,
    });
    expect(fits.error).toBeNull();
    const tooLong = await team.clients.admin.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'viewer',
      note: `${longest}x`,
    });
    expect(tooLong.error).toMatchObject({
      code: '22023',
      message: `La note de l'invitation compte ${INVITATION_NOTE_MAX_LENGTH} caractères au plus.`,
      hint: 'invitation_note_too_long',
    });
    expect(JSON.parse(tooLong.error!.details)).toEqual({ max: INVITATION_NOTE_MAX_LENGTH });
  });
});

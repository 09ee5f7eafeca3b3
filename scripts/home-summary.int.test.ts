import { describe, expect, it } from 'vitest';
import { createTeam } from '../test-support/personas';
import { addContacts, campaignTeam, createDraft, launch } from '../test-support/campaign-fixtures';

// The home page reads one function: its figures must be the organisation's real state, for any
// member, and nothing for anyone else.

type Summary = {
  contacts: { subscribed: number; unsubscribed: number };
  messagesThisMonth: number;
  messagesQuota: number | null;
  campaigns: { running: number; scheduled: number; launched: number };
  lastCampaign: { name: string; total: number; campaignId: string } | null;
  templates: number;
  members: number;
  pendingInvitations: number;
  mode: string;
};

describe('home_summary', () => {
  it('says a new organisation has no templates, contacts or campaigns yet', async () => {
    const team = await createTeam('home-new');
    const { data, error } = await team.clients.viewer.rpc('home_summary', {
      organization_id: team.organizationId,
    });
    expect(error).toBeNull();
    expect(data).toEqual({
      contacts: { subscribed: 0, unsubscribed: 0 },
      messagesThisMonth: 0,
      messagesQuota: 10_000,
      campaigns: { running: 0, scheduled: 0, launched: 0 },
      lastCampaign: null,
      templates: 0,
      members: 4,
      pendingInvitations: 0,
      mode: 'sandbox',
    } satisfies Summary);
  });

  it('counts contacts by consent, templates, invitations and the last launched campaign', async () => {
    const team = await campaignTeam('home-figures');
    await addContacts(team.organizationId, [{}, {}, { optedOut: true }]);
    await team.clients.owner.rpc('create_invitation', {
      organization_id: team.organizationId,
      role: 'agent',
    });
    await createDraft(team, { name: 'Brouillon jamais lancé' });
    const launched = await launch(
      team.clients.admin,
      (await createDraft(team, { name: 'Rappel rendez-vous' })).id,
    );

    const { data, error } = await team.clients.agent.rpc('home_summary', {
      organization_id: team.organizationId,
    });
    expect(error).toBeNull();
    const summary = data as Summary;
    expect(summary.contacts).toEqual({ subscribed: 2, unsubscribed: 1 });
    expect(summary.templates).toBe(Object.keys(team.templates).length);
    expect(summary.pendingInvitations).toBe(1);
    expect(summary.campaigns.launched).toBe(1);
    expect(summary.lastCampaign).toMatchObject({
      campaignId: launched.id,
      name: 'Rappel rendez-vous',
      total: 2,
    });
  });

  it('refuses whoever is not a member, with its code', async () => {
    const team = await createTeam('home-stranger');
    const { data, error } = await team.clients.stranger.rpc('home_summary', {
      organization_id: team.organizationId,
    });
    expect(data).toBeNull();
    expect(error).toMatchObject({ code: '42501', hint: 'not_a_member' });
  });
});

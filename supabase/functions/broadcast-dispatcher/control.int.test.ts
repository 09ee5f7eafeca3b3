import { describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import {
  campaignAction,
  campaignRow,
  campaignTeam,
  countByLocalId,
  dispatchCounts,
  expectSentExactlyOnce,
  launchedCampaign,
  pause,
  recipientsOf,
  sandboxSends,
  setSendLimits,
  someContacts,
  untilEnded,
  waitUntil,
  type CampaignTeam,
} from '../../../test-support/campaign-fixtures';

// Pause, resume and cancel while a campaign is sending (at 2 messages a second, so there is time
// to act), and the pause the system makes itself when WhatsApp withdraws the template.

const sentCount = async (team: CampaignTeam) => (await sandboxSends(team.wati)).length;

/**
 * A batch already in a dispatcher's hands finishes (one claimed just as the campaign stopped
 * too); then nothing moves.
 */
async function untilNothingInFlight(campaignId: string): Promise<void> {
  const settled = async () => (await dispatchCounts(campaignId)).claimed === undefined;
  await waitUntil(settled, 'the batch in flight to finish');
  await pause(1_000);
  await waitUntil(settled, 'a batch claimed at the last moment to finish');
}

describe('controlling a campaign while it sends', () => {
  it('sends nothing while paused, continues when resumed, and cancels what is left', async () => {
    const team = await campaignTeam('control-pause');
    // Slow enough (20 s of sending) that a loaded machine still pauses and cancels midway.
    await setSendLimits(team.organizationId, { messagesPerSecond: 1 });
    await someContacts(team.organizationId, 20);
    const campaign = await launchedCampaign(team);
    await waitUntil(async () => (await sentCount(team)) >= 2, 'the first sends');

    await expect(campaignAction(team.clients.agent, 'pause_campaign', campaign.id)).rejects.toThrow(
      'Campagne introuvable ou réservée aux administrateurs.',
    );
    expect(await campaignAction(team.clients.admin, 'pause_campaign', campaign.id)).toMatchObject({
      status: 'paused',
    });
    await untilNothingInFlight(campaign.id);
    const whilePaused = await sentCount(team);
    expect(whilePaused).toBeLessThan(20);
    await pause(2_500);
    expect(await sentCount(team)).toBe(whilePaused);
    expect(await dispatchCounts(campaign.id)).toEqual({
      accepted: whilePaused,
      pending: 20 - whilePaused,
    });
    await expect(campaignAction(team.clients.admin, 'pause_campaign', campaign.id)).rejects.toThrow(
      'Seule une campagne programmée ou en cours se met en pause.',
    );

    expect(await campaignAction(team.clients.admin, 'resume_campaign', campaign.id)).toMatchObject({
      status: 'sending',
    });
    await waitUntil(async () => (await sentCount(team)) >= whilePaused + 2, 'sending to resume');

    const cancelled = await campaignAction(team.clients.owner, 'cancel_campaign', campaign.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.completed_at).not.toBeNull();
    await untilNothingInFlight(campaign.id);
    const atCancel = await sentCount(team);
    await pause(2_000);
    expect(await sentCount(team)).toBe(atCancel);

    const counts = await dispatchCounts(campaign.id);
    expect(counts).toEqual({ accepted: atCancel, cancelled: 20 - atCancel });
    expect(counts.cancelled).toBeGreaterThan(0);
    // Sent ones went once; cancelled ones never reached Wati.
    const recipients = await recipientsOf(campaign.id);
    const atWati = countByLocalId(await sandboxSends(team.wati, recipients));
    for (const recipient of recipients) {
      expect(atWati.get(recipient.local_message_id) ?? 0).toBe(
        recipient.dispatch === 'accepted' ? 1 : 0,
      );
    }
    // Only what left stays counted against the month's quota.
    await waitUntil(
      async () => (await campaignRow(campaign.id)).reserved_messages === atCancel,
      'the reservation trimmed to what was sent',
    );
    expect((await campaignRow(campaign.id)).status).toBe('cancelled');
    await expect(
      campaignAction(team.clients.admin, 'resume_campaign', campaign.id),
    ).rejects.toThrow('Seule une campagne en pause peut reprendre.');
    await expect(
      campaignAction(team.clients.admin, 'cancel_campaign', campaign.id),
    ).rejects.toThrow('Cette campagne ne peut plus être annulée.');
  });

  it('pauses by itself with the reason when WhatsApp withdraws the template', async () => {
    const team = await campaignTeam('control-template');
    await setSendLimits(team.organizationId, { messagesPerSecond: 2 });
    await someContacts(team.organizationId, 12);
    const campaign = await launchedCampaign(team);
    await waitUntil(async () => (await sentCount(team)) >= 1, 'the first send');

    // Meta pauses the template (a template status webhook or a sync writes this).
    await sql(`update public.whatsapp_templates set status = 'PAUSED' where id = $1`, [
      team.templates.bienvenue,
    ]);
    await waitUntil(
      async () => (await campaignRow(campaign.id)).status === 'paused',
      'the campaign paused',
    );
    expect((await campaignRow(campaign.id)).last_error).toBe(
      "Le modèle « bienvenue » n'est plus approuvé par WhatsApp (statut PAUSED) : campagne mise en pause.",
    );
    await untilNothingInFlight(campaign.id);
    const whilePaused = await sentCount(team);
    await pause(2_000);
    expect(await sentCount(team)).toBe(whilePaused);
    expect(whilePaused).toBeLessThan(12);

    // Resuming is refused while the template is not approved…
    await expect(
      campaignAction(team.clients.admin, 'resume_campaign', campaign.id),
    ).rejects.toThrow("Le modèle « bienvenue » n'est pas approuvé par WhatsApp (statut PAUSED).");
    // …and works once it is again, the reason cleared.
    await sql(`update public.whatsapp_templates set status = 'APPROVED' where id = $1`, [
      team.templates.bienvenue,
    ]);
    expect(await campaignAction(team.clients.admin, 'resume_campaign', campaign.id)).toMatchObject({
      status: 'sending',
      last_error: null,
    });
    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed', last_error: null });
    await expectSentExactlyOnce(team.wati, campaign.id);
  });
});

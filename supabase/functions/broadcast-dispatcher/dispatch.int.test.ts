import { describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import {
  campaignRow,
  campaignTeam,
  createDraft,
  dispatchCounts,
  expectSentExactlyOnce,
  launch,
  launchedCampaign,
  pause,
  recipientsOf,
  sandboxSends,
  sendCalls,
  setSendLimits,
  someContacts,
  untilEnded,
  waitUntil,
} from '../../../test-support/campaign-fixtures';

// Sending, by the scheduled dispatcher alone (the stack calls it every second): every recipient
// exactly once at the Wati sandbox, in batches, at the organisation's pace, within its daily tier
// and outside the campaign's quiet hours; then WhatsApp's statuses arrive by webhook.

describe('dispatching a campaign', () => {
  it('sends every recipient exactly once, in several batches, and completes', async () => {
    const team = await campaignTeam('dispatch-once');
    // 4 messages/s on the starter plan (30 Wati calls per 10 s): 2 recipients per call.
    await setSendLimits(team.organizationId, { messagesPerSecond: 4 });
    await someContacts(team.organizationId, 10);
    const campaign = await launchedCampaign(team);

    const ended = await untilEnded(campaign.id);
    expect(ended).toMatchObject({ status: 'completed', reserved_messages: 10, last_error: null });
    expect(ended.completed_at).not.toBeNull();
    const { recipients } = await expectSentExactlyOnce(team.wati, campaign.id);
    for (const recipient of recipients) {
      expect(recipient).toMatchObject({ dispatch: 'accepted', attempts: 1 });
      expect(recipient.accepted_at).toBeInstanceOf(Date);
      expect(recipient.wati_broadcast_id).not.toBeNull();
    }
    const batches = new Set(recipients.map((recipient) => recipient.batch_name));
    expect(batches.size).toBeGreaterThanOrEqual(3);
    const calls = await sendCalls(team.wati);
    expect(calls).toHaveLength(batches.size);
    expect(calls.every((call) => call.status === 200)).toBe(true);

    const { data } = await team.clients.viewer.rpc('campaign_progress', {
      campaign_id: campaign.id,
    });
    expect(data).toMatchObject({
      campaignId: campaign.id,
      status: 'completed',
      total: 10,
      remaining: 0,
      accepted: 10,
      failed: 0,
      cancelled: 0,
    });
  });

  it('moves recipients to delivered and read as WhatsApp’s status webhooks arrive', async () => {
    const team = await campaignTeam('dispatch-statuses');
    await someContacts(team.organizationId, 3);
    const campaign = await launchedCampaign(team);
    await untilEnded(campaign.id);

    // The sandbox reports sent, delivered, then read within about 4 s of acceptance.
    await waitUntil(
      async () => (await recipientsOf(campaign.id)).every((row) => row.status === 'read'),
      'every recipient read',
    );
    for (const recipient of await recipientsOf(campaign.id)) {
      expect(recipient.sent_at).toBeInstanceOf(Date);
      expect(recipient.delivered_at!.getTime()).toBeGreaterThanOrEqual(
        recipient.sent_at!.getTime(),
      );
      expect(recipient.read_at!.getTime()).toBeGreaterThanOrEqual(
        recipient.delivered_at!.getTime(),
      );
      expect(recipient.failed_at).toBeNull();
    }
    const { data } = await team.clients.viewer.rpc('campaign_progress', {
      campaign_id: campaign.id,
    });
    expect(data).toMatchObject({ total: 3, sent: 3, delivered: 3, read: 3, replied: 0 });
    const timeline = await team.clients.viewer.rpc('campaign_timeline', {
      campaign_id: campaign.id,
    });
    const buckets = timeline.data as { sent: number; delivered: number; read: number }[];
    expect(buckets.reduce((sum, bucket) => sum + bucket.sent, 0)).toBe(3);
    expect(buckets.reduce((sum, bucket) => sum + bucket.read, 0)).toBe(3);
    await expectSentExactlyOnce(team.wati, campaign.id);
  });

  it('keeps to the messages per second of the organisation’s number', async () => {
    const team = await campaignTeam('dispatch-pace');
    await setSendLimits(team.organizationId, { messagesPerSecond: 5 });
    await someContacts(team.organizationId, 20);
    const campaign = await launchedCampaign(team);
    await untilEnded(campaign.id);

    const { messages } = await expectSentExactlyOnce(team.wati, campaign.id);
    const times = messages.map((message) => Date.parse(message.created)).sort((a, b) => a - b);
    // The busiest one-second window at the sandbox, wherever it starts.
    const busiest = Math.max(
      ...times.map((start) => times.filter((time) => time >= start && time < start + 1000).length),
    );
    expect(busiest).toBeLessThanOrEqual(5);
    // …and the pace is used, not wasted: 20 messages take about 4 s; a batch per scheduler tick
    // would take 19 s or more.
    expect(times.at(-1)! - times[0]!).toBeLessThan(15_000);
  });

  it('stops at the daily tier of people reached, and goes on once it is raised', async () => {
    const team = await campaignTeam('dispatch-daily');
    await setSendLimits(team.organizationId, { dailyRecipients: 3 });
    await someContacts(team.organizationId, 5);
    const campaign = await launchedCampaign(team);

    await waitUntil(
      async () => (await dispatchCounts(campaign.id)).accepted === 3,
      'the first three recipients',
    );
    // Several ticks later, still three: the other two wait for the tier.
    await pause(2_500);
    expect(await sandboxSends(team.wati)).toHaveLength(3);
    expect(await dispatchCounts(campaign.id)).toEqual({ accepted: 3, pending: 2 });
    expect((await campaignRow(campaign.id)).status).toBe('sending');

    await setSendLimits(team.organizationId, { dailyRecipients: 10 });
    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });
    await expectSentExactlyOnce(team.wati, campaign.id);
  });

  it('sends nothing during the campaign’s quiet hours', async () => {
    const team = await campaignTeam('dispatch-quiet');
    await someContacts(team.organizationId, 3);
    // Quiet from an hour ago to an hour from now, in the organisation's time zone.
    const [hours] = await sql<{ start: string; end: string }>(
      `select to_char((now() at time zone o.time_zone) - interval '1 hour', 'HH24:MI') as start,
              to_char((now() at time zone o.time_zone) + interval '1 hour', 'HH24:MI') as end
       from public.organizations o where o.id = $1`,
      [team.organizationId],
    );
    const draft = await createDraft(team, { quietHours: hours! });
    expect(await launch(team.clients.admin, draft.id)).toMatchObject({ status: 'sending' });

    await pause(3_000);
    expect(await sendCalls(team.wati)).toEqual([]);
    expect(await dispatchCounts(draft.id)).toEqual({ pending: 3 });

    // Outside quiet hours (here: the hours removed), it goes out.
    await sql(
      `update public.campaigns set quiet_hours_start = null, quiet_hours_end = null where id = $1`,
      [draft.id],
    );
    expect(await untilEnded(draft.id)).toMatchObject({ status: 'completed' });
    await expectSentExactlyOnce(team.wati, draft.id);
  });
});

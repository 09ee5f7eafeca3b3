import { describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import type { SandboxEventRecord } from '../../../scripts/sandbox/wati/tenant-state';
import { WatiUnknownOutcomeError } from '../_shared/wati/errors.ts';
import { reportFromAnswer, reportFromError, sendRequest } from './batch.ts';
import {
  addContacts,
  campaignTeam,
  clearFaults,
  disableWebhooks,
  dispatchByHand,
  dispatchCounts,
  endWaitsInDoubt,
  expectSentExactlyOnce,
  launchedCampaign,
  postWebhook,
  readBackCalls,
  recipientsOf,
  sandboxSends,
  sendCalls,
  sendLimitsOf,
  setSendLimits,
  someContacts,
  tenantWatiClient,
  untilEnded,
  waitUntil,
} from '../../../test-support/campaign-fixtures';

// What Wati answers when things go wrong, and what WhatsApp reports afterwards: an answer lost
// after acceptance (unknown outcome) is settled by webhook evidence or a read-back, never by a
// resend; a refusal before acceptance (503, 429) is retried later, the organisation backing off;
// status webhooks apply forward only, whatever order they arrive in, and once.

/** Every status the sandbox emitted for these local ids (sent, delivered, read…). */
async function statusEventsFor(
  events: () => Promise<SandboxEventRecord[]>,
  localIds: string[],
): Promise<Map<string, SandboxEventRecord[]>> {
  const byId = new Map<string, SandboxEventRecord[]>(localIds.map((id) => [id, []]));
  for (const event of await events()) {
    byId.get(String(event.payload.localMessageId))?.push(event);
  }
  return byId;
}

describe('unknown outcomes', () => {
  it('waits for webhook evidence after an error that came once Wati had accepted, and sends nothing twice', async () => {
    const team = await campaignTeam('outcome-evidence');
    await someContacts(team.organizationId, 3);
    await team.wati.setFaults({ errorAfterAcceptRate: 1, errorAfterAcceptStatus: 500 });
    const campaign = await launchedCampaign(team);

    await waitUntil(
      async () => (await sendCalls(team.wati)).some((call) => call.status === 500),
      'the send answered 500',
    );
    await clearFaults(team.wati);
    // Not requeued: in doubt, or already proven accepted by a webhook.
    for (const recipient of await recipientsOf(campaign.id)) {
      expect(['claimed', 'unknown', 'accepted']).toContain(recipient.dispatch);
    }
    // The sandbox's webhooks (sent within 300 ms) settle them well before the 30 s evidence wait.
    await waitUntil(
      async () => (await dispatchCounts(campaign.id)).accepted === 3,
      'webhook evidence to accept them',
      20_000,
    );
    // Nothing remains in doubt: the campaign ends, keeping the messages Wati took.
    expect(await untilEnded(campaign.id, 10_000)).toMatchObject({
      status: 'completed',
      reserved_messages: 3,
    });
    const { recipients } = await expectSentExactlyOnce(team.wati, campaign.id);
    for (const recipient of recipients) {
      // The dispatcher never learnt the broadcast: the evidence came from WhatsApp's statuses.
      expect(recipient).toMatchObject({ attempts: 1, wati_broadcast_id: null });
      expect(recipient.status).not.toBe('queued');
    }
    expect(await sendCalls(team.wati)).toHaveLength(1);
    expect(await readBackCalls(team.wati)).toEqual([]);
  });

  it('reads the batch back at Wati when no webhook comes, and finds it accepted', async () => {
    const team = await campaignTeam('outcome-readback');
    await someContacts(team.organizationId, 3);
    const hand = await dispatchByHand(team.organizationId);
    const campaign = await launchedCampaign(team);
    const batch = await hand.claimBatch();

    // The test plays the dispatcher: Wati accepts, answers 500, and its webhooks go nowhere.
    await disableWebhooks(team.organizationId);
    await team.wati.setFaults({ errorAfterAcceptRate: 1, errorAfterAcceptStatus: 500 });
    const client = await tenantWatiClient(team.organizationId);
    const error = await client.sendTemplateMessages(sendRequest(batch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatiUnknownOutcomeError);
    await hand.finish(reportFromError(batch, error));
    await clearFaults(team.wati);
    expect(await dispatchCounts(campaign.id)).toEqual({ unknown: 3 });
    expect(await sandboxSends(team.wati)).toHaveLength(3);

    const localIds = batch.recipients.map((recipient) => recipient.localMessageId);
    await waitUntil(
      async () =>
        [...(await statusEventsFor(team.wati.events, localIds)).values()].every((events) =>
          events.some((event) => event.eventType === 'sentMessageREAD_v2'),
        ),
      'every status emitted (to nowhere)',
    );
    // The scheduled dispatcher takes over when the wait for evidence ends (now, not in 30 s).
    await hand.release();
    expect(await endWaitsInDoubt(campaign.id)).toBe(3);

    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });
    const { recipients } = await expectSentExactlyOnce(team.wati, campaign.id);
    for (const recipient of recipients) {
      expect(recipient).toMatchObject({ dispatch: 'accepted', attempts: 1, status: 'queued' });
    }
    expect(await sendCalls(team.wati)).toHaveLength(1);
    expect((await readBackCalls(team.wati)).map((call) => call.operation)).toEqual(
      expect.arrayContaining(['listBroadcasts', 'listBroadcastRecipients']),
    );
  });
});

describe('refusals before acceptance', () => {
  it('requeues a batch Wati turned away (503) and sends it once later', async () => {
    const team = await campaignTeam('outcome-unavailable');
    await someContacts(team.organizationId, 3);
    await team.wati.setFaults({ unavailableRate: 1 });
    const campaign = await launchedCampaign(team);

    await waitUntil(
      async () => (await sendCalls(team.wati)).some((call) => call.status === 503),
      'a send turned away',
    );
    const refusedAt = Date.parse((await sendCalls(team.wati))[0]!.at);
    await waitUntil(
      async () => (await dispatchCounts(campaign.id)).pending === 3,
      'the batch back in the queue',
    );
    for (const recipient of await recipientsOf(campaign.id)) {
      // Requeued without counting an attempt, and not before the organisation's backoff.
      expect(recipient.attempts).toBe(0);
      expect(recipient.due_at.getTime()).toBeGreaterThan(refusedAt);
    }
    expect((await sendLimitsOf(team.organizationId)).backoff_until!.getTime()).toBeGreaterThan(
      refusedAt,
    );
    expect(await sandboxSends(team.wati)).toEqual([]);

    await clearFaults(team.wati);
    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });
    await expectSentExactlyOnce(team.wati, campaign.id);
    const accepted = (await sendCalls(team.wati)).filter((call) => call.status === 200);
    expect(accepted).toHaveLength(1);
    // The whole organisation waited a few seconds before trying again.
    expect(Date.parse(accepted[0]!.at) - refusedAt).toBeGreaterThanOrEqual(4_000);
  });

  it('backs the whole organisation off after a 429 burst, and still sends everyone once', async () => {
    const team = await campaignTeam('outcome-429');
    // Two batches of 4 at 10 messages/s on the starter plan.
    await setSendLimits(team.organizationId, { messagesPerSecond: 10 });
    await someContacts(team.organizationId, 8);
    await team.wati.setFaults({ rateLimitBurst: { requests: 2, retryAfterSeconds: 2 } });
    const campaign = await launchedCampaign(team);

    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });
    await expectSentExactlyOnce(team.wati, campaign.id);
    const calls = await sendCalls(team.wati);
    const limited = calls.filter((call) => call.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    // After each 429, nothing was sent before Retry-After had passed.
    for (const call of limited) {
      const at = Date.parse(call.at);
      const next = calls.find((other) => Date.parse(other.at) > at);
      if (next) expect(Date.parse(next.at) - at).toBeGreaterThanOrEqual(1_900);
    }
    const { backoff_until } = await sendLimitsOf(team.organizationId);
    expect(backoff_until!.getTime()).toBeGreaterThanOrEqual(Date.parse(limited[0]!.at) + 1_900);
    expect(calls.filter((call) => call.status === 200)).toHaveLength(2);
  });
});

describe('status webhooks', () => {
  it('move recipients forward only, whatever order they arrive in, and once', async () => {
    const team = await campaignTeam('outcome-order');
    await someContacts(team.organizationId, 2);
    const hand = await dispatchByHand(team.organizationId);
    const campaign = await launchedCampaign(team);
    const batch = await hand.claimBatch();
    // Sent by the test with the webhook off, so that it can deliver the events itself.
    await disableWebhooks(team.organizationId);
    const client = await tenantWatiClient(team.organizationId);
    await hand.finish(
      reportFromAnswer(batch, await client.sendTemplateMessages(sendRequest(batch))),
    );
    await hand.release();
    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });

    const [first, second] = batch.recipients;
    const localIds = [first!.localMessageId, second!.localMessageId];
    await waitUntil(
      async () =>
        [...(await statusEventsFor(team.wati.events, localIds)).values()].every(
          (events) => events.length === 3,
        ),
      'sent, delivered and read emitted for both',
    );
    const emitted = await statusEventsFor(team.wati.events, localIds);

    // The first recipient's events arrive newest first: read, delivered, sent.
    for (const event of [...emitted.get(first!.localMessageId)!].reverse()) {
      expect(await postWebhook(team.wati.webhookUrl, event.payload)).toMatchObject({ status: 200 });
    }
    // The second's: delivered, then a failure reported late, then sent.
    const [sent2, delivered2] = emitted.get(second!.localMessageId)!;
    const lateFailure = {
      eventType: 'templateMessageFailed',
      statusString: 'Failed',
      localMessageId: second!.localMessageId,
      failedCode: '131026',
      failedDetail: 'Message undeliverable',
      id: delivered2!.payload.id,
      whatsappMessageId: delivered2!.payload.whatsappMessageId,
      text: null,
      type: 'template',
      timestamp: String(Math.floor(Date.now() / 1000)),
    };
    for (const payload of [delivered2!.payload, lateFailure, sent2!.payload]) {
      expect(await postWebhook(team.wati.webhookUrl, payload)).toMatchObject({ status: 200 });
    }

    await waitUntil(async () => {
      const rows = await recipientsOf(campaign.id);
      return rows.every((row) => row.status === 'read' || row.status === 'delivered');
    }, 'the statuses applied');
    const rows = await recipientsOf(campaign.id);
    const one = rows.find((row) => row.local_message_id === first!.localMessageId)!;
    const two = rows.find((row) => row.local_message_id === second!.localMessageId)!;
    expect(one).toMatchObject({ status: 'read', failed_at: null });
    expect(one.sent_at).toBeInstanceOf(Date);
    expect(one.delivered_at).toBeInstanceOf(Date);
    expect(one.read_at).toBeInstanceOf(Date);
    expect(one.sent_at!.getTime()).toBeLessThanOrEqual(one.read_at!.getTime());
    // Delivered stays delivered: a failure cannot take it back.
    expect(two).toMatchObject({ status: 'delivered', failed_at: null, failure_code: null });
    expect(two.sent_at).toBeInstanceOf(Date);

    // Wati retries a webhook it thinks was lost: the duplicate changes nothing.
    const again = await postWebhook(
      team.wati.webhookUrl,
      emitted.get(first!.localMessageId)![0]!.payload,
    );
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(await recipientsOf(campaign.id)).toEqual(rows);

    const { data } = await team.clients.viewer.rpc('campaign_progress', {
      campaign_id: campaign.id,
    });
    expect(data).toMatchObject({ sent: 2, delivered: 2, read: 1, failed: 0 });
  });

  it('retries a transient WhatsApp failure once, under a new local id, and a permanent one never', async () => {
    const team = await campaignTeam('outcome-failures');
    const digits = () => String(Math.floor(Math.random() * 100)).padStart(2, '0');
    // The sandbox fails numbers ending in a Meta code: 131049 is transient, 131026 permanent.
    const [transient, permanent] = await addContacts(team.organizationId, [
      { name: 'Limité par Meta', phone: `+2376${digits()}131049` },
      { name: 'Hors WhatsApp', phone: `+2376${digits()}131026` },
    ]);
    const campaign = await launchedCampaign(team);
    const original = Object.fromEntries(
      (await recipientsOf(campaign.id)).map((row) => [row.contact_id, row.local_message_id]),
    );

    await waitUntil(async () => {
      const rows = await recipientsOf(campaign.id);
      const retry = rows.find((row) => row.contact_id === transient!.id)!;
      const failed = rows.find((row) => row.contact_id === permanent!.id)!;
      return retry.dispatch === 'pending' && failed.status === 'failed';
    }, 'the failures reported');
    const rows = await recipientsOf(campaign.id);
    const retry = rows.find((row) => row.contact_id === transient!.id)!;
    expect(retry).toMatchObject({ status: 'queued', local_message_id: `${retry.id}-2` });
    // The retry waits a while (minutes), not the next tick.
    expect(retry.due_at.getTime()).toBeGreaterThan(Date.now() + 60_000);
    expect(rows.find((row) => row.contact_id === permanent!.id)).toMatchObject({
      dispatch: 'accepted',
      status: 'failed',
      failure_code: '131026',
      failure_reason:
        'Message non délivrable : numéro absent de WhatsApp ou application trop ancienne.',
      attempts: 1,
    });

    // The delay over (moved, not waited for), the one retry goes and fails again: no third try.
    await sql(`update public.campaign_recipients set due_at = now() where id = $1`, [retry.id]);
    await waitUntil(async () => {
      const row = (await recipientsOf(campaign.id)).find((item) => item.id === retry.id)!;
      return row.status === 'failed' && row.attempts === 2;
    }, 'the retry to fail too');
    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });
    const final = (await recipientsOf(campaign.id)).find((row) => row.id === retry.id)!;
    expect(final).toMatchObject({
      dispatch: 'accepted',
      failure_code: '131049',
      failure_reason:
        'Non délivré par Meta pour limiter les messages marketing reçus par ce contact.',
    });
    const atWati = await sandboxSends(team.wati);
    const toTransient = atWati.filter((message) => `+${message.waId}` === transient!.phone);
    expect(toTransient.map((message) => message.localMessageId).sort()).toEqual(
      [original[transient!.id], `${retry.id}-2`].sort(),
    );
    expect(atWati.filter((message) => `+${message.waId}` === permanent!.phone)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { sendRequest } from './batch.ts';
import {
  campaignAction,
  campaignRow,
  campaignTeam,
  disableWebhooks,
  dispatchByHand,
  expectSentExactlyOnce,
  launchedCampaign,
  readBackCalls,
  recipientsOf,
  runDispatcher,
  sendCalls,
  someContacts,
  tenantWatiClient,
  untilEnded,
  waitUntil,
} from '../../../test-support/campaign-fixtures';

// One dispatcher per organisation, and a dispatcher killed mid-batch loses nothing and sends
// nothing twice: when its lease runs out, the next one reads the batch back at Wati and resends
// only what never got there. The test plays the dispatcher that dies.

describe('dispatcher leases', () => {
  it('lets only one dispatcher hold an organisation at a time', async () => {
    const team = await campaignTeam('lease-single');
    const begin = async (holder: string) =>
      (
        await sql<{ ok: boolean }>(
          `select private.begin_campaign_dispatch($1, $2, interval '1 minute') as ok`,
          [team.organizationId, holder],
        )
      )[0]!.ok;
    const first = crypto.randomUUID();
    const second = crypto.randomUUID();
    expect(await begin(first)).toBe(true);
    expect(await begin(second)).toBe(false);
    // Renewing one's own lease is fine; claiming without it gives nothing.
    expect(await begin(first)).toBe(true);
    const [claim] = await sql<{ claim: unknown }>(
      `select private.claim_campaign_batch($1, $2) as claim`,
      [team.organizationId, second],
    );
    expect(claim!.claim).toBeNull();
    // The real dispatcher, called directly, stands aside too.
    expect(await runDispatcher(team.organizationId)).toMatchObject({ stopped: 'busy', batches: 0 });

    await sql(`select private.end_campaign_dispatch($1, $2)`, [team.organizationId, first]);
    expect(await begin(second)).toBe(true);
    await sql(`select private.end_campaign_dispatch($1, $2)`, [team.organizationId, second]);
  });

  it('resends, once, a batch whose dispatcher died before sending it', async () => {
    const team = await campaignTeam('lease-unsent');
    await someContacts(team.organizationId, 4);
    const hand = await dispatchByHand(team.organizationId);
    const campaign = await launchedCampaign(team);
    const batch = await hand.claimBatch();
    expect(batch.recipients).toHaveLength(4);
    expect((await recipientsOf(campaign.id)).every((row) => row.dispatch === 'claimed')).toBe(true);
    await hand.die();

    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });
    const { recipients } = await expectSentExactlyOnce(team.wati, campaign.id);
    for (const recipient of recipients) {
      expect(recipient).toMatchObject({ dispatch: 'accepted', attempts: 1 });
      expect(recipient.batch_name).not.toBe(batch.batchName);
    }
    // Wati was asked whether the dead batch had gone out before anything was sent again.
    const calls = await team.wati.calls();
    const firstSend = calls.findIndex((call) => call.operation === 'sendTemplateMessages');
    expect(calls.slice(0, firstSend).map((call) => call.operation)).toContain('listBroadcasts');
    expect(await sendCalls(team.wati)).toHaveLength(1);
  });

  it('recognises a batch its dead dispatcher had sent, and does not send it again', async () => {
    const team = await campaignTeam('lease-sent');
    await someContacts(team.organizationId, 4);
    const hand = await dispatchByHand(team.organizationId);
    const campaign = await launchedCampaign(team);
    const batch = await hand.claimBatch();

    // No webhook will tell WCAP about these messages: only the read-back can.
    await disableWebhooks(team.organizationId);
    const client = await tenantWatiClient(team.organizationId);
    const answer = await client.sendTemplateMessages(sendRequest(batch));
    expect(answer.recipients).toHaveLength(4);
    // The dispatcher dies before recording Wati's answer.
    const localIds = batch.recipients.map((recipient) => recipient.localMessageId);
    await waitUntil(async () => {
      const events = await team.wati.events();
      return localIds.every((id) =>
        events.some(
          (event) =>
            event.eventType === 'sentMessageREAD_v2' && event.payload.localMessageId === id,
        ),
      );
    }, 'the sandbox to have emitted every status of the batch');
    await hand.die();

    expect(await untilEnded(campaign.id)).toMatchObject({ status: 'completed' });
    const { recipients } = await expectSentExactlyOnce(team.wati, campaign.id);
    for (const recipient of recipients) {
      // Accepted on the read-back's word, in the batch it went in; no status came by webhook.
      expect(recipient).toMatchObject({
        dispatch: 'accepted',
        attempts: 1,
        batch_name: batch.batchName,
        status: 'queued',
      });
    }
    expect(await sendCalls(team.wati)).toHaveLength(1);
    expect((await readBackCalls(team.wati)).map((call) => call.operation)).toEqual(
      expect.arrayContaining(['listBroadcasts', 'listBroadcastRecipients']),
    );
  });

  it('cancels, never sends, what a batch in hand had not got to Wati when the campaign was cancelled', async () => {
    const team = await campaignTeam('lease-cancelled');
    await someContacts(team.organizationId, 6);
    const hand = await dispatchByHand(team.organizationId);
    const campaign = await launchedCampaign(team);
    const batch = await hand.claimBatch();
    const [refused, lost] = [batch.recipients.slice(0, 3), batch.recipients.slice(3)];
    await campaignAction(team.clients.owner, 'cancel_campaign', campaign.id);

    // Wati turned part of the batch away (429) after the cancellation...
    await hand.finish({
      campaignId: campaign.id,
      batchName: batch.batchName,
      results: [
        ...refused.map((recipient) => ({ id: recipient.id, outcome: 'requeue' as const })),
        ...lost.map((recipient) => ({ id: recipient.id, outcome: 'unknown' as const })),
      ],
    });
    // ...and the answer for the rest was lost: the read-back finds it never went out.
    await hand.die();
    await sql(
      `update public.campaign_recipients set due_at = now() - interval '1 second'
       where campaign_id = $1 and dispatch = 'unknown'`,
      [campaign.id],
    );
    await waitUntil(
      async () => (await recipientsOf(campaign.id)).every((row) => row.dispatch === 'cancelled'),
      'every recipient of the cancelled campaign to be cancelled',
    );
    expect(await campaignRow(campaign.id)).toMatchObject({
      status: 'cancelled',
      reserved_messages: 0,
    });
    expect(await sendCalls(team.wati)).toHaveLength(0);
  });
});

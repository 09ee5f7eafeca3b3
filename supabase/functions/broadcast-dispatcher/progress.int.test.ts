import { describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { stackInfo } from '../../../test-support/clients';
import {
  join,
  joinOutcome,
  listenPrivately,
  readDenied,
  refreshToNewToken,
  restBroadcast,
} from '../../../test-support/private-listener';
import {
  campaignTeam,
  createDraft,
  launch,
  setSendLimits,
  someContacts,
  untilEnded,
  waitUntil,
} from '../../../test-support/campaign-fixtures';

// The campaign page's live progress: a member subscribes with supabase-js to the campaign's private
// channel and hears the dispatcher's aggregated totals until the campaign is done. Only members of
// the organisation may listen, and only the server may write there.

type Progress = Record<string, unknown> & { remaining: number; status: string };

const listen = (client: Parameters<typeof listenPrivately>[0], topic: string) =>
  listenPrivately(client, topic, 'progress');

/** The numbers, without the moment they were counted at. */
function withoutTime(progress: Record<string, unknown>): Record<string, unknown> {
  const numbers = { ...progress };
  delete numbers.updatedAt;
  return numbers;
}

/** What the dispatcher publishes on its next tick, as it does whenever the figures change. */
const republish = (campaignId: string) =>
  sql(`select private.mark_campaign_progress($1)`, [campaignId]);

/** What the attack of issue 12 pushed: figures from nowhere, dated 2099. */
const forgedProgress = (campaignId: string) => ({
  campaignId,
  status: 'completed',
  total: 8,
  remaining: 0,
  accepted: 8,
  sent: 999_999,
  delivered: 999_999,
  read: 999_999,
  replied: 0,
  failed: 0,
  cancelled: 0,
  lastError: null,
  updatedAt: '2099-01-01T00:00:00.000Z',
});

const heardFrom = (heard: unknown[], campaignId: string) =>
  heard.filter((payload) => (payload as Progress).campaignId === campaignId);

describe('live progress', () => {
  it('reaches members over Realtime until nothing remains, and agrees with campaign_progress', async () => {
    const team = await campaignTeam('progress-live');
    await setSendLimits(team.organizationId, { messagesPerSecond: 10 });
    await someContacts(team.organizationId, 8);
    const draft = await createDraft(team);

    // A viewer opens the campaign page: it reads the topic, then listens.
    const { data: row } = await team.clients.viewer
      .from('campaigns')
      .select('progress_topic')
      .eq('id', draft.id)
      .single();
    const topic = (row as { progress_topic: string }).progress_topic;
    expect(topic).toMatch(/^campaign-progress:[0-9a-f]{32}$/);
    const viewer = listen(team.clients.viewer, topic);
    await join(viewer);
    const heard = viewer.heard as Progress[];

    try {
      await launch(team.clients.admin, draft.id);
      await untilEnded(draft.id);
      await waitUntil(
        () => heard.some((progress) => progress.remaining === 0 && progress.status === 'completed'),
        'the final progress over Realtime',
      );
      // Statuses may still arrive by webhook: the last word heard is what the database says.
      let latest: unknown = null;
      await waitUntil(async () => {
        const { data } = await team.clients.viewer.rpc('campaign_progress', {
          campaign_id: draft.id,
        });
        latest = data;
        return (
          JSON.stringify(withoutTime(heard.at(-1)!)) ===
          JSON.stringify(withoutTime(data as Record<string, unknown>))
        );
      }, 'the last progress heard to match campaign_progress');
      expect(heard.at(-1)).toMatchObject({
        campaignId: draft.id,
        status: 'completed',
        total: 8,
        remaining: 0,
        accepted: 8,
        failed: 0,
        cancelled: 0,
        lastError: null,
      });
      expect(withoutTime(heard.at(-1)!)).toEqual(withoutTime(latest as Record<string, unknown>));
      for (const progress of heard) {
        expect(Object.keys(progress).sort()).toEqual(
          Object.keys(latest as Record<string, unknown>).sort(),
        );
      }
    } finally {
      await team.clients.viewer.removeChannel(viewer.channel);
    }

    // Another organisation's owner learns neither the topic nor the numbers.
    const foreign = await team.clients.stranger
      .from('campaigns')
      .select('progress_topic')
      .eq('id', draft.id);
    expect(foreign.data).toEqual([]);
    const theirs = await team.clients.stranger.rpc('campaign_progress', { campaign_id: draft.id });
    expect(theirs.error).toBeNull();
    expect(theirs.data).toBeNull();
    const anonymous = await team.clients.anonymous.rpc('campaign_progress', {
      campaign_id: draft.id,
    });
    expect(anonymous.data ?? null).toBeNull();
  });
});

describe('the progress channel is private', () => {
  it('lets members in and refuses another organisation as Supabase does, even knowing the topic', async () => {
    const team = await campaignTeam('progress-members');
    const draft = await createDraft(team);
    const viewer = listen(team.clients.viewer, draft.progress_topic);
    await join(viewer);
    expect(
      await joinOutcome(team.clients.stranger, listen(team.clients.stranger, draft.progress_topic)),
    ).toBe(readDenied(draft.progress_topic));

    await republish(draft.id);
    await waitUntil(() => heardFrom(viewer.heard, draft.id).length > 0, "the server's progress");
    expect(viewer.heard[0]).toMatchObject({ campaignId: draft.id, status: 'draft' });
  });

  it('takes no forged progress from the anonymous key', async () => {
    const team = await campaignTeam('progress-anon');
    const draft = await createDraft(team);
    const topic = draft.progress_topic;
    const viewer = listen(team.clients.viewer, topic);
    await join(viewer);

    const anonymous = team.clients.anonymous;
    expect(await joinOutcome(anonymous, listen(anonymous, topic))).toBe(readDenied(topic));
    // The public channel of the same name, acknowledged: the send was fanned out by then.
    const publicChannel = anonymous.channel(topic, { config: { broadcast: { ack: true } } });
    await new Promise<void>((resolve) =>
      publicChannel.subscribe((status) => status === 'SUBSCRIBED' && resolve()),
    );
    const forged = forgedProgress(draft.id);
    expect(
      await publicChannel.send({ type: 'broadcast', event: 'progress', payload: forged }),
    ).toBe('ok');
    await anonymous.removeChannel(publicChannel);
    for (const isPrivate of [true, false]) {
      expect(
        await restBroadcast(
          stackInfo().apiUrl,
          { apikey: stackInfo().anonKey },
          { topic, event: 'progress', payload: forged, private: isPrivate },
        ),
      ).toBe(202);
    }

    await republish(draft.id);
    await waitUntil(() => heardFrom(viewer.heard, draft.id).length > 0, "the server's progress");
    expect(viewer.heard).toEqual([expect.objectContaining({ campaignId: draft.id, sent: 0 })]);
  });

  it('lets no member write on it', async () => {
    const team = await campaignTeam('progress-members-write');
    const draft = await createDraft(team);
    const topic = draft.progress_topic;
    const viewer = listen(team.clients.viewer, topic);
    await join(viewer);

    const forged = forgedProgress(draft.id);
    const admin = listen(team.clients.admin, topic);
    await join(admin);
    expect(
      await admin.channel.send({ type: 'broadcast', event: 'progress', payload: forged }),
    ).toBe('ok');
    // A channel's frames are handled in order: the leave answered, the send was handled too.
    expect(await admin.channel.unsubscribe()).toBe('ok');
    const { data } = await team.clients.owner.auth.getSession();
    expect(
      await restBroadcast(
        stackInfo().apiUrl,
        { apikey: stackInfo().anonKey, token: data.session!.access_token },
        { topic, event: 'progress', payload: forged, private: true },
      ),
    ).toBe(202);

    await republish(draft.id);
    await waitUntil(() => heardFrom(viewer.heard, draft.id).length > 0, "the server's progress");
    expect(viewer.heard).toEqual([expect.objectContaining({ campaignId: draft.id, sent: 0 })]);
  });

  it('stops reaching a viewer removed from the organisation at their next token', async () => {
    const team = await campaignTeam('progress-removed');
    const draft = await createDraft(team);
    const topic = draft.progress_topic;
    const viewer = listen(team.clients.viewer, topic);
    const agent = listen(team.clients.agent, topic);
    await Promise.all([join(viewer), join(agent)]);

    const removal = await team.clients.admin
      .from('memberships')
      .delete()
      .eq('organization_id', team.organizationId)
      .eq('user_id', team.userIds.viewer)
      .select('user_id');
    expect(removal.error).toBeNull();
    expect(removal.data).toHaveLength(1);
    // A browser's session refreshes its token before it expires, and supabase-js passes it on.
    await refreshToNewToken(team.clients.viewer);
    await waitUntil(() => viewer.statuses.includes('CLOSED'), "the viewer's channel to close");
    expect(viewer.system).toEqual([
      expect.objectContaining({
        status: 'error',
        message: `You do not have permissions to read from this Channel topic: ${topic}`,
      }),
    ]);

    await republish(draft.id);
    await waitUntil(() => heardFrom(agent.heard, draft.id).length > 0, "the agent's progress");
    expect(viewer.heard).toEqual([]);
    expect(await joinOutcome(team.clients.viewer, listen(team.clients.viewer, topic))).toBe(
      readDenied(topic),
    );
  });
});

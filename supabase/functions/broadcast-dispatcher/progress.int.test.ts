import type { RealtimeChannel } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import {
  campaignTeam,
  createDraft,
  launch,
  setSendLimits,
  someContacts,
  untilEnded,
  waitUntil,
} from './testing/campaign-fixtures';

// The campaign page's live progress: a member subscribes with supabase-js to the campaign's
// broadcast topic and hears the dispatcher's aggregated totals until the campaign is done.

type Progress = Record<string, unknown> & { remaining: number; status: string };

function subscribe(channel: RealtimeChannel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve();
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') {
        reject(error ?? new Error(status));
      }
    });
  });
}

/** The numbers, without the moment they were counted at. */
function withoutTime(progress: Record<string, unknown>): Record<string, unknown> {
  const numbers = { ...progress };
  delete numbers.updatedAt;
  return numbers;
}

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
    const heard: Progress[] = [];
    const channel = team.clients.viewer
      .channel(topic)
      .on('broadcast', { event: 'progress' }, ({ payload }) => heard.push(payload as Progress));
    await subscribe(channel);

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
      await team.clients.viewer.removeChannel(channel);
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

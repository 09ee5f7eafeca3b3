import { channelProblem } from '../channel';
import { ok, v3Error } from '../http-answers';
import { isAnswer, pageOf, v3Page } from '../request-fields';
import type { ApiRoute } from '../router';
import type {
  SandboxBroadcast,
  SandboxMessage,
  SandboxMessageStatus,
  SandboxTenant,
} from '../tenant-state';

const RECIPIENT_STATUS: Record<SandboxMessageStatus, string> = {
  scheduled: 'Pending',
  accepted: 'Queued',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  replied: 'Replied',
  failed: 'Failed',
};

function messagesOf(
  tenant: SandboxTenant,
  broadcast: SandboxBroadcast,
  ids: readonly string[] = broadcast.messageIds,
): SandboxMessage[] {
  return ids.flatMap((id) => tenant.messages.get(id) ?? []);
}

function broadcastDto(tenant: SandboxTenant, broadcast: SandboxBroadcast) {
  let waiting = false;
  let pending = false;
  for (const id of broadcast.messageIds) {
    const status = tenant.messages.get(id)?.status;
    if (status === 'scheduled') pending = true;
    if (status === 'scheduled' || status === 'accepted') waiting = true;
    if (pending) break;
  }
  return {
    id: broadcast.id,
    channel_id: null,
    name: broadcast.name,
    status: pending ? 'Scheduled' : waiting ? 'Processing' : 'Completed',
    template_id: broadcast.templateId,
    fallback_templates: [],
    created: broadcast.created,
    last_updated: broadcast.lastUpdated,
    scheduled_at: broadcast.scheduledAt,
  };
}

/** Counts are cumulative: a read message also counts as sent and delivered. */
function statistics(messages: SandboxMessage[]) {
  const count = (statuses: SandboxMessageStatus[]) =>
    messages.filter((message) => statuses.includes(message.status)).length;
  return {
    total_recipients: messages.length,
    total_pending: count(['scheduled']),
    total_queued: count(['accepted']),
    total_sending: 0,
    total_sent: count(['sent', 'delivered', 'read', 'replied']),
    total_delivered: count(['delivered', 'read', 'replied']),
    total_read: count(['read', 'replied']),
    total_replied: count(['replied']),
    total_failed: count(['failed']),
    total_stopped: 0,
  };
}

export const broadcastRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/api/ext/v3/broadcasts',
    name: 'listBroadcasts',
    handle({ tenant, query }) {
      const page = v3Page(query);
      if (isAnswer(page)) return page.answer;
      const wrongChannel = channelProblem(tenant, query.get('channel'));
      if (wrongChannel) return wrongChannel;
      // Newest first, as Wati lists them: the read-back after an unknown outcome looks for a batch
      // sent moments ago, and finds it on the first page.
      const newestFirst = [...tenant.broadcasts.values()].reverse();
      return ok({
        broadcasts: pageOf(newestFirst, page.value).map((broadcast) =>
          broadcastDto(tenant, broadcast),
        ),
        page_number: page.value.number,
        page_size: page.value.size,
        total: newestFirst.length,
      });
    },
  },
  {
    method: 'GET',
    path: '/api/ext/v3/broadcasts/:broadcastId',
    name: 'getBroadcast',
    handle({ tenant, params }) {
      const broadcast = tenant.broadcasts.get(params.broadcastId ?? '');
      if (!broadcast) return v3Error(404, 'Broadcast not found.');
      return ok({
        ...broadcastDto(tenant, broadcast),
        statistics: statistics(messagesOf(tenant, broadcast)),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/ext/v3/broadcasts/:broadcastId/recipients',
    name: 'listBroadcastRecipients',
    handle({ tenant, params, query }) {
      const broadcast = tenant.broadcasts.get(params.broadcastId ?? '');
      if (!broadcast) return v3Error(404, 'Broadcast not found.');
      const page = v3Page(query);
      if (isAnswer(page)) return page.answer;
      // Only the page is looked up: a read-back pages through up to 10,000 recipients.
      const messages = messagesOf(tenant, broadcast, pageOf(broadcast.messageIds, page.value));
      return ok({
        recipients: messages.map((message) => ({
          id: message.id,
          contact_id: message.contactId,
          contact_name: tenant.contacts.get(message.waId)?.name ?? message.waId,
          contact_phone: message.waId,
          status: RECIPIENT_STATUS[message.status],
          failed_code: message.failedCode,
          local_message_id: message.localMessageId,
          message_id: message.whatsappMessageId,
          custom_params: message.customParams,
          created: message.created,
        })),
        page_number: page.value.number,
        page_size: page.value.size,
        total_count: broadcast.messageIds.length,
      });
    },
  },
];

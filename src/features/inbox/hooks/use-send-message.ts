import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addNote, sendReply, threadPageSize } from '../api';
import { inboxKeys } from '../query-keys';
import { mergeMessage, removeMessage, type ThreadData } from '../thread-cache';
import type { ConversationDetail, Message, ReplyContent } from '../types';

type Send =
  | { type: 'reply'; clientMessageId: string; content: ReplyContent }
  | { type: 'note'; clientMessageId: string; body: string; mentions: string[] };

function kindOf(content: ReplyContent): string {
  if (content.kind !== 'file') return content.kind;
  if (/\.(jpe?g|png|webp)(\?|#|$)/i.test(content.url)) return 'image';
  if (/\.(mp4|3gp)(\?|#|$)/i.test(content.url)) return 'video';
  if (/\.(mp3|ogg|aac|amr|m4a)(\?|#|$)/i.test(content.url)) return 'audio';
  return 'document';
}

/** The message as the thread shows it while it is on its way (a clock for a tick). */
export function localMessage(
  send: Send,
  conversation: ConversationDetail,
  authorId: string,
): Message {
  const now = new Date().toISOString();
  const reply = send.type === 'reply' ? send.content : null;
  return {
    id: `local-${send.clientMessageId}`,
    organization_id: conversation.organization_id,
    conversation_id: conversation.id,
    contact_id: conversation.contact_id,
    author: 'agent',
    author_id: authorId,
    author_name: null,
    private: send.type === 'note',
    kind: reply ? kindOf(reply) : 'text',
    body:
      send.type === 'note'
        ? send.body
        : reply?.kind === 'text'
          ? reply.body
          : reply?.kind === 'file'
            ? (reply.caption ?? null)
            : null,
    media: reply?.kind === 'file' ? { url: reply.url } : null,
    template:
      reply?.kind === 'template' ? { name: reply.name, parameters: reply.parameters } : null,
    event: null,
    mentions: send.type === 'note' ? send.mentions : [],
    reply_to_wamid: null,
    client_message_id: send.clientMessageId,
    local_message_id: null,
    wati_message_id: null,
    whatsapp_message_id: null,
    status: send.type === 'note' ? null : 'queued',
    failure_code: null,
    failure_reason: null,
    sent_at: null,
    delivered_at: null,
    read_at: null,
    failed_at: null,
    campaign_recipient_id: null,
    opt_out: false,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Sends a reply (inbox-send) or files a note (add_note). The message shows at once with a clock;
 * the stored copy replaces it; a refusal takes it away again, the composer keeping the text.
 */
export function useSendMessage(
  organizationId: string,
  conversation: ConversationDetail | null | undefined,
  authorId: string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (send: Send): Promise<Message> => {
      if (!conversation) throw new Error('No conversation to send to');
      return send.type === 'reply'
        ? sendReply({
            conversationId: conversation.id,
            clientMessageId: send.clientMessageId,
            content: send.content,
          })
        : addNote({
            conversationId: conversation.id,
            body: send.body,
            mentions: send.mentions,
            clientMessageId: send.clientMessageId,
          });
    },
    onMutate: (send) => {
      if (!conversation) return;
      queryClient.setQueryData<ThreadData>(
        inboxKeys.thread(organizationId, conversation.id),
        (data) => mergeMessage(data, localMessage(send, conversation, authorId), threadPageSize),
      );
    },
    onSuccess: (message) => {
      queryClient.setQueryData<ThreadData>(
        inboxKeys.thread(organizationId, message.conversation_id),
        (data) => mergeMessage(data, message, threadPageSize),
      );
      void queryClient.invalidateQueries({ queryKey: inboxKeys.lists(organizationId) });
    },
    onError: (_error, send) => {
      if (!conversation) return;
      queryClient.setQueryData<ThreadData>(
        inboxKeys.thread(organizationId, conversation.id),
        (data) => removeMessage(data, `local-${send.clientMessageId}`),
      );
    },
  });
}

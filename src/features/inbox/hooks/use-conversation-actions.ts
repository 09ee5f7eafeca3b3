import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { useLingui } from '@lingui/react/macro';
import {
  assignConversation,
  markConversationRead,
  retryMessage,
  setConversationStatus,
  threadPageSize,
  updateConversationDetails,
} from '../api';
import { inboxKeys } from '../query-keys';
import { mergeMessage, type ThreadData } from '../thread-cache';
import type { ConversationDetail, ConversationPriority, ConversationStatus } from '../types';

/**
 * What an agent does to a conversation: assign it, change its status, its labels and priority,
 * mark it unread, send a failed message again. Realtime brings the outcome to every screen;
 * the conversation is read again here too, for the one who acted.
 */
export function useConversationActions(
  organizationId: string,
  conversation: ConversationDetail | null | undefined,
) {
  const { t } = useLingui();
  const queryClient = useQueryClient();
  const conversationId = conversation?.id ?? '';

  const refresh = () => {
    void queryClient.invalidateQueries({
      queryKey: inboxKeys.conversation(organizationId, conversationId),
    });
    void queryClient.invalidateQueries({ queryKey: inboxKeys.lists(organizationId) });
  };
  const failed = (fallback: string) => (error: unknown) =>
    toast.error(toUserMessage(error, fallback));

  const assign = useMutation({
    mutationFn: (input: { assigneeId: string | null } | { teamId: string | null }) =>
      assignConversation(
        'teamId' in input
          ? {
              conversationId,
              assigneeId: conversation?.assignee_id ?? null,
              teamId: input.teamId,
              changeTeam: true,
            }
          : { conversationId, assigneeId: input.assigneeId, teamId: null, changeTeam: false },
      ),
    onSuccess: refresh,
    onError: failed(t`L’assignation n’a pas pu être enregistrée.`),
  });

  const setStatus = useMutation({
    mutationFn: (input: { status: ConversationStatus; snoozedUntil?: string | null }) =>
      setConversationStatus({
        conversationId,
        status: input.status,
        snoozedUntil: input.snoozedUntil ?? null,
      }),
    onSuccess: (_data, input) => {
      refresh();
      if (input.status === 'resolved') toast.success(t`Conversation résolue.`);
      if (input.status === 'snoozed') toast.success(t`Conversation reportée.`);
    },
    onError: failed(t`Le statut n’a pas pu être changé.`),
  });

  const updateDetails = useMutation({
    mutationFn: (input: { labels?: string[]; priority?: ConversationPriority | null }) =>
      updateConversationDetails({
        conversationId,
        labels: input.labels ?? conversation?.labels ?? [],
        priority: input.priority === undefined ? (conversation?.priority ?? null) : input.priority,
      }),
    onSuccess: refresh,
    onError: failed(t`Les détails n’ont pas pu être enregistrés.`),
  });

  const markUnread = useMutation({
    mutationFn: () => markConversationRead(conversationId, true),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: inboxKeys.lists(organizationId) });
      void queryClient.invalidateQueries({ queryKey: inboxKeys.counts(organizationId) });
    },
    onError: failed(t`La conversation n’a pas pu être marquée comme non lue.`),
  });

  const retry = useMutation({
    mutationFn: (messageId: string) => retryMessage(messageId),
    onSuccess: (message) =>
      queryClient.setQueryData<ThreadData>(
        inboxKeys.thread(organizationId, message.conversation_id),
        (data) => mergeMessage(data, message, threadPageSize),
      ),
    onError: failed(t`Le message n’a pas pu être renvoyé.`),
  });

  return { assign, setStatus, updateDetails, markUnread, retry };
}

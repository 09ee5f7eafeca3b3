import { Trans, useLingui } from '@lingui/react/macro';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { readEvent, readTemplate } from '../message-content';
import { dayLabel, groupMessages } from '../message-grouping';
import { eventText } from '../labels';
import { useThread } from '../hooks/use-conversations';
import { chronological } from '../thread-cache';
import type { CampaignName, ConversationDetail, InboxMember, Message } from '../types';
import { MessageBubble } from './message-bubble';

/** Within this distance of the bottom, new messages scroll into view by themselves. */
const stickyDistancePx = 120;

type ThreadMessagesProps = {
  organizationId: string;
  conversation: ConversationDetail;
  members: InboxMember[];
  campaigns: CampaignName[];
  meId: string;
  timeZone: string;
  now: number;
  mayAct: boolean;
  onRetry: (messageId: string) => void;
  retryingId: string | null;
};

/**
 * The conversation's messages, oldest at the top, with a line for each day. It opens on the last
 * message and follows new ones while the reader is at the bottom; older pages load on demand and
 * the reader's place is kept.
 */
export function ThreadMessages({
  organizationId,
  conversation,
  members,
  campaigns,
  meId,
  timeZone,
  now,
  mayAct,
  onRetry,
  retryingId,
}: ThreadMessagesProps) {
  const { t } = useLingui();
  const thread = useThread(organizationId, conversation.id);
  const messages = useMemo(() => chronological(thread.data), [thread.data]);
  const items = useMemo(() => groupMessages(messages, timeZone), [messages, timeZone]);
  const scrollRef = useRef<HTMLElement>(null);
  const atBottomRef = useRef(true);
  const restoreFromBottom = useRef<number | null>(null);
  const [awayFromBottom, setAwayFromBottom] = useState(false);

  const names = useMemo(
    () => new Map(members.map((member) => [member.userId, member.name])),
    [members],
  );
  const campaignNames = useMemo(
    () => new Map(campaigns.map((campaign) => [campaign.id, campaign.name])),
    [campaigns],
  );
  const contactName = conversation.contact.name || conversation.contact.phone;

  const authorLabel = (message: Message): string => {
    const memberName = message.author_id ? names.get(message.author_id) : undefined;
    switch (message.author) {
      case 'contact':
        return contactName;
      case 'agent': {
        const name =
          message.author_id === meId ? t`Vous` : (memberName ?? message.author_name ?? t`Un agent`);
        return message.private ? t`Note privée · ${name}` : name;
      }
      case 'bot': {
        const flow = message.author_name;
        return flow ? t`Chatbot · ${flow}` : t`Chatbot`;
      }
      case 'campaign':
        return t`Campagne`;
      case 'wati': {
        const operator = message.author_name;
        return operator ? t`Envoyé depuis Wati · ${operator}` : t`Envoyé depuis Wati`;
      }
      case 'system':
        return t`Message automatique`;
    }
  };

  const newestId = messages[messages.length - 1]?.id;
  const oldestId = messages[0]?.id;
  const newest = messages[messages.length - 1];
  const mineNewest = newest?.author === 'agent' && newest.author_id === meId;
  // Opening a conversation starts at its bottom.
  useLayoutEffect(() => {
    atBottomRef.current = true;
  }, [conversation.id]);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    if (restoreFromBottom.current !== null) {
      element.scrollTop = element.scrollHeight - restoreFromBottom.current;
      restoreFromBottom.current = null;
    } else if (atBottomRef.current || mineNewest) {
      element.scrollTop = element.scrollHeight;
    }
  }, [newestId, oldestId, mineNewest]);

  const loadOlder = () => {
    const element = scrollRef.current;
    if (element) restoreFromBottom.current = element.scrollHeight - element.scrollTop;
    void thread.fetchNextPage();
  };

  if (thread.isPending) {
    return (
      <LoadingRegion label={t`Chargement des messages…`} className="flex flex-1 flex-col gap-3 p-4">
        <Skeleton className="h-12 w-2/3" />
        <Skeleton className="ml-auto h-12 w-1/2" />
        <Skeleton className="h-16 w-3/5" />
      </LoadingRegion>
    );
  }
  if (thread.isError) {
    return (
      <div className="flex-1 p-4">
        <LoadError
          message={toUserMessage(thread.error, t`Les messages n’ont pas pu être chargés.`)}
          onRetry={() => void thread.refetch()}
        />
      </div>
    );
  }

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <section
        ref={scrollRef}
        tabIndex={0}
        aria-label={t`Messages de la conversation`}
        onScroll={(event) => {
          const element = event.currentTarget;
          const atBottom =
            element.scrollHeight - element.scrollTop - element.clientHeight < stickyDistancePx;
          atBottomRef.current = atBottom;
          setAwayFromBottom(!atBottom);
        }}
        className="min-h-0 flex-1 overflow-y-auto bg-[#efeae2] px-3 py-3 focus-visible:outline-offset-[-2px] sm:px-5"
      >
        {thread.hasNextPage && (
          <div className="mb-2 flex justify-center">
            <Button variant="secondary" loading={thread.isFetchingNextPage} onClick={loadOlder}>
              <Trans>Messages précédents</Trans>
            </Button>
          </div>
        )}
        {items.length === 0 && (
          <p className="mt-6 text-center text-sm text-slate-700">
            <Trans>Aucun message dans cette conversation.</Trans>
          </p>
        )}
        {items.map((item) => {
          if (item.kind === 'day') {
            return (
              <p key={item.key} className="my-3 text-center">
                <span className="rounded-full bg-white/90 px-3 py-1 text-xs font-semibold text-slate-700 shadow-xs">
                  {dayLabel(item.at, now, timeZone)}
                </span>
              </p>
            );
          }
          const { message } = item;
          const event = message.kind === 'event' ? readEvent(message.event) : null;
          if (event) {
            return (
              <p key={item.key} className="my-2 text-center">
                <span className="inline-block max-w-[90%] rounded-md bg-white/90 px-3 py-1 text-xs text-slate-700 shadow-xs">
                  {eventText(event, timeZone)}
                </span>
              </p>
            );
          }
          const campaignId =
            message.author === 'campaign' ? readTemplate(message.template)?.campaignId : null;
          return (
            <MessageBubble
              key={item.key}
              message={message}
              authorLabel={authorLabel(message)}
              startsGroup={item.startsGroup}
              timeZone={timeZone}
              campaignName={campaignId ? (campaignNames.get(campaignId) ?? null) : null}
              mayRetry={mayAct}
              onRetry={onRetry}
              retrying={retryingId === message.id}
            />
          );
        })}
      </section>
      {awayFromBottom && (
        <button
          type="button"
          onClick={() => {
            const element = scrollRef.current;
            if (element) element.scrollTop = element.scrollHeight;
          }}
          className="absolute right-4 bottom-3 min-h-10 rounded-full bg-white px-4 text-sm font-semibold text-brand-800 shadow-md ring-1 ring-slate-200"
        >
          <span aria-hidden="true">↓ </span>
          <Trans>Derniers messages</Trans>
        </button>
      )}
    </div>
  );
}

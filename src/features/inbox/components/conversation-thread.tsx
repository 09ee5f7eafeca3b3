import { Trans, useLingui } from '@lingui/react/macro';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Ref } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import type { CampaignName, ConversationDetail } from '../types';
import { Composer, type ComposerHandle } from './composer';
import { ThreadHeader, type ThreadHeaderHandle, type ThreadHeaderProps } from './thread-header';
import { ThreadMessages } from './thread-messages';

type ConversationThreadProps = Omit<ThreadHeaderProps, 'ref' | 'conversation' | 'meId'> & {
  organizationId: string;
  query: UseQueryResult<ConversationDetail | null>;
  headerRef: Ref<ThreadHeaderHandle>;
  composerRef: Ref<ComposerHandle>;
  me: { userId: string; name: string };
  campaigns: CampaignName[];
  onTyping: (typing: boolean) => void;
};

/** The open conversation: its header and actions, its messages, and the composer. */
export function ConversationThread({
  organizationId,
  query,
  headerRef,
  composerRef,
  me,
  campaigns,
  onTyping,
  ...headerProps
}: ConversationThreadProps) {
  const { members, mayAct, timeZone, now, windowOpen, listHref, actions } = headerProps;
  const { t } = useLingui();

  if (query.isPending) {
    return (
      <LoadingRegion
        label={t`Chargement de la conversation…`}
        className="flex flex-1 flex-col gap-3 p-4"
      >
        <Skeleton className="h-10 w-1/2" />
        <Skeleton className="h-40 w-full" />
      </LoadingRegion>
    );
  }
  if (query.isError) {
    return (
      <div className="p-4">
        <LoadError
          message={toUserMessage(query.error, t`La conversation n’a pas pu être chargée.`)}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  }
  const conversation = query.data;
  if (!conversation) {
    return (
      <div className="p-4">
        <EmptyState
          title={t`Conversation introuvable`}
          action={
            <Link to={listHref} className="font-semibold text-brand-800 underline">
              <Trans>Revenir à la liste</Trans>
            </Link>
          }
        >
          <Trans>Elle a peut-être été supprimée ou confiée à un autre agent.</Trans>
        </EmptyState>
      </div>
    );
  }

  return (
    <>
      <ThreadHeader ref={headerRef} conversation={conversation} meId={me.userId} {...headerProps} />
      <ThreadMessages
        organizationId={organizationId}
        conversation={conversation}
        members={members}
        campaigns={campaigns}
        meId={me.userId}
        timeZone={timeZone}
        now={now}
        mayAct={mayAct}
        onRetry={(messageId) => actions.retry.mutate(messageId)}
        retryingId={actions.retry.isPending ? (actions.retry.variables ?? null) : null}
      />
      {mayAct ? (
        <Composer
          key={conversation.id}
          ref={composerRef}
          organizationId={organizationId}
          conversation={conversation}
          me={me}
          members={members}
          windowOpen={windowOpen}
          onTyping={onTyping}
        />
      ) : (
        <p className="border-t border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
          <Trans>
            Lecture seule : les lecteurs consultent la boîte de réception sans y répondre.
          </Trans>
        </p>
      )}
    </>
  );
}

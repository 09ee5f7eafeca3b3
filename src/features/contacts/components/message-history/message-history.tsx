import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { Link } from 'react-router';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { Card } from '../../../../components/ui/card';
import { ExternalLinkIcon } from '../../../../components/ui/icons';
import { LoadError } from '../../../../components/ui/load-error';
import { SkeletonList } from '../../../../components/ui/skeleton';
import { toUserMessage } from '../../../../lib/errors';
import { formatDateTime } from '../../../../lib/format';
import { campaignPath, conversationPath } from '../../../../lib/paths';
import type { ContactConversation, HistoryEntry } from './api';
import {
  authorLabel,
  conversationStatusLabel,
  conversationStatusTone,
  describeEvent,
  kindLabel,
  locationText,
  mediaLink,
  messageStatusLabel,
  messageStatusTone,
  templateName,
} from './history-labels';
import { mergePages } from './history-pages';
import {
  useContactConversations,
  useLiveMessageHistory,
  useMemberNames,
  useMessageHistory,
} from './use-message-history';

type MessageHistoryProps = {
  organizationId: string;
  contactId: string;
  timeZone: string;
};

/** The contact's conversations and every message exchanged with it, newest first. */
export function MessageHistory({ organizationId, contactId, timeZone }: MessageHistoryProps) {
  const { t } = useLingui();
  useLiveMessageHistory(organizationId, contactId);
  return (
    <>
      <Card title={t`Conversations`}>
        <ConversationList
          organizationId={organizationId}
          contactId={contactId}
          timeZone={timeZone}
        />
      </Card>
      <Card
        title={t`Messages`}
        description={t`Du plus récent au plus ancien : conversations, campagnes et notes internes.`}
      >
        <MessageList contactId={contactId} organizationId={organizationId} timeZone={timeZone} />
      </Card>
    </>
  );
}

function ConversationList({ organizationId, contactId, timeZone }: MessageHistoryProps) {
  const { t } = useLingui();
  const conversations = useContactConversations(organizationId, contactId);
  const names = useMemberNames(organizationId);

  if (conversations.isPending) {
    return <SkeletonList rows={2} label={t`Chargement des conversations…`} />;
  }
  if (conversations.isError) {
    return (
      <LoadError
        message={toUserMessage(
          conversations.error,
          t`Les conversations n’ont pas pu être chargées.`,
        )}
        onRetry={() => void conversations.refetch()}
      />
    );
  }
  if (conversations.data.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        <Trans>Aucune conversation avec ce contact pour l’instant.</Trans>
      </p>
    );
  }
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {conversations.data.map((conversation) => (
        <ConversationItem
          key={conversation.id}
          conversation={conversation}
          assigneeName={
            conversation.assigneeId ? (names.data?.get(conversation.assigneeId) ?? null) : null
          }
          timeZone={timeZone}
        />
      ))}
    </ul>
  );
}

function ConversationItem({
  conversation,
  assigneeName,
  timeZone,
}: {
  conversation: ContactConversation;
  assigneeName: string | null;
  timeZone: string;
}) {
  const { t } = useLingui();
  const opened = formatDateTime(conversation.createdAt, timeZone);
  const resolved = conversation.resolvedAt
    ? formatDateTime(conversation.resolvedAt, timeZone)
    : null;
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={conversationStatusTone(conversation.status)}>
            {conversationStatusLabel(conversation.status)}
          </Badge>
          <span className="text-slate-800">
            <Trans>Ouverte le {opened}</Trans>
          </span>
        </p>
        <p className="mt-1 text-slate-600">
          {conversation.assigneeId ? (
            assigneeName ? (
              <Trans>Attribuée à {assigneeName}</Trans>
            ) : (
              <Trans>Attribuée à un membre</Trans>
            )
          ) : (
            <Trans>Non attribuée</Trans>
          )}
          {resolved && (
            <>
              {' · '}
              <Trans>Résolue le {resolved}</Trans>
            </>
          )}
        </p>
      </div>
      <Link
        to={conversationPath(conversation.id)}
        className="inline-flex min-h-10 shrink-0 items-center text-sm font-semibold text-brand-700 underline"
      >
        <Trans>Ouvrir la conversation</Trans>
        <span className="sr-only">{t`du ${opened}`}</span>
      </Link>
    </li>
  );
}

/** Consecutive messages of one conversation (or of no conversation: campaign messages). */
type Run = { conversationId: string | null; entries: HistoryEntry[] };

function runsOf(entries: readonly HistoryEntry[]): Run[] {
  const runs: Run[] = [];
  for (const entry of entries) {
    const current = runs.at(-1);
    if (current && current.conversationId === entry.conversationId) current.entries.push(entry);
    else runs.push({ conversationId: entry.conversationId, entries: [entry] });
  }
  return runs;
}

function MessageList({ organizationId, contactId, timeZone }: MessageHistoryProps) {
  const { t } = useLingui();
  const history = useMessageHistory(organizationId, contactId);

  if (history.isPending) {
    return <SkeletonList rows={4} label={t`Chargement des messages…`} />;
  }
  // An error with pages already shown is a page after them (or a refresh) that failed: said
  // under the list, which stays.
  if (!history.data) {
    return (
      <LoadError
        message={toUserMessage(history.error, t`L’historique des messages n’a pas pu être chargé.`)}
        onRetry={() => void history.refetch()}
      />
    );
  }
  const entries = mergePages(history.data.pages);
  if (entries.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        <Trans>
          Aucun message échangé avec ce contact pour l’instant : ses réponses, celles de l’équipe et
          les messages de campagne apparaîtront ici.
        </Trans>
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-col gap-4" aria-label={t`Messages, du plus récent au plus ancien`}>
        {runsOf(entries).map((run) => (
          <li
            key={`${run.conversationId ?? 'none'}:${run.entries[0]!.id}`}
            className="rounded-lg border border-slate-200"
          >
            <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-sm">
              <span className="font-medium text-slate-700">
                {run.conversationId ? t`Conversation` : t`Message de campagne`}
              </span>
              {run.conversationId && (
                <Link
                  to={conversationPath(run.conversationId)}
                  className="inline-flex min-h-8 items-center font-semibold text-brand-700 underline"
                >
                  <Trans>Ouvrir la conversation</Trans>
                </Link>
              )}
            </div>
            <ol className="divide-y divide-slate-100">
              {run.entries.map((entry) => (
                <HistoryItem key={entry.id} entry={entry} timeZone={timeZone} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <div>
          <Button
            variant="secondary"
            onClick={() => void history.fetchNextPage()}
            loading={history.isFetchingNextPage}
            loadingText={t`Chargement…`}
          >
            <Trans>Charger plus</Trans>
          </Button>
        </div>
      )}
      {history.isError && (
        <p role="alert" className="text-sm text-red-700">
          {toUserMessage(history.error, t`Les messages plus anciens n’ont pas pu être chargés.`)}
        </p>
      )}
    </div>
  );
}

function HistoryItem({ entry, timeZone }: { entry: HistoryEntry; timeZone: string }) {
  const { t } = useLingui();
  const when = formatDateTime(entry.createdAt, timeZone);
  const fromContact = entry.author === 'contact';

  if (entry.kind === 'event') {
    return (
      <li className="px-3 py-2 text-sm text-slate-600">
        <span className="italic">{describeEvent(entry.event)}</span>
        {' · '}
        <time dateTime={entry.createdAt} className="tabular-nums">
          {when}
        </time>
      </li>
    );
  }

  const kind = entry.kind === 'text' ? null : kindLabel(entry.kind);
  const media = mediaLink(entry.media);
  const place = entry.kind === 'location' ? locationText(entry.media) : null;
  const template = entry.kind === 'template' ? templateName(entry.template) : null;
  const campaignName = entry.campaignName ?? t`sans nom`;
  const failure = entry.failureReason;

  return (
    <li
      className={clsx(
        'flex flex-col gap-1 px-3 py-2 text-sm',
        entry.private && 'bg-amber-50',
        fromContact && 'border-l-4 border-l-slate-300',
      )}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-semibold text-slate-900">{authorLabel(entry)}</span>
        <time dateTime={entry.createdAt} className="text-slate-600 tabular-nums">
          {when}
        </time>
        {entry.private && (
          <Badge tone="warning">
            <Trans>Note interne</Trans>
          </Badge>
        )}
        {entry.status && (
          <Badge tone={messageStatusTone(entry.status)}>{messageStatusLabel(entry.status)}</Badge>
        )}
      </div>
      {(kind || template) && (
        <p className="text-slate-600">{template ? <Trans>Modèle : {template}</Trans> : kind}</p>
      )}
      {entry.body && (
        <p className="line-clamp-6 break-words whitespace-pre-line text-slate-800">{entry.body}</p>
      )}
      {place && <p className="break-words text-slate-800">{place}</p>}
      {media && (
        <a
          href={media.url}
          target="_blank"
          rel="noreferrer noopener"
          className="inline-flex max-w-full items-center gap-1 self-start font-semibold text-brand-700 underline"
        >
          <ExternalLinkIcon className="size-4" />
          <span className="truncate">{media.fileName ?? t`Ouvrir le fichier`}</span>
          <span className="sr-only">{t`(s’ouvre dans un nouvel onglet)`}</span>
        </a>
      )}
      {entry.campaignId && (
        <p className="text-slate-600">
          <Trans>
            Campagne :{' '}
            <Link
              to={campaignPath(entry.campaignId)}
              className="font-semibold text-brand-700 underline"
            >
              {campaignName}
            </Link>
          </Trans>
        </p>
      )}
      {entry.status === 'failed' && failure && (
        <p className="text-red-700">
          <Trans>Échec : {failure}</Trans>
        </p>
      )}
    </li>
  );
}

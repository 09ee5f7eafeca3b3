import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime, intlLocale } from '../../../lib/format';
import { conversationPath } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import type { UnmatchedMessage } from '../knowledge/api';
import {
  UnmatchedActionDialog,
  type UnmatchedDialogKind,
} from '../knowledge/components/unmatched-action-dialog';
import { categoriesOf } from '../knowledge/faq-list';
import { useSynonyms } from '../knowledge/hooks/use-bot-settings';
import { useFaqEntries } from '../knowledge/hooks/use-faq';
import { useHandleUnmatched, useUnmatchedMessages } from '../knowledge/hooks/use-unmatched';
import { FAQ_LIMITS } from '../knowledge/limits';
import { unknownWord } from '../knowledge/normalize';
import { canEditKnowledgeBase } from '../knowledge/permissions';

type Acting = { message: UnmatchedMessage; kind: UnmatchedDialogKind } | null;

/**
 * Chatbot › Messages non compris: what contacts wrote that the bot did not understand, the most
 * frequent first. Admins turn each into a question of an entry, a new entry or a synonym, or
 * dismiss it, in one click.
 */
export function UnmatchedPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditKnowledgeBase(role);
  const titleId = useId();
  const messages = useUnmatchedMessages(organization.id);
  const entries = useFaqEntries(organization.id);
  const synonyms = useSynonyms(organization.id);
  const [acting, setActing] = useState<Acting>(null);

  const rows = messages.data?.pages.flatMap((page) => page.rows) ?? [];
  const total = messages.data?.pages[0]?.total ?? 0;
  const faq = entries.data ?? [];
  const vocabulary = new Set(faq.flatMap((entry) => entry.questions.flatMap((q) => q.words)));
  const terms = new Set((synonyms.data ?? []).map((synonym) => synonym.term));

  return (
    <section key={organization.id} aria-labelledby={titleId} className="flex flex-col gap-4">
      <title>{t`Messages non compris · Chatbot · WCAP`}</title>
      <div className="min-w-0">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          <Trans>Messages non compris</Trans>
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          <Trans>
            Ce que les contacts ont écrit et que le bot n’a pas compris, les plus fréquents d’abord.
            Ajoutez-les à une réponse ou enseignez un synonyme au bot : il comprendra la prochaine
            fois.
          </Trans>
        </p>
        {!canEdit && (
          <p className="mt-1 text-sm text-slate-600">
            <Trans>Les propriétaires et les administrateurs traitent ces messages.</Trans>
          </p>
        )}
      </div>

      {messages.isPending ? (
        <SkeletonList rows={4} label={t`Chargement des messages non compris…`} />
      ) : messages.isError ? (
        <LoadError
          message={toUserMessage(
            messages.error,
            t`Les messages non compris n’ont pas pu être chargés.`,
          )}
          onRetry={() => void messages.refetch()}
        />
      ) : rows.length === 0 ? (
        <EmptyState title={t`Aucun message en attente`} headingLevel={3}>
          <Trans>
            Le bot a compris tout ce qu’on lui a écrit, ou tout a déjà été traité. Les messages
            qu’il ne comprend pas apparaîtront ici.
          </Trans>
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600" aria-live="polite">
            <Plural value={total} one="# message à traiter" other="# messages à traiter" />
          </p>
          <ul className="flex flex-col gap-3">
            {rows.map((message) => (
              <UnmatchedItem
                key={message.id}
                organizationId={organization.id}
                timeZone={organization.time_zone}
                message={message}
                canEdit={canEdit}
                onAct={(kind) => setActing({ message, kind })}
              />
            ))}
          </ul>
          {messages.hasNextPage && (
            <div>
              <Button
                variant="secondary"
                loading={messages.isFetchingNextPage}
                loadingText={t`Chargement…`}
                onClick={() => void messages.fetchNextPage()}
              >
                <Trans>Afficher plus de messages</Trans>
              </Button>
            </div>
          )}
        </>
      )}

      {canEdit && (
        <UnmatchedActionDialog
          organizationId={organization.id}
          acting={acting}
          onClose={() => setActing(null)}
          entries={faq}
          categories={categoriesOf(faq, intlLocale())}
          suggestedTerm={acting ? unknownWord(acting.message.normalized, vocabulary, terms) : ''}
        />
      )}
    </section>
  );
}

function UnmatchedItem({
  organizationId,
  timeZone,
  message,
  canEdit,
  onAct,
}: {
  organizationId: string;
  timeZone: string;
  message: UnmatchedMessage;
  canEdit: boolean;
  onAct: (kind: UnmatchedDialogKind) => void;
}) {
  const { t } = useLingui();
  const textId = useId();
  const tooLongId = useId();
  const dismiss = useHandleUnmatched(organizationId);
  const lastSeen = formatDateTime(message.last_seen_at, timeZone);
  // A phrasing holds 300 characters: a longer message can only become a synonym or be ignored.
  const tooLong = Array.from(message.text).length > FAQ_LIMITS.question;

  return (
    <li
      aria-labelledby={textId}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs"
    >
      <div className="flex min-w-0 flex-col gap-2">
        <p
          id={textId}
          className="font-medium break-words whitespace-pre-line text-slate-900"
          lang="fr"
        >
          {message.text}
        </p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
          <Badge tone="info">
            <Plural value={message.occurrences} one="# fois" other="# fois" />
          </Badge>
          <span>
            <Trans>Vu en dernier le {lastSeen}</Trans>
          </span>
          {message.conversation_id && (
            <Link
              to={conversationPath(message.conversation_id)}
              className="font-semibold text-brand-700 underline"
            >
              <Trans>Voir la conversation</Trans>
            </Link>
          )}
        </div>
      </div>
      {canEdit && (
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              disabled={tooLong}
              aria-describedby={tooLong ? tooLongId : undefined}
              onClick={() => onAct('existing')}
            >
              <Trans>Ajouter à une réponse existante</Trans>
            </Button>
            <Button
              variant="secondary"
              disabled={tooLong}
              aria-describedby={tooLong ? tooLongId : undefined}
              onClick={() => onAct('new')}
            >
              <Trans>Nouvelle réponse</Trans>
            </Button>
            <Button variant="secondary" onClick={() => onAct('synonym')}>
              <Trans>Synonyme</Trans>
            </Button>
            <Button
              variant="ghost"
              loading={dismiss.isPending}
              onClick={() =>
                dismiss.mutate(
                  { id: message.id, action: { kind: 'dismiss' } },
                  {
                    onSuccess: () => toast.success(t`Message ignoré.`),
                    onError: (error) =>
                      toast.error(toUserMessage(error, t`Le message n’a pas pu être ignoré.`)),
                  },
                )
              }
            >
              <Trans>Ignorer</Trans>
              <span className="sr-only">{t`ce message`}</span>
            </Button>
          </div>
          {tooLong && (
            <p id={tooLongId} className="text-sm text-slate-600">
              <Trans>
                Ce message dépasse 300 caractères : trop long pour devenir une question de la FAQ.
              </Trans>
            </p>
          )}
        </div>
      )}
    </li>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { Card } from '../../../../components/ui/card';
import { EmptyState } from '../../../../components/ui/empty-state';
import { LoadError } from '../../../../components/ui/load-error';
import { SkeletonList } from '../../../../components/ui/skeleton';
import { toUserMessage } from '../../../../lib/errors';
import { formatDate } from '../../../../lib/format';
import type { WatiChatbot } from '../api';
import { useWatiChatbots } from '../hooks';

type ChatbotListProps = {
  organizationId: string;
  timeZone: string;
  sandbox: boolean;
  /** undefined: the member may not start chatbots. */
  onStart?: (chatbot: WatiChatbot) => void;
};

/** The chatbots built in the organisation's Wati, page by page, each with « Démarrer ». */
export function ChatbotList({ organizationId, timeZone, sandbox, onStart }: ChatbotListProps) {
  const { t } = useLingui();
  const [page, setPage] = useState(1);
  const chatbots = useWatiChatbots(organizationId, page);

  return (
    <Card
      title={t`Chatbots de Wati`}
      description={
        sandbox
          ? t`Les chatbots construits dans Wati. Mode bac à sable : ce sont ceux du Wati de démonstration.`
          : t`Les chatbots construits dans Wati : démarrez-en un pour un contact ou pour un segment.`
      }
    >
      {chatbots.isPending ? (
        <SkeletonList rows={3} label={t`Chargement des chatbots de Wati…`} />
      ) : chatbots.isError ? (
        <LoadError
          message={toUserMessage(
            chatbots.error,
            t`Les chatbots de Wati n’ont pas pu être chargés.`,
          )}
          onRetry={() => void chatbots.refetch()}
        />
      ) : chatbots.data.chatbots.length === 0 && page === 1 ? (
        <EmptyState title={t`Aucun chatbot dans Wati`} headingLevel={3}>
          {t`Construisez vos chatbots dans Wati (menu Chatbots), puis revenez ici pour les démarrer.`}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-4">
          <ul
            aria-label={t`Chatbots de Wati`}
            aria-busy={chatbots.isPlaceholderData || undefined}
            className="divide-y divide-slate-200"
          >
            {chatbots.data.chatbots.map((chatbot) => (
              <ChatbotItem
                key={chatbot.id}
                chatbot={chatbot}
                timeZone={timeZone}
                onStart={onStart}
              />
            ))}
          </ul>
          {(page > 1 || chatbots.data.hasMore) && (
            <nav aria-label={t`Pages des chatbots`} className="flex justify-between gap-2">
              <Button
                variant="secondary"
                disabled={page === 1}
                onClick={() => setPage((current) => current - 1)}
              >
                <Trans>Précédents</Trans>
              </Button>
              <Button
                variant="secondary"
                disabled={!chatbots.data.hasMore || chatbots.isPlaceholderData}
                onClick={() => setPage((current) => current + 1)}
              >
                <Trans>Suivants</Trans>
              </Button>
            </nav>
          )}
        </div>
      )}
    </Card>
  );
}

function ChatbotItem({
  chatbot,
  timeZone,
  onStart,
}: {
  chatbot: WatiChatbot;
  timeZone: string;
  onStart?: (chatbot: WatiChatbot) => void;
}) {
  const { t } = useLingui();
  const name = chatbot.name;
  const created = chatbot.created ? formatDate(chatbot.created, timeZone) : null;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0">
        <h3 className="font-medium break-words text-slate-900">{name}</h3>
        {created && <p className="text-sm text-slate-600">{t`Créé le ${created}`}</p>}
      </div>
      {onStart && (
        <Button
          variant="secondary"
          onClick={() => onStart(chatbot)}
          aria-label={t`Démarrer « ${name} »`}
        >
          <Trans>Démarrer</Trans>
        </Button>
      )}
    </li>
  );
}

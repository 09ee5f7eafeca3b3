import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import type { FaqEntry } from '../api';
import { useSetFaqEntryEnabled } from '../hooks/use-faq';

/** Phrasings shown before « Voir les N autres ». */
const shownQuestions = 3;

/** One entry: its phrasings and its answer; admins change, switch off or delete it. */
export function FaqEntryCard({
  organizationId,
  entry,
  canEdit,
  onEdit,
  onDelete,
}: {
  organizationId: string;
  entry: FaqEntry;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useLingui();
  const titleId = useId();
  const [expanded, setExpanded] = useState(false);
  const toggle = useSetFaqEntryEnabled(organizationId);
  const [first, ...others] = entry.questions;
  const title = first?.question ?? '';
  const visible = expanded ? others : others.slice(0, shownQuestions - 1);
  const hidden = others.length - visible.length;

  return (
    <li
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs"
    >
      <div className="flex min-w-0 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h4 id={titleId} className="min-w-0 font-semibold break-words text-slate-900">
              {title}
            </h4>
            {!entry.enabled && (
              <Badge tone="warning">
                <Trans>Désactivée</Trans>
              </Badge>
            )}
          </div>
          {others.length > 0 && (
            <ul className="mt-1 flex flex-col gap-0.5 text-sm text-slate-600">
              {visible.map((question) => (
                <li key={question.id} className="break-words">
                  {question.question}
                </li>
              ))}
            </ul>
          )}
          {others.length >= shownQuestions && (
            <button
              type="button"
              className="mt-1 text-sm font-semibold text-brand-700 underline"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? (
                <Trans>Voir moins de questions</Trans>
              ) : (
                <Plural
                  value={hidden}
                  one="Voir l’autre question"
                  other="Voir les # autres questions"
                />
              )}
            </button>
          )}
        </div>
        {canEdit && (
          <div className="flex shrink-0 flex-wrap gap-2">
            <Button variant="secondary" onClick={onEdit}>
              <Trans>Modifier</Trans>
              <span className="sr-only">{t`la réponse à « ${title} »`}</span>
            </Button>
            <Button
              variant="secondary"
              loading={toggle.isPending}
              onClick={() =>
                toggle.mutate(
                  { id: entry.id, enabled: !entry.enabled },
                  {
                    onSuccess: () =>
                      toast.success(
                        entry.enabled
                          ? t`Réponse désactivée : le bot ne l’enverra plus.`
                          : t`Réponse activée : le bot l’enverra de nouveau.`,
                      ),
                    onError: (error) =>
                      toast.error(toUserMessage(error, t`La réponse n’a pas pu être modifiée.`)),
                  },
                )
              }
            >
              {entry.enabled ? t`Désactiver` : t`Activer`}
              <span className="sr-only">{t`la réponse à « ${title} »`}</span>
            </Button>
            <Button variant="secondary" className="text-red-800" onClick={onDelete}>
              <Trans>Supprimer</Trans>
              <span className="sr-only">{t`la réponse à « ${title} »`}</span>
            </Button>
          </div>
        )}
      </div>
      <p className="rounded-lg bg-slate-50 p-3 text-sm break-words whitespace-pre-line text-slate-800">
        {entry.answer}
      </p>
    </li>
  );
}

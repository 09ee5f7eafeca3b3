import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useDeferredValue, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { ExternalLinkIcon, PlusIcon } from '../../../components/ui/icons';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { useWorkspace } from '../../../lib/workspace';
import type { CannedResponse } from '../api';
import { matchesSearch } from '../canned-response-search';
import { CannedResponseModal } from '../components/canned-response-modal';
import { useCannedResponses, useDeleteCannedResponse } from '../hooks/use-canned-responses';
import { canEditCannedResponses } from '../permissions';

type Editing = { response: CannedResponse | null } | null;

export function CannedResponsesPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditCannedResponses(role);
  const responses = useCannedResponses(organization.id);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CannedResponse | null>(null);
  const remove = useDeleteCannedResponse(organization.id);

  const all = responses.data ?? [];
  const shown = all.filter((response) => matchesSearch(response, query));
  const deletingCode = deleting?.shortCode ?? '';
  const total = all.length;
  const found = shown.length;
  const totalText = formatNumber(total);

  return (
    <div key={organization.id} className="flex flex-col gap-6">
      <title>{t`Réponses rapides · Paramètres · WCAP`}</title>
      <Card
        title={t`Réponses rapides`}
        description={t`Des réponses prêtes à l’emploi : dans la boîte de réception, tapez « / » puis le raccourci pour en insérer une.`}
      >
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <TextField
            type="search"
            label={t`Rechercher une réponse rapide`}
            placeholder={t`Raccourci ou texte`}
            autoComplete="off"
            className="flex-1"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          {canEdit && (
            <Button onClick={() => setEditing({ response: null })}>
              <PlusIcon className="size-4" />
              <Trans>Nouvelle réponse rapide</Trans>
            </Button>
          )}
        </div>
        {!canEdit && (
          <p className="mt-3 text-sm text-slate-600">
            <Trans>
              Seuls les propriétaires et les administrateurs créent et modifient les réponses
              rapides ; tous les membres les utilisent.
            </Trans>
          </p>
        )}
      </Card>

      {responses.isPending ? (
        <SkeletonList rows={4} label={t`Chargement des réponses rapides…`} />
      ) : responses.isError ? (
        <LoadError
          message={toUserMessage(
            responses.error,
            t`Les réponses rapides n’ont pas pu être chargées.`,
          )}
          onRetry={() => void responses.refetch()}
        />
      ) : all.length === 0 ? (
        <EmptyState
          title={t`Aucune réponse rapide`}
          action={
            canEdit && (
              <Button onClick={() => setEditing({ response: null })}>
                <PlusIcon className="size-4" />
                <Trans>Créer la première</Trans>
              </Button>
            )
          }
        >
          <Trans>
            Horaires, adresse, moyens de paiement… : écrivez une fois les réponses que votre équipe
            donne souvent.
          </Trans>
        </EmptyState>
      ) : (
        <section aria-label={t`Liste des réponses rapides`} className="flex flex-col gap-2">
          <p className="text-sm text-slate-600" aria-live="polite">
            {query.trim() === '' ? (
              <Plural value={total} one="# réponse rapide" other="# réponses rapides" />
            ) : found === 0 ? (
              <Trans>Aucune réponse rapide ne correspond à « {query} ».</Trans>
            ) : (
              <Plural
                value={found}
                one={`# réponse rapide sur ${totalText}`}
                other={`# réponses rapides sur ${totalText}`}
              />
            )}
          </p>
          <ul className="flex flex-col gap-3">
            {shown.map((response) => (
              <CannedResponseItem
                key={response.id}
                response={response}
                canEdit={canEdit}
                onEdit={() => setEditing({ response })}
                onDelete={() => setDeleting(response)}
              />
            ))}
          </ul>
        </section>
      )}

      {canEdit && (
        <CannedResponseModal
          key={editing ? (editing.response?.id ?? 'new') : 'closed'}
          open={editing !== null}
          onClose={() => setEditing(null)}
          organizationId={organization.id}
          response={editing?.response ?? null}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onCancel={() => setDeleting(null)}
        title={t`Supprimer la réponse rapide /${deletingCode} ?`}
        description={t`Elle ne sera plus proposée dans la boîte de réception. Les messages déjà envoyés ne changent pas.`}
        confirmLabel={t`Supprimer la réponse rapide`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`La réponse rapide n’a pas pu être supprimée.`}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          setDeleting(null);
          toast.success(t`Réponse rapide /${deletingCode} supprimée.`);
        }}
      />
    </div>
  );
}

function CannedResponseItem({
  response,
  canEdit,
  onEdit,
  onDelete,
}: {
  response: CannedResponse;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useLingui();
  const code = response.shortCode;
  return (
    <li className="flex min-w-0 flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 flex-1">
        <p className="font-mono text-sm font-semibold break-all text-brand-800">/{code}</p>
        <p className="mt-1 line-clamp-4 text-sm break-words whitespace-pre-line text-slate-800">
          {response.content}
        </p>
        {response.attachmentUrl && (
          <a
            href={response.attachmentUrl}
            target="_blank"
            rel="noreferrer noopener"
            className="mt-1 inline-flex max-w-full items-center gap-1 text-sm font-semibold text-brand-700 underline"
          >
            <ExternalLinkIcon className="size-4" />
            <span className="truncate">
              <Trans>Pièce jointe</Trans>
            </span>
            <span className="sr-only">{t`(s’ouvre dans un nouvel onglet)`}</span>
          </a>
        )}
      </div>
      {canEdit && (
        <div className="flex shrink-0 flex-wrap gap-2">
          <Button variant="secondary" onClick={onEdit}>
            <Trans>Modifier</Trans>
            <span className="sr-only">{t`la réponse /${code}`}</span>
          </Button>
          <Button variant="secondary" className="text-red-800" onClick={onDelete}>
            <Trans>Supprimer</Trans>
            <span className="sr-only">{t`la réponse /${code}`}</span>
          </Button>
        </div>
      )}
    </li>
  );
}

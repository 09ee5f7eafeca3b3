import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PlusIcon } from '../../../components/ui/icons';
import { LoadError } from '../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { chatbotFlowPath } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import { FlowListItem } from '../components/flow-list-item';
import { FlowNameDialog } from '../components/flow-name-dialog';
import { canEditFlows } from '../flow-permissions';
import { useCreateFlow, useFlows } from '../hooks/use-flows';

/** Chatbot › Parcours: the organisation's flows; admins create, switch on, rename and delete them. */
export function FlowsPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditFlows(role);
  const flows = useFlows(organization.id);
  const create = useCreateFlow(organization.id);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const titleId = useId();
  const count = flows.data?.length ?? 0;

  const newFlowButton = (
    <Button onClick={() => setCreating(true)}>
      <PlusIcon className="size-4" />
      <Trans>Nouveau parcours</Trans>
    </Button>
  );

  return (
    <section key={organization.id} aria-labelledby={titleId} className="flex flex-col gap-4">
      <title>{t`Parcours · Chatbot · WCAP`}</title>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            <Trans>Parcours</Trans>
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            <Trans>
              Les conversations que le bot mène sur WhatsApp : ce qu’il répond, ce qu’il demande, et
              quand il passe la main à un conseiller.
            </Trans>
          </p>
        </div>
        {canEdit && count > 0 && <div className="shrink-0">{newFlowButton}</div>}
      </div>
      {flows.isPending ? (
        <LoadingRegion label={t`Chargement des parcours…`} className="flex flex-col gap-3">
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} className="h-20 w-full rounded-xl" />
          ))}
        </LoadingRegion>
      ) : flows.isError ? (
        <LoadError
          message={toUserMessage(flows.error, t`Les parcours n’ont pas pu être chargés.`)}
          onRetry={() => void flows.refetch()}
        />
      ) : count === 0 ? (
        <EmptyState
          title={t`Aucun parcours pour l’instant`}
          headingLevel={3}
          action={canEdit && newFlowButton}
        >
          <p>
            <Trans>
              Un parcours est un enchaînement de messages que le bot suit quand un contact écrit un
              mot-clé ou un premier message : il répond, propose des boutons ou une liste, pose des
              questions et enregistre les réponses, puis confie la conversation à un conseiller
              quand il le faut. Vous le dessinez, le testez dans le simulateur, puis le publiez.
            </Trans>
          </p>
          {!canEdit && (
            <p className="mt-2">
              <Trans>Les propriétaires et les administrateurs créent les parcours.</Trans>
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            <Plural value={count} one="# parcours" other="# parcours" />
          </p>
          <ul aria-labelledby={titleId} className="flex flex-col gap-3">
            {flows.data.map((flow) => (
              <FlowListItem
                key={flow.id}
                organization={organization}
                flow={flow}
                canEdit={canEdit}
              />
            ))}
          </ul>
        </>
      )}
      {canEdit && (
        <FlowNameDialog
          open={creating}
          onClose={() => setCreating(false)}
          title={t`Nouveau parcours`}
          description={t`Le parcours commence par un point de départ ; vous ajoutez ensuite ses étapes dans l’éditeur.`}
          initialName=""
          submitLabel={t`Créer et ouvrir`}
          pendingLabel={t`Création…`}
          failureMessage={t`Le parcours n’a pas pu être créé.`}
          onSubmit={async (name) => {
            const flowId = await create.mutateAsync(name);
            setCreating(false);
            void navigate(chatbotFlowPath(flowId));
          }}
        />
      )}
    </section>
  );
}

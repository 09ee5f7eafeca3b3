import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { formatDateTime } from '../../../lib/format';
import { chatbotFlowPath } from '../../../lib/paths';
import type { Organization } from '../../../lib/workspace';
import type { FlowListItem as Flow } from '../flows-api';
import { flowPublication } from '../flow-status';
import { useDeleteFlow, useRenameFlow } from '../hooks/use-flows';
import { useFlowStats } from '../hooks/use-flow-stats';
import { FlowEnabledSwitch } from './flow-enabled-switch';
import { FlowNameDialog } from './flow-name-dialog';

function PublicationBadge({ flow }: { flow: Flow }) {
  const publication = flowPublication(flow);
  switch (publication.kind) {
    case 'draft':
      return (
        <Badge>
          <Trans>Brouillon</Trans>
        </Badge>
      );
    case 'published': {
      const version = publication.version;
      return (
        <Badge tone="brand">
          <Trans>Publié (v{version})</Trans>
        </Badge>
      );
    }
    case 'changed':
      return (
        <Badge tone="warning">
          <Trans>Publié, modifications non publiées</Trans>
        </Badge>
      );
  }
}

/** Sessions of the published versions: how many started, how many went to the end. */
function SessionCounts({ flowId }: { flowId: string }) {
  const stats = useFlowStats(flowId);
  if (!stats.data) return null;
  const { started, completed } = stats.data;
  return (
    <div className="flex gap-1">
      <dt>
        <Trans>Sessions :</Trans>
      </dt>
      <dd className="text-slate-800">
        <Plural value={started} one="# démarrée" other="# démarrées" />
        {', '}
        <Plural value={completed} one="# terminée" other="# terminées" />
      </dd>
    </div>
  );
}

type FlowListItemProps = {
  organization: Organization;
  flow: Flow;
  canEdit: boolean;
};

/** One flow of the list: opens in the editor; admins switch it on or off, rename or delete it. */
export function FlowListItem({ organization, flow, canEdit }: FlowListItemProps) {
  const { t } = useLingui();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const rename = useRenameFlow(organization.id);
  const remove = useDeleteFlow(organization.id);
  const name = flow.name;
  const published = flow.publishedVersion !== null;

  return (
    <li className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:flex-row sm:items-center sm:gap-4">
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
          <h3 className="min-w-0 text-base font-semibold break-words text-slate-900">
            <Link to={chatbotFlowPath(flow.id)} className="text-brand-700 underline">
              {name}
            </Link>
          </h3>
          <PublicationBadge flow={flow} />
          {!canEdit && published && (
            <Badge tone={flow.enabled ? 'info' : 'neutral'}>
              {flow.enabled ? t`Actif` : t`Inactif`}
            </Badge>
          )}
        </div>
        <dl className="flex flex-col gap-x-4 gap-y-0.5 text-sm text-slate-600 sm:flex-row sm:flex-wrap">
          <div className="flex min-w-0 gap-1">
            <dt>
              <Trans>Modifié le</Trans>
            </dt>
            <dd className="min-w-0 text-slate-800">
              <time dateTime={flow.updatedAt}>
                {formatDateTime(flow.updatedAt, organization.time_zone)}
              </time>
            </dd>
          </div>
          {published && <SessionCounts flowId={flow.id} />}
        </dl>
      </div>
      {canEdit && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <FlowEnabledSwitch
            organizationId={organization.id}
            flow={{ id: flow.id, name, enabled: flow.enabled, published }}
          />
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setDialog('rename')}>
              <Trans>
                Renommer<span className="sr-only"> le parcours {name}</span>
              </Trans>
            </Button>
            <Button variant="secondary" onClick={() => setDialog('delete')}>
              <Trans>
                Supprimer<span className="sr-only"> le parcours {name}</span>
              </Trans>
            </Button>
          </div>
        </div>
      )}
      <FlowNameDialog
        open={dialog === 'rename'}
        onClose={() => setDialog(null)}
        title={t`Renommer « ${name} »`}
        initialName={name}
        submitLabel={t`Renommer`}
        pendingLabel={t`Enregistrement…`}
        failureMessage={t`Le parcours n’a pas pu être renommé.`}
        onSubmit={async (newName) => {
          await rename.mutateAsync({ flowId: flow.id, name: newName });
          setDialog(null);
          toast.success(t`Parcours renommé « ${newName} ».`);
        }}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t`Supprimer le parcours « ${name} » ?`}
        description={
          published
            ? t`Le brouillon, toutes les versions publiées et les statistiques disparaissent, et le bot cesse aussitôt de suivre ce parcours, y compris pour les contacts qui sont en train de le suivre. Cette action est définitive.`
            : t`Le brouillon disparaît. Cette action est définitive.`
        }
        confirmLabel={t`Supprimer le parcours`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`Le parcours n’a pas pu être supprimé.`}
        onCancel={() => setDialog(null)}
        onConfirm={async () => {
          await remove.mutateAsync(flow.id);
          setDialog(null);
          toast.success(t`Parcours « ${name} » supprimé.`);
        }}
      />
    </li>
  );
}

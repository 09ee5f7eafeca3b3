import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useWorkspace } from '../../../lib/workspace';
import type { FlowVersion } from '../flows-api';
import { useFlowVersions, useRollBackFlow } from '../hooks/use-flow-versions';

type FlowVersionsProps = {
  flowId: string;
  /** Owners and admins roll back. */
  canEdit: boolean;
  /** The editor's roll-back: it opens the version as the draft. */
  rollBack: (versionId: string) => Promise<void>;
};

/** The flow's published versions, the newest first, the one running marked; admins go back to one. */
export function FlowVersions({ flowId, canEdit, rollBack: rollBackInEditor }: FlowVersionsProps) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const versions = useFlowVersions(flowId);
  const rollBack = useRollBackFlow(flowId, rollBackInEditor);
  const [chosen, setChosen] = useState<FlowVersion | null>(null);

  if (versions.isPending) return <SkeletonList rows={2} label={t`Chargement des versions…`} />;
  if (versions.isError) {
    return (
      <LoadError
        message={toUserMessage(versions.error, t`Les versions n’ont pas pu être chargées.`)}
        onRetry={() => void versions.refetch()}
      />
    );
  }
  const { publishedVersionId } = versions.data;
  if (versions.data.versions.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        <Trans>
          Ce parcours n’a pas encore été publié : chaque publication en garde une version, à
          laquelle vous pourrez revenir.
        </Trans>
      </p>
    );
  }

  const chosenNumber = chosen?.number ?? 0;
  return (
    <>
      <ol aria-label={t`Versions publiées`} className="flex flex-col gap-2">
        {versions.data.versions.map((version) => {
          const current = version.id === publishedVersionId;
          const number = version.number;
          const at = formatDateTime(version.publishedAt, organization.time_zone);
          const who = version.publishedByName ?? t`un ancien membre`;
          return (
            <li
              key={version.id}
              className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
            >
              <div className="flex flex-wrap items-center gap-2">
                <p className="font-semibold text-slate-900">
                  <Trans>Version {number}</Trans>
                </p>
                {current && (
                  <Badge tone="brand">
                    <Trans>Publiée actuellement</Trans>
                  </Badge>
                )}
              </div>
              <p className="text-sm text-slate-600">
                <Trans>
                  Publiée le <time dateTime={version.publishedAt}>{at}</time> par {who}
                </Trans>
              </p>
              {canEdit && (
                <div>
                  <Button variant="secondary" onClick={() => setChosen(version)}>
                    <Trans>
                      Revenir à cette version
                      <span className="sr-only"> (version {number})</span>
                    </Trans>
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <ConfirmDialog
        open={chosen !== null}
        title={t`Revenir à la version ${chosenNumber} ?`}
        description={t`La version ${chosenNumber} redevient la version publiée et remplace le brouillon : les modifications non publiées sont perdues. Les contacts déjà engagés dans le parcours continuent sur la version qu’ils ont commencée.`}
        confirmLabel={t`Revenir à la version ${chosenNumber}`}
        pendingLabel={t`Retour en arrière…`}
        failureMessage={t`Le retour à cette version a échoué.`}
        onCancel={() => setChosen(null)}
        onConfirm={async () => {
          if (!chosen) return;
          await rollBack.mutateAsync(chosen.id);
          setChosen(null);
          toast.success(t`Version ${chosenNumber} publiée de nouveau et copiée dans le brouillon.`);
        }}
      />
    </>
  );
}

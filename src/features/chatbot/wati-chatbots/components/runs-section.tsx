import { useLingui } from '@lingui/react/macro';
import { Card } from '../../../../components/ui/card';
import { LoadError } from '../../../../components/ui/load-error';
import { SkeletonList } from '../../../../components/ui/skeleton';
import { toUserMessage } from '../../../../lib/errors';
import { useChatbotRuns } from '../hooks';
import { RunItem } from './run-item';

type RunsSectionProps = {
  organizationId: string;
  timeZone: string;
  canCancel: boolean;
};

/** The latest starts, their progress read again every few seconds while one is moving. */
export function RunsSection({ organizationId, timeZone, canCancel }: RunsSectionProps) {
  const { t } = useLingui();
  const runs = useChatbotRuns(organizationId);
  return (
    <Card
      title={t`Démarrages`}
      description={t`Les derniers chatbots Wati démarrés, pour un contact ou pour un segment.`}
    >
      {runs.isPending ? (
        <SkeletonList rows={2} label={t`Chargement des démarrages…`} />
      ) : runs.isError ? (
        <LoadError
          message={toUserMessage(runs.error, t`Les démarrages n’ont pas pu être chargés.`)}
          onRetry={() => void runs.refetch()}
        />
      ) : runs.data.length === 0 ? (
        <p className="text-sm text-slate-600">{t`Aucun chatbot démarré pour le moment.`}</p>
      ) : (
        <ul aria-label={t`Démarrages de chatbots`} className="divide-y divide-slate-200">
          {runs.data.map((run) => (
            <RunItem
              key={run.id}
              organizationId={organizationId}
              run={run}
              timeZone={timeZone}
              canCancel={canCancel}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

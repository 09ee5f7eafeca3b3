import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PlusIcon } from '../../../components/ui/icons';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import { SegmentCard } from '../components/segment-card';
import { useSegments } from '../hooks/use-segments';
import { canEditSegments } from '../permissions';

const newSegmentLinkClasses =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800';

export function SegmentsPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditSegments(role);
  const segments = useSegments(organization.id);
  const newSegmentLink = (
    <Link to={paths.newSegment} className={newSegmentLinkClasses}>
      <PlusIcon className="size-4" />
      <Trans>Nouveau segment</Trans>
    </Link>
  );

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader
        title={t`Segments`}
        description={t`Des groupes de contacts définis par des conditions (étiquettes, attributs, consentement, date d’ajout, pays, résultat d’une campagne), recalculés à chaque utilisation.`}
        actions={canEdit && segments.data?.length ? newSegmentLink : undefined}
      />
      {segments.isPending ? (
        <div role="status" aria-busy="true" className="flex flex-col gap-3">
          <span className="sr-only">
            <Trans>Chargement des segments…</Trans>
          </span>
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-24 w-full rounded-xl" />
          ))}
        </div>
      ) : segments.isError ? (
        <LoadError
          message={toUserMessage(segments.error, t`Les segments n’ont pas pu être chargés.`)}
          onRetry={() => void segments.refetch()}
        />
      ) : segments.data.length === 0 ? (
        <EmptyState title={t`Aucun segment pour l’instant`} action={canEdit && newSegmentLink}>
          <p>
            <Trans>
              Un segment rassemble les contacts qui remplissent des conditions : par exemple « a
              l’étiquette vip et habite Douala », ou « ajouté en mars et toujours abonné ». Il se
              recalcule à chaque utilisation, pour une campagne ou un export.
            </Trans>
          </p>
          {!canEdit && (
            <p className="mt-2">
              <Trans>Les propriétaires et les administrateurs créent les segments.</Trans>
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="-mt-2 text-sm text-slate-600">
            <SegmentTotal count={segments.data.length} />
          </p>
          <ul aria-label={t`Segments`} className="flex flex-col gap-3">
            {segments.data.map((segment) => (
              <SegmentCard
                key={segment.id}
                organization={organization}
                segment={segment}
                canEdit={canEdit}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SegmentTotal({ count }: { count: number }) {
  return <Plural value={count} one="# segment" other="# segments" />;
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { isUuid } from '../../../lib/uuid';
import { canExportContacts } from '../../../domain/contacts/permissions';
import { canEditSegments } from '../permissions';
import { useWorkspace } from '../../../lib/workspace';
import type { Segment } from '../api';
import { DeleteSegmentButton } from '../components/delete-segment-button';
import { SegmentBuilder } from '../components/segment-builder';
import { useSegment } from '../hooks/use-segments';

/** /segments/nouveau (no id) and /segments/:segmentId. */
export function SegmentPage() {
  const { segmentId } = useParams();
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6">
      <BackLink to={paths.segments}>
        <Trans>Tous les segments</Trans>
      </BackLink>
      {segmentId === undefined ? (
        <NewSegment />
      ) : isUuid(segmentId) ? (
        <ExistingSegment segmentId={segmentId} />
      ) : (
        <SegmentNotFound />
      )}
    </div>
  );
}

function NewSegment() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  if (!canEditSegments(role)) {
    const organizationName = organization.name;
    return (
      <>
        <PageHeader title={t`Nouveau segment`} />
        <EmptyState title={t`Accès réservé aux propriétaires et administrateurs`}>
          <Trans>
            Demandez à un administrateur de « {organizationName} » de créer ce segment. Vous pouvez
            consulter les segments existants.
          </Trans>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t`Nouveau segment`}
        description={t`Choisissez les conditions : le nombre de contacts et quelques exemples s’affichent à mesure.`}
      />
      {/* Keyed by organisation: switching organisation starts a fresh form. */}
      <SegmentBuilder key={organization.id} organization={organization} segment={null} canEdit />
    </>
  );
}

function SegmentNotFound() {
  const { t } = useLingui();
  return (
    <>
      <title>{t`Segment introuvable · WCAP`}</title>
      <EmptyState title={t`Segment introuvable`}>
        <Trans>
          Ce segment n’existe pas, ou plus, dans cette organisation. Retrouvez les segments dans la
          liste.
        </Trans>
      </EmptyState>
    </>
  );
}

function ExistingSegment({ segmentId }: { segmentId: string }) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const segment = useSegment(organization.id, segmentId);

  if (segment.isPending) {
    return (
      <div role="status" aria-busy="true" className="flex flex-col gap-6">
        <span className="sr-only">
          <Trans>Chargement du segment…</Trans>
        </span>
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-48 w-full rounded-xl" />
        <Skeleton className="h-64 w-full rounded-xl" />
      </div>
    );
  }
  if (segment.isError) {
    return (
      <LoadError
        message={toUserMessage(segment.error, t`Le segment n’a pas pu être chargé.`)}
        onRetry={() => void segment.refetch()}
      />
    );
  }
  if (!segment.data) return <SegmentNotFound />;
  return <SegmentView segment={segment.data} />;
}

function SegmentView({ segment }: { segment: Segment }) {
  const { organization, role } = useWorkspace();
  const navigate = useNavigate();
  const canEdit = canEditSegments(role);
  const updated = formatDateTime(segment.updatedAt, organization.time_zone);

  return (
    <>
      <PageHeader
        title={segment.name}
        description={
          <>
            {segment.description && <span className="block">{segment.description}</span>}
            <span className="block">
              <Trans>Modifié le {updated}.</Trans>
            </span>
          </>
        }
        actions={
          canEdit && (
            <DeleteSegmentButton
              organizationId={organization.id}
              segment={segment}
              onDeleted={() => void navigate(paths.segments, { replace: true })}
            />
          )
        }
      />
      {/* Keyed by segment: a save refreshes the data without resetting the form. */}
      <SegmentBuilder
        key={segment.id}
        organization={organization}
        segment={segment}
        canEdit={canEdit}
        canExport={canExportContacts(role)}
      />
    </>
  );
}

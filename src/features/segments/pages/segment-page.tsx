import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineError } from '../../../components/ui/inline-error';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { canManageSegments } from '../permissions';
import { useWorkspace } from '../../../lib/workspace';
import type { Segment } from '../api';
import { DeleteSegmentButton } from '../components/delete-segment-button';
import { SegmentBuilder } from '../components/segment-builder';
import { useSegment } from '../hooks/use-segments';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function BackLink() {
  return (
    <Link
      to={paths.segments}
      className="inline-flex min-h-10 items-center gap-1 self-start text-sm font-semibold text-brand-700 underline"
    >
      <span aria-hidden="true">←</span> Tous les segments
    </Link>
  );
}

/** /segments/nouveau (no id) and /segments/:segmentId. */
export function SegmentPage() {
  const { segmentId } = useParams();
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6">
      <BackLink />
      {segmentId === undefined ? (
        <NewSegment />
      ) : uuidPattern.test(segmentId) ? (
        <ExistingSegment segmentId={segmentId} />
      ) : (
        <SegmentNotFound />
      )}
    </div>
  );
}

function NewSegment() {
  const { organization, role } = useWorkspace();
  if (!canManageSegments(role)) {
    return (
      <>
        <PageHeader title="Nouveau segment" />
        <EmptyState title="Accès réservé aux propriétaires et administrateurs">
          Demandez à un administrateur de « {organization.name} » de créer ce segment. Vous pouvez
          consulter les segments existants.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Nouveau segment"
        description="Choisissez les conditions : le nombre de contacts et quelques exemples s’affichent à mesure."
      />
      {/* Keyed by organisation: switching organisation starts a fresh form. */}
      <SegmentBuilder key={organization.id} organization={organization} segment={null} canEdit />
    </>
  );
}

function SegmentNotFound() {
  return (
    <>
      <title>Segment introuvable · WCAP</title>
      <EmptyState title="Segment introuvable">
        Ce segment n’existe pas, ou plus, dans cette organisation. Retrouvez les segments dans la
        liste.
      </EmptyState>
    </>
  );
}

function ExistingSegment({ segmentId }: { segmentId: string }) {
  const { organization } = useWorkspace();
  const segment = useSegment(organization.id, segmentId);

  if (segment.isPending) {
    return (
      <div role="status" aria-busy="true" className="flex flex-col gap-6">
        <span className="sr-only">Chargement du segment…</span>
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-48 w-full rounded-xl" />
        <Skeleton className="h-64 w-full rounded-xl" />
      </div>
    );
  }
  if (segment.isError) {
    return (
      <div className="flex flex-col items-start gap-3">
        <InlineError message={toUserMessage(segment.error, 'Le segment n’a pas pu être chargé.')} />
        <Button variant="secondary" onClick={() => void segment.refetch()}>
          Réessayer
        </Button>
      </div>
    );
  }
  if (!segment.data) return <SegmentNotFound />;
  return <SegmentView segment={segment.data} />;
}

function SegmentView({ segment }: { segment: Segment }) {
  const { organization, role } = useWorkspace();
  const navigate = useNavigate();
  const canEdit = canManageSegments(role);

  return (
    <>
      <PageHeader
        title={segment.name}
        description={
          <>
            {segment.description && <span className="block">{segment.description}</span>}
            <span className="block">
              Modifié le {formatDateTime(segment.updatedAt, organization.time_zone)}.
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
      />
    </>
  );
}

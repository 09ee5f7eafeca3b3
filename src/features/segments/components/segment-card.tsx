import { Trans } from '@lingui/react/macro';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Skeleton } from '../../../components/ui/skeleton';
import { formatDate } from '../../../lib/format';
import { segmentPath } from '../../../lib/paths';
import type { Organization } from '../../../lib/workspace';
import type { Segment } from '../api';
import { describeCriteria, mentionsCampaigns } from '../condition-text';
import { contactTotal } from '../count-text';
import { useCampaignNames, useSegmentCount } from '../hooks/use-segments';
import { DeleteSegmentButton } from './delete-segment-button';

type SegmentCardProps = {
  organization: Organization;
  segment: Segment;
  canEdit: boolean;
};

/** One segment of the list, with its contacts counted now (the count changes with the contacts). */
export function SegmentCard({ organization, segment, canEdit }: SegmentCardProps) {
  const count = useSegmentCount(organization.id, segment.criteria);
  const campaignNames = useCampaignNames(organization.id, mentionsCampaigns(segment.criteria));
  const updated = formatDate(segment.updatedAt, organization.time_zone);

  return (
    <li className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:flex-row sm:items-center sm:gap-4">
      <div className="min-w-0 flex-1">
        <h2 className="text-base font-semibold break-words text-slate-900">
          <Link to={segmentPath(segment.id)} className="text-brand-700 underline">
            {segment.name}
          </Link>
        </h2>
        {segment.description && (
          <p className="mt-1 text-sm break-words text-slate-600">{segment.description}</p>
        )}
        {segment.criteria && (
          <p className="mt-1 text-sm break-words text-slate-700">
            <span className="font-medium">
              <Trans>Conditions :</Trans>{' '}
            </span>
            {describeCriteria(segment.criteria, campaignNames)}
          </p>
        )}
        <p className="mt-1 text-xs text-slate-500">
          <Trans>Modifié le {updated}</Trans>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SegmentCount
          loading={count.isPending && segment.criteria !== null}
          failed={count.isError}
          unreadable={segment.criteria === null}
          value={count.data}
        />
        {canEdit && <DeleteSegmentButton organizationId={organization.id} segment={segment} />}
      </div>
    </li>
  );
}

function SegmentCount({
  loading,
  failed,
  unreadable,
  value,
}: {
  loading: boolean;
  failed: boolean;
  unreadable: boolean;
  value: number | undefined;
}) {
  if (unreadable) {
    return (
      <Badge tone="warning">
        <Trans>Critères illisibles</Trans>
      </Badge>
    );
  }
  if (loading) {
    return (
      <span className="inline-flex items-center">
        <Skeleton className="h-6 w-24" />
        <span className="sr-only">
          <Trans>Comptage des contacts…</Trans>
        </span>
      </span>
    );
  }
  if (failed || value === undefined) {
    return (
      <Badge tone="danger">
        <Trans>Comptage impossible</Trans>
      </Badge>
    );
  }
  return (
    <Badge tone="brand" className="text-sm">
      {contactTotal(value)}
    </Badge>
  );
}

import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { InlineError } from '../../../../components/ui/inline-error';
import { LoadError } from '../../../../components/ui/load-error';
import { SelectField } from '../../../../components/ui/select-field';
import { Skeleton } from '../../../../components/ui/skeleton';
import { Spinner } from '../../../../components/ui/spinner';
import { toUserMessage } from '../../../../lib/errors';
import { paths } from '../../../../lib/paths';
import type { SegmentAudience, SegmentChoice } from '../api';
import { useSegmentChoices } from '../hooks';

type SegmentPickerProps = {
  organizationId: string;
  selected: SegmentChoice | null;
  onSelect: (segment: SegmentChoice | null) => void;
  /** How many contacts of the chosen segment a start reaches now. */
  audience: UseQueryResult<SegmentAudience>;
};

/** One segment of the organisation, with how many opted-in contacts it holds now. */
export function SegmentPicker({
  organizationId,
  selected,
  onSelect,
  audience,
}: SegmentPickerProps) {
  const { t } = useLingui();
  const segments = useSegmentChoices(organizationId, true);

  if (segments.isPending) return <Skeleton className="h-16 w-full" />;
  if (segments.isError) {
    return (
      <LoadError
        message={toUserMessage(segments.error, t`Les segments n’ont pas pu être chargés.`)}
        onRetry={() => void segments.refetch()}
      />
    );
  }
  if (segments.data.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        <Trans>
          Aucun segment pour le moment : créez-en un dans{' '}
          <Link to={paths.segments} className="font-medium text-brand-800 underline">
            Segments
          </Link>
          .
        </Trans>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <SelectField
        label={t`Segment`}
        value={selected?.id ?? ''}
        onChange={(event) => {
          onSelect(segments.data.find((segment) => segment.id === event.target.value) ?? null);
        }}
      >
        <option value="">{t`Choisissez un segment`}</option>
        {segments.data.map((segment) => (
          <option key={segment.id} value={segment.id}>
            {segment.name}
          </option>
        ))}
      </SelectField>
      {selected && <AudienceCount audience={audience} />}
    </div>
  );
}

function AudienceCount({ audience }: { audience: UseQueryResult<SegmentAudience> }) {
  const { t } = useLingui();
  if (audience.isError) {
    return (
      <InlineError
        message={toUserMessage(
          audience.error,
          t`Les contacts du segment n’ont pas pu être comptés.`,
        )}
      />
    );
  }
  if (audience.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
        <Spinner />
        <Trans>Comptage des contacts…</Trans>
      </p>
    );
  }
  const { recipients, optedOut } = audience.data;
  const reached = plural(recipients, {
    one: '# contact inscrit recevra le chatbot.',
    other: '# contacts inscrits recevront le chatbot.',
  });
  const left = plural(optedOut, {
    one: '# désinscrit est exclu.',
    other: '# désinscrits sont exclus.',
  });
  return (
    <p role="status" className="text-sm text-slate-700">
      {optedOut > 0 ? `${reached} ${left}` : reached}
    </p>
  );
}

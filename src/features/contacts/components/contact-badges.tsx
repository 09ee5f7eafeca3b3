import { i18n } from '@lingui/core';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { Badge } from '../../../components/ui/badge';
import {
  optInStatusLabels,
  watiSyncLabels,
  type OptInStatus,
  type WatiSyncStatus,
} from '../contact-labels';

export function OptInBadge({ status }: { status: OptInStatus }) {
  const { label, tone } = optInStatusLabels[status];
  return <Badge tone={tone}>{i18n._(label)}</Badge>;
}

/** The Wati sync state; a failure carries its reason in a tooltip and for screen readers. */
export function WatiSyncBadge({ status, error }: { status: WatiSyncStatus; error: string | null }) {
  const { label, tone } = watiSyncLabels[status];
  const reason = status === 'failed' && error ? error : null;
  return (
    <span title={reason ?? undefined} className="inline-flex">
      <Badge tone={tone}>
        {i18n._(label)}
        {reason && <span className="sr-only"> : {reason}</span>}
      </Badge>
    </span>
  );
}

/** Tags as chips on one line; those that do not fit are counted (« +3 »). */
export function TagChips({
  tags,
  max = 3,
  className,
}: {
  tags: readonly string[];
  max?: number;
  className?: string;
}) {
  const { t } = useLingui();
  if (tags.length === 0) return <span className="text-sm text-slate-500">—</span>;
  const shown = tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <ul
      aria-label={t`Étiquettes`}
      title={tags.join(', ')}
      className={clsx('flex min-w-0 flex-nowrap items-center gap-1 overflow-hidden', className)}
    >
      {shown.map((tag) => (
        <li
          key={tag}
          className="max-w-[9rem] min-w-0 truncate rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 ring-inset"
        >
          {tag}
        </li>
      ))}
      {hidden > 0 && (
        <li className="shrink-0 text-xs font-medium text-slate-600">
          +{hidden}
          <span className="sr-only"> {plural(hidden, { one: 'autre', other: 'autres' })}</span>
        </li>
      )}
    </ul>
  );
}

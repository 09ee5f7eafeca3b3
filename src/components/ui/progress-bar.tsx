import clsx from 'clsx';
import { useId } from 'react';
import { formatNumber } from '../../lib/format';

type UsageMeterProps = {
  label: string;
  used: number;
  /** null: the plan sets no limit. */
  limit: number | null;
};

/**
 * A quota and its use: a progressbar with its figures for screen readers, or « Illimité » when the
 * plan has no limit (a bar without a maximum would mean "in progress", not "no limit").
 */
export function UsageMeter({ label, used, limit }: UsageMeterProps) {
  const labelId = useId();
  const ratio = limit ? Math.min(used / limit, 1) : 0;
  const tone = ratio >= 1 ? 'bg-red-600' : ratio >= 0.8 ? 'bg-amber-500' : 'bg-brand-600';

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span id={labelId} className="text-sm font-medium text-slate-800">
          {label}
        </span>
        <span className="text-sm text-slate-600">
          {limit === null ? (
            <>
              {formatNumber(used)} · <strong className="font-semibold">Illimité</strong>
            </>
          ) : (
            `${formatNumber(used)} sur ${formatNumber(limit)}`
          )}
        </span>
      </div>
      {limit !== null && (
        <div
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={limit}
          aria-valuenow={Math.min(used, limit)}
          aria-valuetext={`${formatNumber(used)} sur ${formatNumber(limit)}`}
          className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className={clsx('h-full rounded-full transition-[width]', tone)}
            style={{ width: `${ratio * 100}%` }}
          />
        </div>
      )}
    </div>
  );
}

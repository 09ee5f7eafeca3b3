import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId } from 'react';
import { formatNumber } from '../../lib/format';

type ProgressBarProps = {
  /** The id of what names the bar. */
  labelledBy: string;
  /** How far, out of `max`; both left out while the total is unknown (the bar is then empty). */
  value?: number;
  max?: number;
  /** The figures as screen readers should say them (« 120 sur 1 000 »). */
  valueText: string;
  /** The bar's height. */
  heightClassName?: string;
  /** The filled part's colour (and transition). */
  fillClassName?: string;
};

/** A progressbar with its figures for screen readers; it fills up to `value / max`. */
export function ProgressBar({
  labelledBy,
  value,
  max,
  valueText,
  heightClassName = 'h-2.5',
  fillClassName = 'bg-brand-600',
}: ProgressBarProps) {
  const ratio = value !== undefined && max ? Math.min(value / max, 1) : 0;
  return (
    <div
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      className={clsx('w-full overflow-hidden rounded-full bg-slate-200', heightClassName)}
    >
      <div
        className={clsx('h-full rounded-full transition-[width]', fillClassName)}
        style={{ width: `${ratio * 100}%` }}
      />
    </div>
  );
}

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
  const { t } = useLingui();
  const labelId = useId();
  const ratio = limit ? Math.min(used / limit, 1) : 0;
  const usedText = formatNumber(used);
  const limitText = limit === null ? '' : formatNumber(limit);
  const figures = t`${usedText} sur ${limitText}`;
  const tone = ratio >= 1 ? 'bg-red-600' : ratio >= 0.8 ? 'bg-amber-500' : 'bg-brand-600';

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span id={labelId} className="text-sm font-medium text-slate-800">
          {label}
        </span>
        <span className="text-sm text-slate-600">
          {limit === null ? (
            <Trans>
              {usedText} · <strong className="font-semibold">Illimité</strong>
            </Trans>
          ) : (
            figures
          )}
        </span>
      </div>
      {limit !== null && (
        <ProgressBar
          labelledBy={labelId}
          value={Math.min(used, limit)}
          max={limit}
          valueText={figures}
          fillClassName={tone}
        />
      )}
    </div>
  );
}

import { useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { ProgressBar } from '../../../../components/ui/progress-bar';
import { formatPercent } from '../../percent';

/** How sure the matcher is (0 to 1), as a bar and a percentage; green from the threshold on. */
export function ConfidenceBar({
  confidence,
  aboveThreshold,
}: {
  confidence: number;
  aboveThreshold: boolean;
}) {
  const { t } = useLingui();
  const labelId = useId();
  const percent = formatPercent(confidence);
  return (
    <div className="flex items-center gap-3">
      <span id={labelId} className="sr-only">
        {t`Confiance`}
      </span>
      <ProgressBar
        labelledBy={labelId}
        value={Math.round(confidence * 100)}
        max={100}
        valueText={percent}
        fillClassName={aboveThreshold ? 'bg-brand-600' : 'bg-amber-500'}
      />
      <span
        aria-hidden="true"
        className="w-12 shrink-0 text-right text-sm font-semibold text-slate-800"
      >
        {percent}
      </span>
    </div>
  );
}

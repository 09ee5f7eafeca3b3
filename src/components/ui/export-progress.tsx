import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import type { ExportProgress as Progress } from '../../domain/contacts/export';
import { ProgressBar } from './progress-bar';

/**
 * An export's progress under its button (ExportCsvButton's renderProgress): « Export : … » with
 * a bar, and the tenths announced to screen readers rather than every page read.
 */
export function ExportProgress({
  progress,
  describe,
}: {
  /** null when no export runs. */
  progress: Progress | null;
  /** How far it is, in words: « 2 000 lignes sur 10 000… ». */
  describe: (progress: Progress) => string;
}) {
  const { t } = useLingui();
  const labelId = useId();
  const ratio = progress?.total ? Math.min(progress.done / progress.total, 1) : 0;
  const tenth = Math.floor(ratio * 10) * 10;
  const text = progress && describe(progress);
  return (
    <>
      {progress !== null && (
        <div className="flex w-full max-w-xs flex-col gap-1 text-sm text-slate-600">
          <span id={labelId}>
            <Trans>Export : {text}</Trans>
          </span>
          <ProgressBar
            labelledBy={labelId}
            value={progress.total === null ? undefined : progress.done}
            max={progress.total ?? undefined}
            valueText={describe(progress)}
          />
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {progress?.total ? t`Export : ${tenth} %` : ''}
      </p>
    </>
  );
}

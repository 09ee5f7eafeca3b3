import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { ExportCsvButton } from '../../../components/ui/export-csv-button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { exportFileName, type ExportProgress } from '../../../domain/contacts/export';
import { formatNumber } from '../../../lib/format';
import { supabase } from '../../../lib/supabase';
import type { LedgerQuery } from '../ledger-filters';
import { exportLedgerCsv, ledgerExportCap } from '../ledger-export';

function progressText({ done, total }: ExportProgress): string {
  if (total === null) return t`Comptage des mouvements…`;
  const count = formatNumber(done);
  const all = formatNumber(total);
  return t`${count} sur ${all}`;
}

/**
 * The filtered ledger as a CSV file for Excel, the most recent 100,000 lines at most (said next to
 * the button). The progress is shown, and announced every tenth; the export can be cancelled.
 */
export function ExportLedgerButton({
  organizationId,
  query,
  timeZone,
  disabled,
}: {
  organizationId: string;
  query: LedgerQuery;
  timeZone: string;
  disabled: boolean;
}) {
  const { t } = useLingui();
  const labelId = useId();
  const cap = formatNumber(ledgerExportCap);

  return (
    <div className="flex flex-col gap-2">
      <ExportCsvButton
        disabled={disabled}
        fileName={() => exportFileName(t`crédits`, timeZone)}
        run={(options) =>
          exportLedgerCsv({ ...options, client: supabase, organizationId, query, timeZone })
        }
        renderProgress={(progress) => {
          const ratio = progress?.total ? Math.min(progress.done / progress.total, 1) : 0;
          const tenth = Math.floor(ratio * 10) * 10;
          const text = progress && progressText(progress);
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
                    valueText={progressText(progress)}
                  />
                </div>
              )}
              <p aria-live="polite" className="sr-only">
                {progress?.total ? t`Export : ${tenth} %` : ''}
              </p>
            </>
          );
        }}
      />
      <p className="text-sm text-slate-600">
        <Trans>Les mouvements filtrés, {cap} au plus (les plus récents).</Trans>
      </p>
    </div>
  );
}

import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ExportCsvButton } from '../../../components/ui/export-csv-button';
import { ExportProgress } from '../../../components/ui/export-progress';
import { exportFileName, type ExportProgress as Progress } from '../../../domain/contacts/export';
import { formatNumber } from '../../../lib/format';
import { supabase } from '../../../lib/supabase';
import type { LedgerQuery } from '../ledger-filters';
import { exportLedgerCsv, ledgerExportCap } from '../ledger-export';

function progressText({ done, total }: Progress): string {
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
  const cap = formatNumber(ledgerExportCap);

  return (
    <div className="flex flex-col gap-2">
      <ExportCsvButton
        disabled={disabled}
        fileName={() => exportFileName(t`crédits`, timeZone)}
        run={(options) =>
          exportLedgerCsv({ ...options, client: supabase, organizationId, query, timeZone })
        }
        renderProgress={(progress) => (
          <ExportProgress progress={progress} describe={progressText} />
        )}
      />
      <p className="text-sm text-slate-600">
        <Trans>Les mouvements filtrés, {cap} au plus (les plus récents).</Trans>
      </p>
    </div>
  );
}

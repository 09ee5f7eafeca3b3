import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { ExportCsvButton } from '../../../../components/ui/export-csv-button';
import { ProgressBar } from '../../../../components/ui/progress-bar';
import { exportFileName } from '../../../../domain/contacts/export';
import { formatNumber } from '../../../../lib/format';
import type { Campaign } from '../api';
import { recipientFilterLabel, type RecipientFilter } from '../recipient-filters';
import { exportRecipientsCsv, type RecipientExportProgress } from '../recipients-export';

function progressText({ done, total }: RecipientExportProgress): string {
  if (total === null) return t`Comptage des destinataires…`;
  const count = formatNumber(done);
  const all = formatNumber(total);
  return t`${count} sur ${all}`;
}

/**
 * The recipients the filter selects, as a CSV file for Excel. 100,000 recipients take a moment:
 * the progress is shown (and announced every tenth), and the export can be cancelled.
 */
export function ExportRecipientsButton({
  campaign,
  filter,
  timeZone,
  disabled,
}: {
  campaign: Campaign;
  filter: RecipientFilter;
  timeZone: string;
  disabled?: boolean;
}) {
  const { t } = useLingui();
  const labelId = useId();
  const suffix = filter === 'all' ? '' : `-${recipientFilterLabel(filter)}`;
  const name = campaign.name;

  return (
    <ExportCsvButton
      disabled={disabled}
      fileName={() => exportFileName(`${t`campagne-${name}`}${suffix}`, timeZone)}
      run={(options) =>
        exportRecipientsCsv({ ...options, campaignId: campaign.id, filter, timeZone })
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
  );
}

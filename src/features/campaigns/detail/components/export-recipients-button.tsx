import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { ExportCsvButton } from '../../../../components/ui/export-csv-button';
import { ExportProgress } from '../../../../components/ui/export-progress';
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
  const suffix = filter === 'all' ? '' : `-${recipientFilterLabel(filter)}`;
  const name = campaign.name;

  return (
    <ExportCsvButton
      disabled={disabled}
      fileName={() => exportFileName(`${t`campagne-${name}`}${suffix}`, timeZone)}
      run={(options) =>
        exportRecipientsCsv({ ...options, campaignId: campaign.id, filter, timeZone })
      }
      renderProgress={(progress) => <ExportProgress progress={progress} describe={progressText} />}
    />
  );
}

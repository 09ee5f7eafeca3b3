import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { ProgressBar } from '../../../../components/ui/progress-bar';
import { toast } from '../../../../components/ui/toast-store';
import { exportFileName } from '../../../../lib/contact-export';
import { downloadBlob } from '../../../../lib/download';
import { toUserMessage } from '../../../../lib/errors';
import { formatNumber } from '../../../../lib/format';
import type { Campaign } from '../api';
import { recipientFilterLabel, type RecipientFilter } from '../recipient-filters';
import { exportRecipientsCsv, type RecipientExportProgress } from '../recipients-export';

function progressText({ done, total }: RecipientExportProgress): string {
  return total === null
    ? 'Comptage des destinataires…'
    : `${formatNumber(done)} sur ${formatNumber(total)}`;
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
  const labelId = useId();
  const [progress, setProgress] = useState<RecipientExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops an export in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    const suffix = filter === 'all' ? '' : `-${recipientFilterLabel(filter)}`;
    const fileName = exportFileName(`campagne-${campaign.name}${suffix}`, timeZone);
    setProgress({ done: 0, total: null });
    try {
      const blob = await exportRecipientsCsv({
        campaignId: campaign.id,
        filter,
        fileName,
        timeZone,
        signal: abort.signal,
        onProgress: setProgress,
      });
      downloadBlob(blob, fileName);
      toast.success(`Export terminé : ${fileName}.`);
    } catch (error) {
      if (abort.signal.aborted) toast.info('Export annulé.');
      else toast.error(toUserMessage(error, 'L’export n’a pas pu aboutir.'));
    } finally {
      if (controller.current === abort) controller.current = null;
      setProgress(null);
    }
  };

  const ratio = progress?.total ? Math.min(progress.done / progress.total, 1) : 0;
  const tenth = Math.floor(ratio * 10) * 10;

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => void start()}
          disabled={disabled}
          loading={progress !== null}
          loadingText="Export en cours…"
        >
          Exporter en CSV
        </Button>
        {progress !== null && (
          <Button variant="ghost" onClick={() => controller.current?.abort()}>
            Annuler l’export
          </Button>
        )}
      </div>
      {progress !== null && (
        <div className="flex w-full max-w-xs flex-col gap-1 text-sm text-slate-600">
          <span id={labelId}>Export : {progressText(progress)}</span>
          <ProgressBar
            labelledBy={labelId}
            value={progress.total === null ? undefined : progress.done}
            max={progress.total ?? undefined}
            valueText={progressText(progress)}
          />
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {progress?.total ? `Export : ${tenth} %` : ''}
      </p>
    </div>
  );
}

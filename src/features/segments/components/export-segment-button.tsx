import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { toast } from '../../../components/ui/toast-store';
import {
  exportContactsCsv,
  exportFileName,
  type ExportProgress,
} from '../../../lib/contact-export';
import { downloadBlob } from '../../../lib/download';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { supabase } from '../../../lib/supabase';
import type { SegmentCriteria } from '../../../../supabase/functions/_shared/segments/criteria.ts';

type ExportSegmentButtonProps = {
  organizationId: string;
  timeZone: string;
  /** The file is named after it. */
  name: string;
  /** null while the conditions are incomplete: nothing to export yet. */
  criteria: SegmentCriteria | null;
};

function progressText({ done, total }: ExportProgress): string {
  return total === null
    ? `Export : ${formatNumber(done)} contacts lus…`
    : `Export : ${formatNumber(done)} contacts sur ${formatNumber(total)}…`;
}

/**
 * The segment's contacts as a CSV file for Excel. Reading 100,000 contacts takes a while: the
 * progress is shown and announced, and the export can be cancelled.
 */
export function ExportSegmentButton({
  organizationId,
  timeZone,
  name,
  criteria,
}: ExportSegmentButtonProps) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops an export in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    if (!criteria) return;
    const abort = new AbortController();
    controller.current = abort;
    const fileName = exportFileName(`segment-${name || 'sans-nom'}`, timeZone);
    setProgress({ done: 0, total: null });
    try {
      const blob = await exportContactsCsv(supabase, {
        organizationId,
        criteria,
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

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => void start()}
          disabled={criteria === null}
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
      <div role="status" aria-live="polite" className="text-sm text-slate-600">
        {progress !== null && (
          <>
            <progress
              className="block h-2 w-full max-w-xs accent-brand-700"
              aria-label="Progression de l’export"
              value={progress.total ? progress.done : undefined}
              max={progress.total || undefined}
            />
            <span>{progressText(progress)}</span>
          </>
        )}
      </div>
    </div>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportProgress } from '../../domain/contacts/export';
import { downloadBlob } from '../../lib/download';
import { toUserMessage } from '../../lib/errors';
import { Button } from './button';
import { toast } from './toast-store';

/**
 * Writes the file: reports its progress, and rejects (with the signal's reason) once the signal
 * is aborted.
 */
export type CsvExport = (options: {
  fileName: string;
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
}) => Promise<Blob>;

type ExportCsvButtonProps = {
  /** The file's name, decided when the export starts. */
  fileName: () => string;
  /** null while there is nothing to export yet: the button is disabled. */
  run: CsvExport | null;
  disabled?: boolean;
  /** What shows, and is announced, under the buttons: `progress` is null when no export runs. */
  renderProgress: (progress: ExportProgress | null) => ReactNode;
};

/**
 * « Exporter en CSV »: runs the export, downloads the file and says so; while it runs, the button
 * waits, « Annuler l’export » stops it, and so does leaving the page.
 */
export function ExportCsvButton({ fileName, run, disabled, renderProgress }: ExportCsvButtonProps) {
  const { t } = useLingui();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops an export in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    if (!run) return;
    const abort = new AbortController();
    controller.current = abort;
    const name = fileName();
    setProgress({ done: 0, total: null });
    try {
      const blob = await run({ fileName: name, signal: abort.signal, onProgress: setProgress });
      downloadBlob(blob, name);
      toast.success(t`Export terminé : ${name}.`);
    } catch (error) {
      if (abort.signal.aborted) toast.info(t`Export annulé.`);
      else toast.error(toUserMessage(error, t`L’export n’a pas pu aboutir.`));
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
          disabled={disabled || run === null}
          loading={progress !== null}
          loadingText={t`Export en cours…`}
        >
          <Trans>Exporter en CSV</Trans>
        </Button>
        {progress !== null && (
          <Button variant="ghost" onClick={() => controller.current?.abort()}>
            <Trans>Annuler l’export</Trans>
          </Button>
        )}
      </div>
      {renderProgress(progress)}
    </div>
  );
}

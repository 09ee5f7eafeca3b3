import { plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { toast } from '../../../components/ui/toast-store';
import { exportContactsCsv } from '../../../domain/contacts/api';
import { exportFileName, type ExportProgress } from '../../../domain/contacts/export';
import { downloadBlob } from '../../../lib/download';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { supabase } from '../../../lib/supabase';
import { useWorkspace } from '../../../lib/workspace';
import type { ContactSelection } from '../contact-filters';

type ExportDialogProps = {
  open: boolean;
  onClose: () => void;
  selection: ContactSelection;
  /** Whether the page's filters narrow the export (said in the dialog). */
  filtered: boolean;
};

/** Exports as soon as it opens, with a progress bar and a cancel button; downloads at the end. */
export function ExportDialog({ open, onClose, selection, filtered }: ExportDialogProps) {
  const { t } = useLingui();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t`Exporter les contacts`}
      description={
        filtered
          ? t`Les contacts qui correspondent aux filtres, dans un fichier CSV que Excel ouvre directement.`
          : t`Tous les contacts de l’organisation, dans un fichier CSV que Excel ouvre directement.`
      }
    >
      {/* Mounted with the dialog: each opening is a new export. */}
      {open && <ExportRun selection={selection} onClose={onClose} />}
    </Dialog>
  );
}

/** « Export terminé : 2 contacts dans contacts-2026-11-22.csv. » */
function exportedMessage(done: number, fileName: string): string {
  return t`Export terminé : ${plural(done, { one: '# contact', other: '# contacts' })} dans ${fileName}.`;
}

function exportFailedMessage(): string {
  return t`L’export a échoué. Réessayez dans un instant.`;
}

type RunState =
  { phase: 'running'; progress: ExportProgress } | { phase: 'failed'; message: string };

function ExportRun({ selection, onClose }: { selection: ContactSelection; onClose: () => void }) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const labelId = useId();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RunState>({
    phase: 'running',
    progress: { done: 0, total: null },
  });
  // What was asked when the dialog opened: later changes of the page's filters do not restart it.
  const [asked] = useState(selection);
  const controllerRef = useRef<AbortController | null>(null);
  const doneRef = useRef(0);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current = controller;
    const fileName = exportFileName('contacts', organization.time_zone);
    exportContactsCsv(supabase, {
      organizationId: organization.id,
      criteria: asked.criteria,
      search: asked.search,
      timeZone: organization.time_zone,
      fileName,
      signal: controller.signal,
      onProgress: (progress) => {
        doneRef.current = progress.done;
        setState({ phase: 'running', progress });
      },
    }).then(
      (blob) => {
        downloadBlob(blob, fileName);
        toast.success(exportedMessage(doneRef.current, fileName));
        onCloseRef.current();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          phase: 'failed',
          message: toUserMessage(error, exportFailedMessage()),
        });
      },
    );
    // Closing the dialog (or leaving the page) cancels the export.
    return () => controller.abort();
  }, [attempt, organization.id, organization.time_zone, asked]);

  if (state.phase === 'failed') {
    return (
      <>
        <InlineError message={state.message} className="mt-4" />
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            <Trans>Fermer</Trans>
          </Button>
          <Button
            onClick={() => {
              setState({ phase: 'running', progress: { done: 0, total: null } });
              setAttempt((count) => count + 1);
            }}
          >
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      </>
    );
  }

  const { done, total } = state.progress;
  const ratio = total ? Math.min(done / total, 1) : 0;
  // Announced every tenth, not at every page of rows.
  const tenth = Math.floor(ratio * 10) * 10;
  const doneText = formatNumber(done);
  const totalText = total === null ? '' : formatNumber(total);
  return (
    <>
      <div className="mt-5 flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
          <span id={labelId} className="font-medium text-slate-800">
            <Trans>Export en cours</Trans>
          </span>
          <span className="text-slate-600 tabular-nums">
            {total === null ? t`Comptage des contacts…` : t`${doneText} sur ${totalText}`}
          </span>
        </div>
        <ProgressBar
          labelledBy={labelId}
          value={total === null ? undefined : done}
          max={total ?? undefined}
          valueText={total === null ? t`Comptage des contacts` : t`${doneText} sur ${totalText}`}
        />
        <p aria-live="polite" className="sr-only">
          {total === null ? '' : t`Export : ${tenth} %`}
        </p>
      </div>
      <div className="mt-6 flex justify-end">
        <Button
          variant="secondary"
          data-autofocus
          onClick={() => {
            controllerRef.current?.abort();
            toast.info(t`Export annulé.`);
            onClose();
          }}
        >
          <Trans>Annuler l’export</Trans>
        </Button>
      </div>
    </>
  );
}

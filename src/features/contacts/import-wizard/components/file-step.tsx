import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useRef, useState, type DragEvent } from 'react';
import { Button } from '../../../../components/ui/button';
import { InlineError } from '../../../../components/ui/inline-error';
import { Spinner } from '../../../../components/ui/spinner';
import { toUserMessage } from '../../../../lib/errors';
import { acceptAttribute, fileProblem } from '../file-rules';
import type { ImportWorkerClient } from '../import-worker-client';
import { unreadableFileMessage } from '../messages';
import type { FileOverview } from '../worker-protocol';

/** Step 1: a file dropped or picked, read and parsed in the worker. */
export function FileStep({
  worker,
  onRead,
}: {
  worker: ImportWorkerClient;
  onRead: (file: FileOverview) => void;
}) {
  const { t } = useLingui();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const take = async (file: File) => {
    const problem = fileProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setReading(file.name);
    try {
      onRead(await worker.read(file.name, file));
    } catch (readError) {
      setReading(null);
      setError(toUserMessage(readError, unreadableFileMessage()));
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (reading) return;
    const files = event.dataTransfer.files;
    if (files.length > 1) {
      setError(t`Déposez un seul fichier à la fois.`);
      return;
    }
    const file = files[0];
    if (file) void take(file);
  };

  return (
    <div className="flex flex-col gap-4">
      <div
        onDragOver={(event) => {
          // Without preventDefault the browser would open the dropped file instead.
          event.preventDefault();
          if (!reading) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={clsx(
          'flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-10 text-center transition-colors',
          dragging ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-slate-50',
        )}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="size-10 text-slate-400"
        >
          <path d="M12 15V4m0 0-4 4m4-4 4 4" />
          <path d="M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
        </svg>
        <p className="text-base font-medium text-slate-900">
          <Trans>Déposez votre fichier ici</Trans>
        </p>
        <p className="text-sm text-slate-600">
          <Trans>ou</Trans>
        </p>
        <Button
          onClick={() => inputRef.current?.click()}
          loading={reading !== null}
          loadingText={t`Lecture…`}
        >
          <Trans>Choisir un fichier</Trans>
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept={acceptAttribute}
          tabIndex={-1}
          aria-hidden="true"
          className="hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that picking the same file again (after fixing it) reads it again.
            event.target.value = '';
            if (file) void take(file);
          }}
        />
      </div>

      <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
        {reading && (
          <>
            <Spinner className="text-brand-700" />
            <span className="min-w-0 break-words">
              <Trans>
                Lecture et analyse de « {reading} »… La page reste utilisable pendant ce temps.
              </Trans>
            </span>
          </>
        )}
      </p>
      <InlineError message={error} />

      <div className="text-sm text-slate-600">
        <h3 className="font-semibold text-slate-800">
          <Trans>Fichiers acceptés</Trans>
        </h3>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>
            <Trans>
              CSV (.csv, .txt) séparé par des points-virgules, des virgules ou des tabulations, en
              UTF-8 ou tel qu’Excel l’enregistre (Windows-1252) ;
            </Trans>
          </li>
          <li>
            <Trans>classeur Excel (.xlsx), première feuille ;</Trans>
          </li>
          <li>
            <Trans>50 Mo au plus, avec les titres des colonnes sur la première ligne.</Trans>
          </li>
        </ul>
        <p className="mt-2">
          <Trans>
            Les colonnes Nom, Prénom, Téléphone (ou Mobile, Numéro WhatsApp), E-mail et Étiquettes
            sont reconnues ; les autres deviennent des attributs (ville, quartier…).
          </Trans>
        </p>
      </div>
    </div>
  );
}

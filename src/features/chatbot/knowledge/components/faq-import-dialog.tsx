import { plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { Dialog } from '../../../../components/ui/dialog';
import { InlineError } from '../../../../components/ui/inline-error';
import { toast } from '../../../../components/ui/toast-store';
import { downloadBlob } from '../../../../lib/download';
import { toUserMessage } from '../../../../lib/errors';
import { formatNumber } from '../../../../lib/format';
import { faqToCsv, type FaqCsvReading } from '../faq-csv';
import { useImportFaq } from '../hooks/use-faq';

/** Faulty lines listed before « et N autres lignes ». */
const listedProblems = 20;

type FaqImportDialogProps = {
  open: boolean;
  onClose: () => void;
  organizationId: string;
  /** How many entries the FAQ holds now, for « Remplacer tout »'s warning. */
  currentCount: number;
};

export function FaqImportDialog({
  open,
  onClose,
  organizationId,
  currentCount,
}: FaqImportDialogProps) {
  const { t } = useLingui();
  return (
    <Dialog open={open} onClose={onClose} title={t`Importer des réponses (CSV)`} size="xl">
      <FaqImport organizationId={organizationId} currentCount={currentCount} onDone={onClose} />
    </Dialog>
  );
}

function FaqImport({
  organizationId,
  currentCount,
  onDone,
}: {
  organizationId: string;
  currentCount: number;
  onDone: () => void;
}) {
  const { t } = useLingui();
  const fileId = useId();
  const hintId = useId();
  const [reading, setReading] = useState<(FaqCsvReading & { fileName: string }) | null>(null);
  const [loading, setLoading] = useState(false);
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const importFaq = useImportFaq(organizationId);

  const choose = async (file: File | undefined) => {
    importFaq.reset();
    setReading(null);
    if (!file) return;
    setLoading(true);
    try {
      const [{ readFaqFile }, buffer] = await Promise.all([
        import('../read-faq-file'),
        file.arrayBuffer(),
      ]);
      setReading({ ...readFaqFile(new Uint8Array(buffer)), fileName: file.name });
    } catch {
      setReading({ ok: false, message: t`Ce fichier n’a pas pu être lu.`, fileName: file.name });
    } finally {
      setLoading(false);
    }
  };

  const entries = reading?.ok ? reading.entries : [];
  const problems = reading?.ok ? reading.problems : [];
  const ready = reading?.ok === true && problems.length === 0 && entries.length > 0;
  const questionCount = entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  const currentText = formatNumber(currentCount);

  const run = async (replaceAll: boolean) => {
    const result = await importFaq.mutateAsync({
      entries: entries.map(({ category, answer, questions }) => ({ category, answer, questions })),
      replaceAll,
    });
    const imported = plural(result.entries, {
      one: '# réponse importée',
      other: '# réponses importées',
    });
    const phrasings = plural(result.questions, { one: '# question', other: '# questions' });
    toast.success(t`${imported} (${phrasings}).`);
    onDone();
  };

  return (
    <div className="mt-4 flex flex-col gap-4">
      <div className="text-sm text-slate-600" id={hintId}>
        <p>
          <Trans>
            Un fichier CSV avec les colonnes <strong>categorie</strong>, <strong>question</strong>{' '}
            et <strong>reponse</strong>, une ligne par question : les lignes qui ont la même
            catégorie et la même réponse forment une seule réponse de la FAQ. C’est le format de «
            Exporter en CSV ».
          </Trans>
        </p>
        <button
          type="button"
          className="mt-1 font-semibold text-brand-700 underline"
          onClick={() =>
            downloadBlob(
              new Blob(
                [
                  faqToCsv([
                    {
                      category: t`Horaires`,
                      answer: t`Nos agences sont ouvertes du lundi au vendredi, de 7 h 30 à 15 h 30.`,
                      questions: [t`Quels sont vos horaires ?`, t`Vous ouvrez à quelle heure ?`],
                    },
                  ]),
                ],
                { type: 'text/csv;charset=utf-8' },
              ),
              'faq-modele.csv',
            )
          }
        >
          <Trans>Télécharger un modèle</Trans>
        </button>
      </div>

      <div className="flex flex-col gap-1.5">
        <label htmlFor={fileId} className="text-sm font-medium text-slate-800">
          <Trans>Fichier CSV</Trans>
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={hintId}
          data-autofocus
          className="block w-full min-w-0 text-sm text-slate-700 file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-semibold file:text-slate-800"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>

      <div aria-live="polite" className="flex flex-col gap-3">
        {loading && (
          <p className="text-sm text-slate-600">
            <Trans>Lecture du fichier…</Trans>
          </p>
        )}
        {reading && !reading.ok && <InlineError message={reading.message} />}
        {reading?.ok && (
          <>
            <p className="text-sm font-medium text-slate-900">
              <Plural value={entries.length} one="# réponse trouvée" other="# réponses trouvées" />{' '}
              · <Plural value={questionCount} one="# question" other="# questions" />
            </p>
            {problems.length > 0 && (
              <div className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
                <p className="font-semibold">
                  <Plural
                    value={problems.length}
                    one="# ligne à corriger : rien n’est importé tant qu’elle est fausse."
                    other="# lignes à corriger : rien n’est importé tant qu’une ligne est fausse."
                  />
                </p>
                <ul className="mt-2 flex list-disc flex-col gap-0.5 pl-5">
                  {problems.slice(0, listedProblems).map((problem) => {
                    const line = problem.line;
                    const reason = problem.message;
                    return (
                      <li key={line}>
                        <Trans>
                          Ligne {line} : {reason}
                        </Trans>
                      </li>
                    );
                  })}
                </ul>
                {problems.length > listedProblems && (
                  <p className="mt-1">
                    <Plural
                      value={problems.length - listedProblems}
                      one="et # autre ligne"
                      other="et # autres lignes"
                    />
                  </p>
                )}
                <p className="mt-2">
                  <Trans>Corrigez le fichier, puis choisissez-le à nouveau.</Trans>
                </p>
              </div>
            )}
            {entries.length > 0 && (
              <ul aria-label={t`Aperçu des réponses`} className="flex flex-col gap-2">
                {entries.slice(0, 5).map((entry) => (
                  <li
                    key={entry.lines[0]}
                    className="min-w-0 rounded-lg border border-slate-200 p-3 text-sm"
                  >
                    <p className="font-semibold break-words text-slate-900">
                      {entry.category ? `${entry.category} · ` : ''}
                      {entry.questions[0]}
                    </p>
                    <p className="mt-1 line-clamp-2 break-words text-slate-600">{entry.answer}</p>
                  </li>
                ))}
                {entries.length > 5 && (
                  <li className="text-sm text-slate-600">
                    <Plural
                      value={entries.length - 5}
                      one="et # autre réponse"
                      other="et # autres réponses"
                    />
                  </li>
                )}
              </ul>
            )}
          </>
        )}
      </div>

      <InlineError
        message={
          importFaq.isError && !confirmingReplace
            ? toUserMessage(importFaq.error, t`L’import n’a pas pu aboutir : rien n’a été importé.`)
            : null
        }
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone} disabled={importFaq.isPending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button
          variant="secondary"
          className="text-red-800"
          disabled={!ready || importFaq.isPending}
          onClick={() => setConfirmingReplace(true)}
        >
          <Trans>Remplacer tout</Trans>
        </Button>
        <Button
          disabled={!ready}
          loading={importFaq.isPending && !confirmingReplace}
          loadingText={t`Import…`}
          onClick={() => void run(false).catch(() => undefined)}
        >
          <Trans>Ajouter</Trans>
        </Button>
      </div>

      <ConfirmDialog
        open={confirmingReplace}
        onCancel={() => setConfirmingReplace(false)}
        title={t`Remplacer toute la FAQ ?`}
        description={
          <Plural
            value={currentCount}
            _0="La FAQ est vide : les réponses du fichier y sont simplement ajoutées."
            one={`La réponse actuelle est supprimée et remplacée par celles du fichier. Les messages déjà envoyés ne changent pas.`}
            other={`Les ${currentText} réponses actuelles sont supprimées et remplacées par celles du fichier. Les messages déjà envoyés ne changent pas.`}
          />
        }
        confirmLabel={t`Remplacer tout`}
        pendingLabel={t`Import…`}
        failureMessage={(error) =>
          toUserMessage(error, t`L’import n’a pas pu aboutir : rien n’a été importé.`)
        }
        onConfirm={async () => {
          await run(true);
          setConfirmingReplace(false);
        }}
      />
    </div>
  );
}

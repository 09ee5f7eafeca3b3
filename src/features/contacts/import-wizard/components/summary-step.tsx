import { t } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { Link } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { downloadBlob } from '../../../../lib/download';
import { formatNumber } from '../../../../lib/format';
import { paths } from '../../../../lib/paths';
import { errorReportCsv } from '../../../../domain/contacts/import/error-report';
import { quotaReachedText } from '../../../../domain/contacts/import/messages';
import {
  errorReportFileName,
  outcomeFigures,
  outcomeShares,
  cancelledMessage,
  type OutcomeTone,
} from '../import-outcome';
import type { RowProblem } from '../../../../domain/contacts/import/types';
import type { ImportOutcome } from '../wizard-state';

const barClasses: Record<OutcomeTone, string> = {
  brand: 'bg-brand-600',
  info: 'bg-sky-500',
  neutral: 'bg-slate-400',
  warning: 'bg-amber-400',
  danger: 'bg-red-500',
};

const cardClasses: Record<OutcomeTone, string> = {
  brand: 'border-brand-200',
  info: 'border-sky-200',
  neutral: 'border-slate-200',
  warning: 'border-amber-200',
  danger: 'border-red-200',
};

/** « Importés : 1 200 », the tooltip of a part of the bar. */
function figureTitle(label: string, value: number): string {
  const figure = formatNumber(value);
  return t`${label} : ${figure}`;
}

/** Step 5: what became of each row, the error report, and where to go next. */
export function SummaryStep({
  outcome,
  fileName,
  problemsFound,
  onRestart,
}: {
  outcome: ImportOutcome;
  fileName: string;
  /** The rows the check set aside: the report when a cancelled import returned no summary. */
  problemsFound: RowProblem[];
  onRestart: () => void;
}) {
  const { t } = useLingui();
  const summary = outcome.summary;
  const figures = summary ? outcomeFigures(summary) : [];
  const shares = outcomeShares(figures);
  const errors = summary?.errors ?? problemsFound;
  const errorCount = errors.length;

  return (
    <div className="flex flex-col gap-6">
      {outcome.kind === 'cancelled' && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {cancelledMessage(outcome.progress)}
        </p>
      )}
      {summary?.quotaReached && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {quotaReachedText(summary.imported, summary.overQuota)}
        </p>
      )}

      {summary && (
        <>
          <dl
            aria-label={t`Résultat de l’import`}
            className="grid grid-cols-2 gap-3 lg:grid-cols-3"
          >
            {figures.map((figure) => (
              <div
                key={figure.key}
                className={clsx('min-w-0 rounded-lg border bg-white p-3', cardClasses[figure.tone])}
              >
                <dt className="flex items-center gap-2 text-sm font-medium text-slate-800">
                  <span
                    aria-hidden="true"
                    className={clsx('size-2.5 shrink-0 rounded-full', barClasses[figure.tone])}
                  />
                  {figure.label}
                </dt>
                <dd className="mt-1">
                  <span className="block text-2xl font-semibold text-slate-900 tabular-nums">
                    {formatNumber(figure.value)}
                  </span>
                  <span className="block text-xs text-slate-600">{figure.description}</span>
                </dd>
              </div>
            ))}
          </dl>
          {shares.length > 0 && (
            // The figures above carry the meaning; the bar only shows the proportions.
            <div aria-hidden="true" className="flex h-3 w-full overflow-hidden rounded-full">
              {shares.map(({ figure, percent }) => (
                <div
                  key={figure.key}
                  className={barClasses[figure.tone]}
                  style={{ width: `${percent}%` }}
                  title={figureTitle(figure.label, figure.value)}
                />
              ))}
            </div>
          )}
        </>
      )}

      <div className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3">
        <h3 className="text-base font-semibold text-slate-900">
          <Trans>Rapport d’erreurs</Trans>
        </h3>
        {errors.length > 0 ? (
          <>
            <p className="text-sm text-slate-600">
              <Plural
                value={errorCount}
                one="# ligne non importée, avec son numéro de ligne, le nom du contact et la raison, dans un fichier CSV qu’Excel ouvre directement."
                other="# lignes non importées, avec leur numéro de ligne, le nom du contact et la raison, dans un fichier CSV qu’Excel ouvre directement."
              />
            </p>
            <div>
              <Button
                variant="secondary"
                // The label is long: on a phone it wraps instead of pushing the page sideways.
                className="max-sm:w-full max-sm:whitespace-normal"
                onClick={() =>
                  downloadBlob(
                    new Blob([errorReportCsv(errors)], { type: 'text/csv;charset=utf-8' }),
                    errorReportFileName(fileName),
                  )
                }
              >
                <Trans>Télécharger le rapport d’erreurs (CSV)</Trans>
              </Button>
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-600">
            <Trans>Aucune ligne écartée : rien à signaler.</Trans>
          </p>
        )}
      </div>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onRestart}>
          <Trans>Importer un autre fichier</Trans>
        </Button>
        <Link
          to={paths.contacts}
          className="inline-flex min-h-10 items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          <Trans>Voir les contacts</Trans>
        </Link>
      </div>
    </div>
  );
}

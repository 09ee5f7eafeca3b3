import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { InlineError } from '../../../../components/ui/inline-error';
import { SelectField } from '../../../../components/ui/select-field';
import { phoneCountryOptions } from '../../../../domain/geography/countries';
import { toUserMessage } from '../../../../lib/errors';
import type { ColumnTarget } from '../../../../domain/contacts/import/types';
import { fileDescription } from '../file-rules';
import type { ImportWorkerClient } from '../import-worker-client';
import {
  columnChoices,
  columnName,
  mappingProblem,
  targetFor,
  type TargetKind,
} from '../mapping-choices';
import { prepareFailedMessage } from '../messages';
import { previewSize } from '../preview';
import type { FileOverview, PreparedReview } from '../worker-protocol';

/** Step 2: what each column becomes, and the country of numbers written without a prefix. */
export function ColumnsStep({
  file,
  mapping,
  defaultCountry,
  worker,
  onColumnChange,
  onCountryChange,
  onBack,
  onPrepared,
}: {
  file: FileOverview;
  mapping: ColumnTarget[];
  defaultCountry: string;
  worker: ImportWorkerClient;
  onColumnChange: (column: number, target: ColumnTarget) => void;
  onCountryChange: (country: string) => void;
  onBack: () => void;
  onPrepared: (review: PreparedReview) => void;
}) {
  const { t } = useLingui();
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = mappingProblem(file.headers, mapping);
  const rowCount = file.rowCount;

  const prepare = async () => {
    if (problem) return;
    setError(null);
    setPreparing(true);
    try {
      onPrepared(await worker.prepare(mapping, defaultCountry, previewSize));
    } catch (prepareError) {
      setPreparing(false);
      setError(toUserMessage(prepareError, prepareFailedMessage()));
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 rounded-lg bg-slate-50 p-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <p className="font-medium break-words text-slate-900">{file.fileName}</p>
          <p className="text-sm text-slate-600">{fileDescription(file)}</p>
        </div>
        <Button variant="secondary" onClick={onBack} disabled={preparing}>
          <Trans>Changer de fichier</Trans>
        </Button>
      </div>

      <p className="text-sm text-slate-600">
        <Trans>
          Vérifiez l’usage de chaque colonne. Une colonne, et une seule, doit contenir le numéro
          WhatsApp ; Prénom et Nom de famille sont réunis en un nom complet.
        </Trans>
      </p>

      <ul aria-label={t`Colonnes du fichier`} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {file.headers.map((header, column) => {
          const target = mapping[column];
          const samples = file.samples[column] ?? [];
          const name = columnName(header, column);
          const examples = samples.join(' · ');
          return (
            <li
              key={column}
              className={clsx(
                'min-w-0 rounded-lg border p-3',
                target?.kind === 'phone'
                  ? 'border-brand-300 bg-brand-50/40'
                  : target?.kind === 'ignore'
                    ? 'border-slate-200 bg-slate-50'
                    : 'border-slate-200 bg-white',
              )}
            >
              <SelectField
                label={t`Colonne « ${name} »`}
                hint={
                  samples.length > 0
                    ? t`Exemples : ${examples}`
                    : t`Colonne vide dans les premières lignes`
                }
                value={target?.kind ?? 'ignore'}
                disabled={preparing}
                onChange={(event) =>
                  onColumnChange(
                    column,
                    targetFor(event.target.value as TargetKind, column, file.headers, mapping),
                  )
                }
              >
                {columnChoices(column, file.headers, mapping).map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </SelectField>
            </li>
          );
        })}
      </ul>

      <SelectField
        label={t`Pays des numéros sans indicatif`}
        hint={t`Un numéro écrit sans « + » ni « 00 » (699 12 34 56) est lu comme un numéro de ce pays.`}
        className="sm:max-w-sm"
        value={defaultCountry}
        disabled={preparing}
        onChange={(event) => onCountryChange(event.target.value)}
      >
        {phoneCountryOptions(defaultCountry).map((country) => (
          <option key={country.code} value={country.code}>
            {country.label}
          </option>
        ))}
      </SelectField>

      <InlineError message={problem ?? error} />
      <p role="status" className="text-sm text-slate-700">
        {preparing &&
          t`Vérification de ${plural(rowCount, { one: '# ligne', other: '# lignes' })}…`}
      </p>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onBack} disabled={preparing}>
          <Trans>Retour</Trans>
        </Button>
        <Button
          onClick={() => void prepare()}
          disabled={problem !== null}
          loading={preparing}
          loadingText={t`Vérification…`}
        >
          <Trans>Vérifier les données</Trans>
        </Button>
      </div>
    </div>
  );
}

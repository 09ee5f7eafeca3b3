import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { InlineError } from '../../../../components/ui/inline-error';
import { Skeleton } from '../../../../components/ui/skeleton';
import { TagInput } from '../../../../domain/contacts/components/tag-input';
import { formatNumber } from '../../../../lib/format';
import { useOrganizationUsage } from '../../../../domain/organizations/hooks/use-organization-usage';
import type { Organization } from '../../../../lib/workspace';
import { rowProblemText } from '../../../../domain/contacts/import/messages';
import type { ColumnTarget, RowProblem } from '../../../../domain/contacts/import/types';
import { firstProblems } from '../preview';
import { quotaOutlook } from '../quota';
import type { FileOverview, PreparedReview } from '../worker-protocol';
import { PreviewTable } from './preview-table';

const problemListSize = 10;
/** The most tags an import adds to every row. */
const maxAddedTags = 20;

function Count({
  label,
  value,
  tone,
}: {
  label: string;
  value: number;
  tone: 'brand' | 'danger' | 'warning' | 'neutral';
}) {
  return (
    <div
      className={clsx(
        'min-w-0 rounded-lg border p-3',
        tone === 'brand' && 'border-brand-200 bg-brand-50',
        tone === 'danger' && (value > 0 ? 'border-red-200 bg-red-50' : 'border-slate-200'),
        tone === 'warning' && (value > 0 ? 'border-amber-200 bg-amber-50' : 'border-slate-200'),
        tone === 'neutral' && 'border-slate-200',
      )}
    >
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{formatNumber(value)}</dd>
    </div>
  );
}

function QuotaHint({
  organization,
  validNumbers,
}: {
  organization: Organization;
  validNumbers: number;
}) {
  // The hint must count contacts added since the page was opened (another import…).
  const usage = useOrganizationUsage(organization.id, { staleTime: 0 });
  if (usage.isPending) {
    return (
      <div role="status" aria-busy="true">
        <span className="sr-only">
          <Trans>Vérification du quota de contacts…</Trans>
        </span>
        <Skeleton className="h-5 w-full max-w-md" />
      </div>
    );
  }
  if (usage.isError) {
    return (
      <p className="text-sm text-slate-600">
        <Trans>
          Le quota de contacts n’a pas pu être vérifié ; il s’appliquera tout de même pendant
          l’import.
        </Trans>
      </p>
    );
  }
  const outlook = quotaOutlook(organization.contacts_quota, usage.data.contacts, validNumbers);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">{outlook.message}</p>
      {outlook.warning && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {outlook.warning}
        </p>
      )}
    </div>
  );
}

/** A row set aside: its line, its number as written, and why (in the reader's language). */
function ProblemItem({ problem }: { problem: RowProblem }) {
  const line = problem.line;
  const value = problem.value;
  const reason = rowProblemText(problem);
  return (
    <li className="break-words">
      {value ? (
        <Trans>
          <span className="font-medium text-slate-900">Ligne {line}</span> · « {value} » : {reason}
        </Trans>
      ) : (
        <Trans>
          <span className="font-medium text-slate-900">Ligne {line}</span> : {reason}
        </Trans>
      )}
    </li>
  );
}

/** Step 3: what the import will do, its options, and the quota. */
export function ReviewStep({
  organization,
  file,
  mapping,
  review,
  updateExisting,
  addTags,
  importError,
  onUpdateExistingChange,
  onTagsChange,
  onBack,
  onStart,
}: {
  organization: Organization;
  file: FileOverview;
  mapping: ColumnTarget[];
  review: PreparedReview;
  updateExisting: boolean;
  addTags: string[];
  importError: string | null;
  onUpdateExistingChange: (updateExisting: boolean) => void;
  onTagsChange: (tags: string[]) => void;
  onBack: () => void;
  onStart: () => void;
}) {
  const { t } = useLingui();
  const existingName = useId();
  const { prepared, preview } = review;
  const valid = prepared.contacts.length;
  const problems = firstProblems(prepared, problemListSize);
  const problemCount = prepared.invalid.length + prepared.duplicates.length;
  const shownText = formatNumber(problems.length);
  const problemCountText = formatNumber(problemCount);

  return (
    <div className="flex flex-col gap-6">
      <dl
        aria-label={t`Bilan de la vérification`}
        className="grid grid-cols-2 gap-3 lg:grid-cols-4"
      >
        <Count label={t`Numéros valides`} value={valid} tone="brand" />
        <Count label={t`Invalides`} value={prepared.invalid.length} tone="danger" />
        <Count
          label={t`Doublons dans le fichier`}
          value={prepared.duplicates.length}
          tone="warning"
        />
        <Count label={t`Remarques`} value={prepared.warnings.length} tone="neutral" />
      </dl>

      <PreviewTable
        headers={file.headers}
        mapping={mapping}
        rows={preview}
        totalRows={file.rowCount}
      />

      {problems.length > 0 && (
        <section aria-labelledby={`${existingName}-problems`} className="flex flex-col gap-2">
          <h3 id={`${existingName}-problems`} className="text-base font-semibold text-slate-900">
            {problemCount > problems.length
              ? t`Premières lignes écartées (${shownText} sur ${problemCountText})`
              : t`Lignes écartées (${problemCountText})`}
          </h3>
          <ul className="flex flex-col gap-1 text-sm text-slate-700">
            {problems.map((problem) => (
              <ProblemItem key={`${problem.line}-${problem.reason}`} problem={problem} />
            ))}
          </ul>
          <p className="text-sm text-slate-600">
            <Trans>Le rapport d’erreurs complet se télécharge à la fin de l’import.</Trans>
          </p>
        </section>
      )}

      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">
          <Trans>Numéros déjà enregistrés dans vos contacts</Trans>
        </legend>
        <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50/40">
          <input
            type="radio"
            name={existingName}
            checked={!updateExisting}
            onChange={() => onUpdateExistingChange(false)}
            className="mt-0.5 size-4 accent-brand-700"
          />
          <span className="min-w-0">
            <span className="block text-sm font-medium text-slate-900">
              <Trans>Ignorer les contacts existants</Trans>
            </span>
            <span className="block text-sm text-slate-600">
              <Trans>
                Seuls les nouveaux numéros sont ajoutés ; les fiches existantes ne changent pas.
              </Trans>
            </span>
          </span>
        </label>
        <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50/40">
          <input
            type="radio"
            name={existingName}
            checked={updateExisting}
            onChange={() => onUpdateExistingChange(true)}
            className="mt-0.5 size-4 accent-brand-700"
          />
          <span className="min-w-0">
            <span className="block text-sm font-medium text-slate-900">
              <Trans>Mettre à jour les contacts existants</Trans>
            </span>
            <span className="block text-sm text-slate-600">
              <Trans>
                Le nom et l’e-mail sont remplacés quand le fichier en donne ; étiquettes et
                attributs s’ajoutent à ceux de la fiche. Le consentement ne change pas.
              </Trans>
            </span>
          </span>
        </label>
      </fieldset>

      <TagInput
        label={t`Étiquettes à ajouter à tous les contacts importés`}
        hint={t`Appuyez sur Entrée ou tapez une virgule après chaque étiquette.`}
        placeholder={t`ex. : adhérents-2026`}
        value={addTags}
        maxTags={maxAddedTags}
        onChange={onTagsChange}
      />

      <section aria-label={t`Quota de contacts`} className="rounded-lg bg-slate-50 p-3">
        <QuotaHint organization={organization} validNumbers={valid} />
      </section>

      {valid === 0 && (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <Trans>
            Aucun numéro valide à importer : vérifiez la colonne du téléphone et le pays des numéros
            sans indicatif.
          </Trans>
        </p>
      )}
      {/* The pipeline's message says what was saved before the failure, if anything. */}
      <InlineError message={importError} />

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onBack}>
          <Trans>Retour aux colonnes</Trans>
        </Button>
        <Button onClick={onStart} disabled={valid === 0}>
          {importError
            ? t`Relancer l’import`
            : t`Importer ${plural(valid, { one: '# contact', other: '# contacts' })}`}
        </Button>
      </div>
    </div>
  );
}

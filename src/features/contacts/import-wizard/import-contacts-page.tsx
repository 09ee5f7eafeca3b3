import { msg, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { PageHeader } from '../../../components/ui/page-header';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { queryKeys } from '../../../lib/query-keys';
import { hasRoleAtLeast } from '../../../domain/organizations/roles';
import { supabase } from '../../../lib/supabase';
import { useWorkspace, type Organization } from '../../../lib/workspace';
import { ImportInterruptedError } from '../../../domain/contacts/import/errors';
import { interruptedFallbackText, interruptedText } from '../../../domain/contacts/import/messages';
import type { ImportProgress } from '../../../domain/contacts/import/types';
import { uploadContacts } from '../../../domain/contacts/import/upload-contacts';
import { ColumnsStep } from './components/columns-step';
import { FileStep } from './components/file-step';
import { ImportStep } from './components/import-step';
import { ReviewStep } from './components/review-step';
import { SummaryStep } from './components/summary-step';
import { WizardStepper } from './components/wizard-stepper';
import { useImportWorker } from './use-import-worker';
import { initialWizardState, wizardReducer, wizardSteps, type WizardStep } from './wizard-state';

const stepTitles = {
  file: msg`Choisissez le fichier`,
  columns: msg`Vérifiez les colonnes`,
  review: msg`Vérifiez les données`,
  import: msg`Import en cours`,
  summary: msg`Import terminé`,
} satisfies Record<WizardStep, unknown>;

/** Why an upload stopped, in the reader's language; what was sent before stays saved. */
function importFailureMessage(error: unknown): string {
  if (error instanceof ImportInterruptedError) {
    return interruptedText(toUserMessage(error.cause, interruptedFallbackText()), error.saved);
  }
  return toUserMessage(
    error,
    t`L’import s’est interrompu avant la fin. Importez de nouveau le même fichier : les contacts déjà enregistrés ne seront pas dupliqués.`,
  );
}

export function ImportContactsPage() {
  const { organization, role } = useWorkspace();
  const { t } = useLingui();
  const pageTitle = t`Importer des contacts`;
  const organizationName = organization.name;

  // The import RPC accepts owners and admins only (agents add contacts one by one).
  if (!hasRoleAtLeast(role, 'admin')) {
    return (
      <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
        <PageHeader title={pageTitle} />
        <Card>
          <p className="font-semibold text-slate-900">
            <Trans>Accès réservé aux propriétaires et administrateurs</Trans>
          </p>
          <p className="mt-1 text-sm text-slate-600">
            <Trans>
              Importer un fichier peut ajouter ou modifier des milliers de contacts d’un coup :
              seuls les propriétaires et administrateurs de « {organizationName} » le peuvent.
              Confiez votre fichier à l’un d’eux.
            </Trans>
          </p>
          <Link
            to={paths.contacts}
            className="mt-4 inline-block text-sm font-semibold text-brand-700 underline"
          >
            <Trans>Retour aux contacts</Trans>
          </Link>
        </Card>
      </div>
    );
  }

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader
        title={pageTitle}
        description={t`Depuis un fichier Excel ou CSV : numéros remis au format international, doublons écartés, étiquettes ajoutées en une fois.`}
        actions={
          <Link
            to={paths.contacts}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50"
          >
            <Trans>Retour aux contacts</Trans>
          </Link>
        }
      />
      {/* Keyed: a file read for one organisation is never imported into another. */}
      <ImportWizard key={organization.id} organization={organization} />
    </div>
  );
}

function ImportWizard({ organization }: { organization: Organization }) {
  const { i18n } = useLingui();
  const queryClient = useQueryClient();
  const worker = useImportWorker();
  const [state, dispatch] = useReducer(
    wizardReducer,
    organization.default_phone_country,
    initialWizardState,
  );
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(state.step);
  const abortRef = useRef<AbortController | null>(null);
  const [cancelling, setCancelling] = useState(false);

  // A new step takes the focus to its title, so screen readers announce where the person is.
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    headingRef.current?.focus();
  }, [state.step]);

  // Closing the tab mid-import keeps what was sent, but the browser asks first.
  useEffect(() => {
    if (state.step !== 'import') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.step]);

  // Leaving the page stops the upload between two chunks; chunks already sent stay saved.
  useEffect(() => {
    const controllers = abortRef;
    return () => controllers.current?.abort();
  }, []);

  const startImport = async () => {
    const review = state.review;
    if (!review || abortRef.current) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setCancelling(false);
    dispatch({ type: 'import-started' });
    let progress: ImportProgress = { done: 0, total: review.prepared.contacts.length };
    try {
      const summary = await uploadContacts(
        supabase,
        review.prepared,
        {
          organizationId: organization.id,
          updateExisting: state.updateExisting,
          addTags: state.addTags,
        },
        (next) => {
          progress = next;
          dispatch({ type: 'import-progress', progress: next });
        },
        controller.signal,
      );
      dispatch({
        type: 'import-finished',
        outcome: controller.signal.aborted
          ? { kind: 'cancelled', summary, progress }
          : { kind: 'finished', summary },
      });
    } catch (error) {
      if (controller.signal.aborted) {
        dispatch({
          type: 'import-finished',
          outcome: { kind: 'cancelled', summary: null, progress },
        });
      } else {
        dispatch({ type: 'import-failed', message: importFailureMessage(error) });
      }
    } finally {
      abortRef.current = null;
      void queryClient.invalidateQueries({ queryKey: queryKeys.contacts(organization.id) });
      void queryClient.invalidateQueries({
        queryKey: queryKeys.organizationUsage(organization.id),
      });
    }
  };

  const cancelImport = () => {
    setCancelling(true);
    abortRef.current?.abort();
  };

  const stepNumber = wizardSteps.findIndex((step) => step.id === state.step) + 1;
  const stepCount = wizardSteps.length;

  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-6 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6"
    >
      <WizardStepper current={state.step} />
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 outline-none"
      >
        <span className="sr-only">
          <Trans>
            Étape {stepNumber} sur {stepCount} :
          </Trans>{' '}
        </span>
        {i18n._(stepTitles[state.step])}
      </h2>

      {state.step === 'file' && (
        <FileStep worker={worker} onRead={(file) => dispatch({ type: 'file-read', file })} />
      )}
      {state.step === 'columns' && state.file && (
        <ColumnsStep
          file={state.file}
          mapping={state.mapping}
          defaultCountry={state.defaultCountry}
          worker={worker}
          onColumnChange={(column, target) => dispatch({ type: 'column-changed', column, target })}
          onCountryChange={(country) => dispatch({ type: 'default-country-changed', country })}
          onBack={() => dispatch({ type: 'back' })}
          onPrepared={(review) => dispatch({ type: 'prepared', review })}
        />
      )}
      {state.step === 'review' && state.file && state.review && (
        <ReviewStep
          organization={organization}
          file={state.file}
          mapping={state.mapping}
          review={state.review}
          updateExisting={state.updateExisting}
          addTags={state.addTags}
          importError={state.importError}
          onUpdateExistingChange={(updateExisting) =>
            dispatch({ type: 'update-existing-changed', updateExisting })
          }
          onTagsChange={(tags) => dispatch({ type: 'tags-changed', tags })}
          onBack={() => dispatch({ type: 'back' })}
          onStart={() => void startImport()}
        />
      )}
      {state.step === 'import' && state.progress && (
        <ImportStep progress={state.progress} cancelling={cancelling} onCancel={cancelImport} />
      )}
      {state.step === 'summary' && state.outcome && state.file && (
        <SummaryStep
          outcome={state.outcome}
          fileName={state.file.fileName}
          problemsFound={
            state.review
              ? [...state.review.prepared.invalid, ...state.review.prepared.duplicates]
              : []
          }
          onRestart={() =>
            dispatch({ type: 'restart', defaultCountry: organization.default_phone_country })
          }
        />
      )}
    </section>
  );
}

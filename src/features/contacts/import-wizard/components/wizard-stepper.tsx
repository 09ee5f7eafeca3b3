import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { stepIndex, wizardSteps, type WizardStep } from '../wizard-state';

function CheckMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" className="size-4">
      <path
        d="m5 12.5 4.5 4.5L19 7.5"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The five steps, the current one marked for screen readers with aria-current="step". */
export function WizardStepper({ current }: { current: WizardStep }) {
  const { t, i18n } = useLingui();
  const currentIndex = stepIndex(current);
  const currentStep = wizardSteps[currentIndex];
  const stepNumber = currentIndex + 1;
  const stepCount = wizardSteps.length;
  const stepLabel = currentStep ? i18n._(currentStep.label) : '';
  return (
    <div className="flex flex-col gap-2">
      {/* Phones show the current step's name only; the list below says it to screen readers. */}
      <p aria-hidden="true" className="text-sm font-medium text-slate-700 sm:hidden">
        <Trans>
          Étape {stepNumber} sur {stepCount} : {stepLabel}
        </Trans>
      </p>
      <ol aria-label={t`Étapes de l’import`} className="flex items-center gap-2">
        {wizardSteps.map((step, index) => {
          const done = index < currentIndex;
          const isCurrent = index === currentIndex;
          return (
            <li
              key={step.id}
              aria-current={isCurrent ? 'step' : undefined}
              className="flex min-w-0 flex-1 items-center gap-2 last:flex-none"
            >
              <span
                aria-hidden="true"
                className={clsx(
                  'flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold',
                  done && 'bg-brand-700 text-white',
                  isCurrent && 'bg-white text-brand-800 ring-2 ring-brand-700',
                  !done && !isCurrent && 'bg-slate-100 text-slate-500 ring-1 ring-slate-300',
                )}
              >
                {done ? <CheckMark /> : index + 1}
              </span>
              <span
                className={clsx(
                  'truncate text-sm max-sm:sr-only',
                  isCurrent ? 'font-semibold text-slate-900' : 'text-slate-600',
                )}
              >
                {i18n._(step.label)}
                <span className="sr-only">
                  {done ? ` ${t`(terminée)`}` : isCurrent ? ` ${t`(étape en cours)`}` : ''}
                </span>
              </span>
              {index < wizardSteps.length - 1 && (
                <span
                  aria-hidden="true"
                  className={clsx(
                    'h-0.5 min-w-3 flex-1 rounded-full',
                    done ? 'bg-brand-700' : 'bg-slate-200',
                  )}
                />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

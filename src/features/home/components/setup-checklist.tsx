import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { ProgressBar } from '../../../components/ui/progress-bar';
import type { SetupStep } from '../setup-checklist';

export function SetupChecklist({ steps }: { steps: SetupStep[] }) {
  const { t } = useLingui();
  const progressId = useId();
  const done = steps.filter((step) => step.done).length;
  const total = steps.length;

  return (
    <Card title={t`Premiers pas`}>
      <p id={progressId} className="text-sm text-slate-700">
        <Plural
          value={done}
          one={`# étape sur ${total} faite`}
          other={`# étapes sur ${total} faites`}
        />
      </p>
      <ProgressBar
        labelledBy={progressId}
        value={done}
        max={total}
        valueText={t`${done} sur ${total}`}
        heightClassName="mt-2 h-2"
      />
      <ol className="mt-4 flex flex-col gap-3">
        {steps.map((step) => (
          <li key={step.id} className="flex gap-3">
            <span
              aria-hidden="true"
              className={
                step.done
                  ? 'mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white'
                  : 'mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full border-2 border-slate-300'
              }
            >
              {step.done ? '✓' : ''}
            </span>
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {step.title}
                <span className="sr-only">
                  {step.done ? <Trans>(fait)</Trans> : <Trans>(à faire)</Trans>}
                </span>
              </p>
              <p className="text-sm text-slate-600">{step.state}</p>
              {step.action && !step.done && (
                <Link
                  to={step.action.to}
                  className="text-sm font-semibold text-brand-700 underline"
                >
                  {step.action.label}
                </Link>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

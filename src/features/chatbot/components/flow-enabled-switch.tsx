import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId } from 'react';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { useSetFlowEnabled } from '../hooks/use-flows';

type FlowEnabledSwitchProps = {
  organizationId: string;
  flow: { id: string; name: string; enabled: boolean; published: boolean };
};

/** « Actif »: whether the published flow answers contacts. Admins only. */
export function FlowEnabledSwitch({ organizationId, flow }: FlowEnabledSwitchProps) {
  const { t } = useLingui();
  const hintId = useId();
  const change = useSetFlowEnabled(organizationId);
  const name = flow.name;
  const on = flow.enabled;

  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        // The visible « Actif » first, then which flow, for a list of switches read out of context.
        aria-label={t`Actif : ${name}`}
        aria-describedby={flow.published ? undefined : hintId}
        aria-busy={change.isPending || undefined}
        disabled={change.isPending}
        onClick={() =>
          change.mutate(
            { flowId: flow.id, enabled: !on },
            {
              onSuccess: () =>
                toast.success(
                  on ? t`Parcours « ${name} » désactivé.` : t`Parcours « ${name} » activé.`,
                ),
              onError: (error) =>
                toast.error(toUserMessage(error, t`Le parcours n’a pas pu être modifié.`)),
            },
          )
        }
        className="inline-flex min-h-10 items-center gap-2 rounded-md text-sm font-medium text-slate-800 disabled:cursor-progress disabled:opacity-70"
      >
        <span
          aria-hidden="true"
          className={clsx(
            'relative inline-flex h-6 w-11 shrink-0 rounded-full transition-colors',
            on ? 'bg-brand-700' : 'bg-slate-300',
          )}
        >
          <span
            className={clsx(
              'absolute top-0.5 left-0.5 size-5 rounded-full bg-white shadow-xs transition-transform',
              on && 'translate-x-5',
            )}
          />
        </span>
        {t`Actif`}
      </button>
      {!flow.published && (
        <p id={hintId} className="text-xs text-slate-600">
          {t`Prend effet à la première publication.`}
        </p>
      )}
    </div>
  );
}

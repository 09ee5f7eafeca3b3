import { plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { InlineError } from '../../../../components/ui/inline-error';
import { ProgressBar } from '../../../../components/ui/progress-bar';
import { Skeleton } from '../../../../components/ui/skeleton';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import { formatDateTime, formatNumber } from '../../../../lib/format';
import { FAILURES_SHOWN, type ChatbotRun } from '../api';
import { useCancelRun, useRunFailures } from '../hooks';
import { failureReason, isActive, runProgress, runStatus } from '../run-labels';

type RunItemProps = {
  organizationId: string;
  run: ChatbotRun;
  timeZone: string;
  canCancel: boolean;
};

/** One start: which chatbot, for whom, how far it went, and why contacts were left out. */
export function RunItem({ organizationId, run, timeZone, canCancel }: RunItemProps) {
  const { t } = useLingui();
  const labelId = useId();
  const status = runStatus(run.status);
  const { done, total } = runProgress(run);
  const doneText = formatNumber(done);
  const totalText = formatNumber(total);
  const figures = [
    plural(run.started, { one: '# démarré', other: '# démarrés' }),
    plural(run.failed, { one: '# échec', other: '# échecs' }),
    t`${totalText} au total`,
  ].join(' · ');
  const stopped = run.failure ? failureReason(run.failure) : null;

  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={labelId} className="font-semibold break-words text-slate-900">
            {run.chatbot_name}
          </h3>
          <p className="text-sm text-slate-600">
            {audienceOf(run)} · {formatDateTime(run.created_at, timeZone)}
          </p>
        </div>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      {run.kind === 'segment' && (
        <>
          <ProgressBar
            labelledBy={labelId}
            value={done}
            max={total}
            valueText={t`${doneText} sur ${totalText} : ${figures}`}
            fillClassName={run.status === 'failed' ? 'bg-red-600' : 'bg-brand-600'}
          />
          <p className="text-sm text-slate-700">{figures}</p>
        </>
      )}
      {stopped && <p className="text-sm text-red-800">{t`Arrêté : ${stopped}`}</p>}
      {(run.failed > 0 || (canCancel && isActive(run))) && (
        <div className="flex flex-col gap-3">
          {canCancel && isActive(run) && (
            <CancelRunButton organizationId={organizationId} run={run} />
          )}
          {run.failed > 0 && <RunFailures organizationId={organizationId} run={run} />}
        </div>
      )}
    </li>
  );
}

/** For whom: the segment (by its name at the start), or the contact. */
function audienceOf(run: ChatbotRun): string {
  if (run.kind === 'segment') {
    const name = run.segment_name ?? '';
    return t`Segment « ${name} »`;
  }
  if (!run.contact) return t`Contact supprimé`;
  return run.contact.name ? `${run.contact.name} (${run.contact.phone})` : run.contact.phone;
}

function CancelRunButton({ organizationId, run }: { organizationId: string; run: ChatbotRun }) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const cancel = useCancelRun(organizationId);
  const name = run.chatbot_name;
  return (
    <>
      <Button variant="secondary" className="self-start" onClick={() => setOpen(true)}>
        <Trans>Annuler</Trans>
      </Button>
      <ConfirmDialog
        open={open}
        title={t`Annuler le démarrage de « ${name} » ?`}
        description={t`Les contacts pas encore démarrés ne recevront pas le chatbot. Ceux qui l’ont déjà reçu le gardent.`}
        confirmLabel={t`Annuler le démarrage`}
        cancelLabel={t`Continuer le démarrage`}
        pendingLabel={t`Annulation…`}
        failureMessage={t`Le démarrage n’a pas pu être annulé.`}
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          await cancel.mutateAsync(run.id);
          setOpen(false);
          toast.success(t`Démarrage annulé.`);
        }}
      />
    </>
  );
}

/** The contacts left out, with why: read when opened. */
function RunFailures({ organizationId, run }: { organizationId: string; run: ChatbotRun }) {
  const [open, setOpen] = useState(false);
  const failures = useRunFailures(organizationId, run.id, open);
  const { t } = useLingui();
  const shown = formatNumber(FAILURES_SHOWN);
  return (
    <details
      className="rounded-md border border-slate-200 px-3 py-2"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="min-h-8 cursor-pointer text-sm font-medium text-slate-800">
        {plural(run.failed, {
          one: 'Voir le contact non démarré',
          other: 'Voir les # contacts non démarrés',
        })}
      </summary>
      <div className="mt-2">
        {failures.isPending ? (
          <Skeleton className="h-10 w-full" />
        ) : failures.isError ? (
          <InlineError
            message={toUserMessage(failures.error, t`Les échecs n’ont pas pu être chargés.`)}
          />
        ) : (
          <>
            <ul className="flex flex-col divide-y divide-slate-100 text-sm">
              {failures.data.map((failure) => (
                <li key={failure.id} className="flex flex-col py-2 sm:flex-row sm:gap-3">
                  <span className="font-medium text-slate-900 sm:w-48 sm:shrink-0">
                    {failure.contact
                      ? (failure.contact.name ?? failure.contact.phone)
                      : t`Contact supprimé`}
                  </span>
                  <span className="text-slate-600">{failureReason(failure.failure)}</span>
                </li>
              ))}
            </ul>
            {run.failed > FAILURES_SHOWN && (
              <p className="mt-2 text-sm text-slate-600">
                {t`Les ${shown} premiers sont affichés.`}
              </p>
            )}
          </>
        )}
      </div>
    </details>
  );
}

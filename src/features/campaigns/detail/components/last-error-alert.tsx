import { Trans } from '@lingui/react/macro';

/**
 * Why the system paused the campaign on its own (token refused, template withdrawn…). An alert,
 * as nothing more will be sent until someone acts.
 */
export function LastErrorAlert({ message, canResume }: { message: string; canResume: boolean }) {
  return (
    <div
      role="alert"
      className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p className="font-semibold">
        <Trans>L’envoi s’est interrompu</Trans>
      </p>
      <p className="mt-1 text-sm break-words">{message}</p>
      {canResume && (
        <p className="mt-1 text-sm">
          <Trans>Une fois la cause réglée, reprenez la campagne avec « Reprendre ».</Trans>
        </p>
      )}
    </div>
  );
}

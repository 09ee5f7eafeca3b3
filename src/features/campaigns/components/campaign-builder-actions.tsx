import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { toUserMessage } from '../../../lib/errors';
import type { CampaignFormState } from '../hooks/use-campaign-form';

type CampaignBuilderActionsProps = {
  builder: CampaignFormState;
  /** Why a launch cannot go now (see the estimate), or null. */
  blocker: string | null;
  estimating: boolean;
  onSaveDraft: () => void;
  onLaunch: () => void;
};

/** Saving the draft and starting a launch, with why a launch cannot go yet. */
export function CampaignBuilderActions({
  builder,
  blocker,
  estimating,
  onSaveDraft,
  onLaunch,
}: CampaignBuilderActionsProps) {
  const { t } = useLingui();
  const launchStateId = useId();
  const { save, savingFor } = builder;

  return (
    <div className="flex min-w-0 flex-col gap-2 lg:col-start-1 lg:row-start-2">
      {/* Beside the buttons, where the admin is when a save fails; what was typed stays. A
          launch's save fails inside its dialog, which says so. */}
      <InlineError
        message={
          save.isError && savingFor === 'draft'
            ? toUserMessage(save.error, t`La campagne n’a pas pu être enregistrée.`)
            : null
        }
      />
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button
          variant="secondary"
          onClick={onSaveDraft}
          loading={save.isPending && savingFor === 'draft'}
          loadingText={t`Enregistrement…`}
        >
          <Trans>Enregistrer le brouillon</Trans>
        </Button>
        <Button
          onClick={onLaunch}
          disabled={Boolean(blocker) || estimating || save.isPending}
          aria-describedby={launchStateId}
        >
          <Trans>Lancer la campagne</Trans>
        </Button>
      </div>
      <p id={launchStateId} className="text-sm text-slate-600">
        {blocker
          ? t`Lancement impossible : voir l’estimation.`
          : estimating
            ? t`Estimation en cours…`
            : t`Rien ne part avant votre confirmation.`}
      </p>
    </div>
  );
}

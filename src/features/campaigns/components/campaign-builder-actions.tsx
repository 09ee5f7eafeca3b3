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
  const launchStateId = useId();
  const { save, savingFor } = builder;

  return (
    <div className="flex min-w-0 flex-col gap-2 lg:col-start-1 lg:row-start-2">
      {/* Beside the buttons, where the admin is when a save fails; what was typed stays. */}
      <InlineError
        message={
          save.isError
            ? toUserMessage(save.error, 'La campagne n’a pas pu être enregistrée.')
            : null
        }
      />
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button
          variant="secondary"
          onClick={onSaveDraft}
          loading={save.isPending && savingFor === 'draft'}
          loadingText="Enregistrement…"
        >
          Enregistrer le brouillon
        </Button>
        <Button
          onClick={onLaunch}
          disabled={Boolean(blocker) || estimating || save.isPending}
          aria-describedby={launchStateId}
          aria-busy={(save.isPending && savingFor === 'launch') || undefined}
        >
          Lancer la campagne
        </Button>
      </div>
      <p id={launchStateId} className="text-sm text-slate-600">
        {blocker
          ? 'Lancement impossible : voir l’estimation.'
          : estimating
            ? 'Estimation en cours…'
            : 'Rien ne part avant votre confirmation.'}
      </p>
    </div>
  );
}

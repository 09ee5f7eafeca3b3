import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { buttonClassName } from '../../../../components/ui/button-styles';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import { campaignEditPath } from '../../../../lib/paths';
import { campaignActions, isDraft } from '../../campaign-status';
import { DuplicateCampaignButton } from '../../components/duplicate-campaign-button';
import type { Campaign } from '../api';
import { useCampaignCommand, type CampaignCommand } from '../hooks/use-campaign-commands';
import { CreateSegmentButton } from './create-segment-button';

const done: Record<CampaignCommand, string> = {
  pause: 'Campagne mise en pause : aucun nouvel envoi ne part.',
  resume: 'Campagne reprise.',
  cancel: 'Campagne annulée.',
};

const failed: Record<CampaignCommand, string> = {
  pause: 'La campagne n’a pas pu être mise en pause.',
  resume: 'La campagne n’a pas pu reprendre.',
  cancel: 'La campagne n’a pas pu être annulée.',
};

/** What an admin can do with the campaign in its current status. */
export function CampaignActions({
  organizationId,
  campaign,
}: {
  organizationId: string;
  campaign: Campaign;
}) {
  const navigate = useNavigate();
  const allowed = campaignActions(campaign.status);
  const command = useCampaignCommand(organizationId, campaign.id);
  const [confirmingCancel, setConfirmingCancel] = useState(false);

  const run = (name: Exclude<CampaignCommand, 'cancel'>) =>
    command.mutate(name, {
      onSuccess: () => toast.success(done[name]),
      onError: (error) => toast.error(toUserMessage(error, failed[name])),
    });

  const pendingCommand = command.isPending ? command.variables : null;

  return (
    <>
      {allowed.edit && (
        <Link to={campaignEditPath(campaign.id)} className={buttonClassName('primary')}>
          Modifier
        </Link>
      )}
      {allowed.pause && (
        <Button
          variant="secondary"
          onClick={() => run('pause')}
          disabled={command.isPending}
          loading={pendingCommand === 'pause'}
          loadingText="Mise en pause…"
        >
          Pause
        </Button>
      )}
      {allowed.resume && (
        <Button
          onClick={() => run('resume')}
          disabled={command.isPending}
          loading={pendingCommand === 'resume'}
          loadingText="Reprise…"
        >
          Reprendre
        </Button>
      )}
      {allowed.cancel && (
        <Button
          variant="secondary"
          onClick={() => setConfirmingCancel(true)}
          disabled={command.isPending}
        >
          Annuler la campagne
        </Button>
      )}
      {!isDraft(campaign.status) && (
        <CreateSegmentButton organizationId={organizationId} campaign={campaign} />
      )}
      <DuplicateCampaignButton
        organizationId={organizationId}
        campaign={campaign}
        onDuplicated={(copy) => void navigate(campaignEditPath(copy.id))}
      />

      <ConfirmDialog
        open={confirmingCancel}
        onCancel={() => setConfirmingCancel(false)}
        onConfirm={async () => {
          await command.mutateAsync('cancel');
          setConfirmingCancel(false);
          toast.success(done.cancel);
        }}
        failureMessage={failed.cancel}
        title={`Annuler la campagne « ${campaign.name} » ?`}
        description={
          <>
            <p>
              Les destinataires qui n’ont pas encore reçu le message ne le recevront pas : leurs
              messages reviennent au quota du mois.
            </p>
            <p className="mt-2">
              Les messages déjà envoyés restent envoyés. Une campagne annulée ne peut pas reprendre
              ; vous pourrez la dupliquer.
            </p>
          </>
        }
        confirmLabel="Annuler la campagne"
        cancelLabel="Garder la campagne"
        pendingLabel="Annulation…"
      />
    </>
  );
}

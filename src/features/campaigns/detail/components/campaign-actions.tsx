import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import { campaignEditPath } from '../../../../lib/paths';
import type { Campaign } from '../api';
import { campaignActions } from '../campaign-labels';
import {
  useCampaignCommand,
  useDuplicateCampaign,
  type CampaignCommand,
} from '../hooks/use-campaign-commands';
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
  const duplicate = useDuplicateCampaign(organizationId, campaign.id);
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
        <Link
          to={campaignEditPath(campaign.id)}
          className="inline-flex min-h-10 shrink-0 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800 active:bg-brand-900"
        >
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
          onClick={() => {
            command.reset();
            setConfirmingCancel(true);
          }}
          disabled={command.isPending}
        >
          Annuler la campagne
        </Button>
      )}
      {campaign.status !== 'draft' && (
        <CreateSegmentButton organizationId={organizationId} campaign={campaign} />
      )}
      <Button
        variant="secondary"
        loading={duplicate.isPending}
        loadingText="Duplication…"
        onClick={() =>
          duplicate.mutate(undefined, {
            onSuccess: (copy) => {
              toast.success(`Brouillon « ${copy.name} » créé.`);
              void navigate(campaignEditPath(copy.id));
            },
            onError: (error) =>
              toast.error(toUserMessage(error, 'La campagne n’a pas pu être dupliquée.')),
          })
        }
      >
        Dupliquer
      </Button>

      <ConfirmDialog
        open={confirmingCancel}
        onCancel={() => setConfirmingCancel(false)}
        onConfirm={() =>
          command.mutate('cancel', {
            onSuccess: () => {
              setConfirmingCancel(false);
              toast.success(done.cancel);
            },
          })
        }
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
        pendingLabel="Annulation…"
        pending={pendingCommand === 'cancel'}
        error={
          command.isError && command.variables === 'cancel'
            ? toUserMessage(command.error, failed.cancel)
            : undefined
        }
      />
    </>
  );
}

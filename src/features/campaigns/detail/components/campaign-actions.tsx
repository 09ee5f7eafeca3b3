import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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

const done: Record<CampaignCommand, MessageDescriptor> = {
  pause: msg`Campagne mise en pause : aucun nouvel envoi ne part.`,
  resume: msg`Campagne reprise.`,
  cancel: msg`Campagne annulée.`,
};

const failed: Record<CampaignCommand, MessageDescriptor> = {
  pause: msg`La campagne n’a pas pu être mise en pause.`,
  resume: msg`La campagne n’a pas pu reprendre.`,
  cancel: msg`La campagne n’a pas pu être annulée.`,
};

/** What an admin can do with the campaign in its current status. */
export function CampaignActions({
  organizationId,
  campaign,
}: {
  organizationId: string;
  campaign: Campaign;
}) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const allowed = campaignActions(campaign.status);
  const command = useCampaignCommand(organizationId, campaign.id);
  const [confirmingCancel, setConfirmingCancel] = useState(false);

  const run = (name: Exclude<CampaignCommand, 'cancel'>) =>
    command.mutate(name, {
      onSuccess: () => toast.success(i18n._(done[name])),
      onError: (error) => toast.error(toUserMessage(error, i18n._(failed[name]))),
    });

  const pendingCommand = command.isPending ? command.variables : null;
  const name = campaign.name;

  return (
    <>
      {allowed.edit && (
        <Link to={campaignEditPath(campaign.id)} className={buttonClassName('primary')}>
          <Trans>Modifier</Trans>
        </Link>
      )}
      {allowed.pause && (
        <Button
          variant="secondary"
          onClick={() => run('pause')}
          disabled={command.isPending}
          loading={pendingCommand === 'pause'}
          loadingText={t`Mise en pause…`}
        >
          <Trans>Pause</Trans>
        </Button>
      )}
      {allowed.resume && (
        <Button
          onClick={() => run('resume')}
          disabled={command.isPending}
          loading={pendingCommand === 'resume'}
          loadingText={t`Reprise…`}
        >
          <Trans>Reprendre</Trans>
        </Button>
      )}
      {allowed.cancel && (
        <Button
          variant="secondary"
          onClick={() => setConfirmingCancel(true)}
          disabled={command.isPending}
        >
          <Trans>Annuler la campagne</Trans>
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
          toast.success(i18n._(done.cancel));
        }}
        failureMessage={i18n._(failed.cancel)}
        title={t`Annuler la campagne « ${name} » ?`}
        description={
          <>
            <p>
              <Trans>
                Les destinataires qui n’ont pas encore reçu le message ne le recevront pas : leurs
                messages reviennent au quota du mois.
              </Trans>
            </p>
            <p className="mt-2">
              <Trans>
                Les messages déjà envoyés restent envoyés. Une campagne annulée ne peut pas
                reprendre ; vous pourrez la dupliquer.
              </Trans>
            </p>
          </>
        }
        confirmLabel={t`Annuler la campagne`}
        cancelLabel={t`Garder la campagne`}
        pendingLabel={t`Annulation…`}
      />
    </>
  );
}

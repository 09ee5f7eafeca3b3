import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { useDuplicateCampaign } from '../hooks/use-campaigns';

type DuplicateCampaignButtonProps = {
  organizationId: string;
  campaign: { id: string; name: string };
  /** With the new draft (the list stays where it is; the campaign's page opens the copy). */
  onDuplicated?: (copy: { id: string; name: string }) => void;
};

/** Admins only: a new draft with the same template, mapping, audience and quiet hours. */
export function DuplicateCampaignButton({
  organizationId,
  campaign,
  onDuplicated,
}: DuplicateCampaignButtonProps) {
  const { t } = useLingui();
  const duplicate = useDuplicateCampaign(organizationId);
  const name = campaign.name;
  return (
    <Button
      variant="secondary"
      loading={duplicate.isPending}
      loadingText={t`Duplication…`}
      onClick={() =>
        duplicate.mutate(campaign.id, {
          onSuccess: (copy) => {
            const copyName = copy.name;
            toast.success(t`Brouillon « ${copyName} » créé.`);
            onDuplicated?.(copy);
          },
          onError: (error) =>
            toast.error(toUserMessage(error, t`La campagne n’a pas pu être dupliquée.`)),
        })
      }
    >
      <Trans>
        Dupliquer<span className="sr-only"> la campagne {name}</span>
      </Trans>
    </Button>
  );
}

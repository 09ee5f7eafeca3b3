import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import { InlineError } from '../../../../components/ui/inline-error';
import { SelectField } from '../../../../components/ui/select-field';
import { TextField } from '../../../../components/ui/text-field';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import { segmentPath } from '../../../../lib/paths';
import { segmentNameMaxLength, type CampaignOutcome } from '@shared/segments/criteria.ts';
import type { Campaign } from '../api';
import { useCreateCampaignSegment } from '../hooks/use-campaign-commands';
import {
  defaultSegmentName,
  outcomeDescription,
  outcomeTitle,
  retargetingOutcomes,
} from '../retargeting';

/** Retargeting: a segment of the contacts with one outcome of this campaign. */
export function CreateSegmentButton({
  organizationId,
  campaign,
}: {
  organizationId: string;
  campaign: Campaign;
}) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Trans>Créer un segment</Trans>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t`Créer un segment`}
        description={t`Un segment des contacts de cette campagne selon ce qu’ils ont fait du message, pour les relancer. Il se met à jour à mesure que les statuts arrivent.`}
      >
        {/* Mounted with the dialog: each opening starts from the suggested name. */}
        {open && (
          <CreateSegmentForm
            organizationId={organizationId}
            campaign={campaign}
            onClose={() => setOpen(false)}
          />
        )}
      </Dialog>
    </>
  );
}

function nameProblem(name: string): string | undefined {
  const length = Array.from(name.trim()).length;
  if (length === 0) return t`Donnez un nom au segment.`;
  if (length > segmentNameMaxLength) return t`${segmentNameMaxLength} caractères au plus.`;
  return undefined;
}

function CreateSegmentForm({
  organizationId,
  campaign,
  onClose,
}: {
  organizationId: string;
  campaign: Campaign;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const create = useCreateCampaignSegment(organizationId, campaign.id);
  const [outcome, setOutcome] = useState<CampaignOutcome>('read_no_reply');
  // The name follows the outcome until the person writes their own.
  const [typedName, setTypedName] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const name = typedName ?? defaultSegmentName(campaign.name, outcome);
  const problem = submitted ? nameProblem(name) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (nameProblem(name)) return;
    const trimmed = name.trim();
    create.mutate(
      { outcome, name: trimmed },
      {
        onSuccess: (segmentId) => {
          toast.success(t`Segment « ${trimmed} » créé.`);
          onClose();
          void navigate(segmentPath(segmentId));
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="mt-5 flex flex-col gap-4">
      <SelectField
        label={t`Contacts`}
        value={outcome}
        hint={outcomeDescription(outcome)}
        onChange={(event) => setOutcome(event.target.value as CampaignOutcome)}
        data-autofocus
      >
        {retargetingOutcomes.map((item) => (
          <option key={item} value={item}>
            {outcomeTitle(item)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t`Nom du segment`}
        value={name}
        error={problem}
        onChange={(event) => setTypedName(event.target.value)}
        autoComplete="off"
      />
      <InlineError
        message={
          create.isError ? toUserMessage(create.error, t`Le segment n’a pas pu être créé.`) : null
        }
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} disabled={create.isPending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button type="submit" loading={create.isPending} loadingText={t`Création…`}>
          <Trans>Créer le segment</Trans>
        </Button>
      </div>
    </form>
  );
}

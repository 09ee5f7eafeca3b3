import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { errorHint, toUserMessage } from '../../../lib/errors';
import { formatDateTime, formatTimeZone } from '../../../lib/format';
import { campaignPath } from '../../../lib/paths';
import type { CampaignFormValues } from '../campaign-form';
import { useLaunchCampaign } from '../hooks/use-campaigns';
import { contactCount } from '../launch-readiness';

/**
 * What the launch dialog asks about, fixed when the admin clicks « Lancer la campagne ». Nothing is
 * saved yet: `values` (checked for a launch) are saved and launched only once the admin confirms.
 */
export type LaunchQuestion = {
  values: CampaignFormValues;
  name: string;
  templateName: string;
  /** undefined when the estimate could not say. */
  recipients: number | undefined;
  scheduledAt: string | null;
  quietHours: boolean;
};

type CampaignLaunchDialogProps = {
  organizationId: string;
  timeZone: string;
  /** null while nothing is asked. */
  question: LaunchQuestion | null;
  /** Saves the values as the campaign's draft (the existing one in place); resolves to its id. */
  onSave: (values: CampaignFormValues) => Promise<string>;
  /** Dismissed: nothing was written, the form keeps what was typed. */
  onCancel: () => void;
};

/** The last word before a launch: what leaves, to how many, when; then the campaign's page. */
export function CampaignLaunchDialog({
  organizationId,
  timeZone,
  question,
  onSave,
  onCancel,
}: CampaignLaunchDialogProps) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const launch = useLaunchCampaign(organizationId);

  return (
    <ConfirmDialog
      open={question !== null}
      title={question ? launchTitle(question, timeZone) : ''}
      description={question ? launchDescription(question, timeZone) : ''}
      confirmLabel={question?.scheduledAt ? t`Programmer l’envoi` : t`Envoyer maintenant`}
      // A launch is what the admin came for, not a danger: the button is not red. Dismissing writes
      // nothing and goes back to the form, which « Annuler » (the campaign?) would not say.
      confirmTone="primary"
      cancelLabel={t`Pas maintenant`}
      pendingLabel={t`Lancement…`}
      failureMessage={launchFailure}
      onCancel={onCancel}
      onConfirm={async () => {
        if (!question) return;
        // The draft is saved (in place when it exists) only now, then launched.
        const campaignId = await onSave(question.values);
        const status = await launch.mutateAsync(campaignId);
        const name = question.name;
        toast.success(
          status === 'scheduled'
            ? t`Campagne « ${name} » programmée.`
            : t`Campagne « ${name} » lancée.`,
        );
        void navigate(campaignPath(campaignId));
      }}
    />
  );
}

function launchFailure(error: unknown): string {
  const hint = errorHint(error);
  return [
    toUserMessage(error, t`La campagne n’a pas pu être lancée.`),
    // The database explains some refusals with a sentence of advice (the quota).
    /\s/.test(hint ?? '') ? hint : null,
  ]
    .filter(Boolean)
    .join(' ');
}

function launchTitle(question: LaunchQuestion, timeZone: string): string {
  if (question.scheduledAt) {
    const at = formatDateTime(question.scheduledAt, timeZone);
    return t`Programmer l’envoi pour le ${at} ?`;
  }
  const template = question.templateName;
  if (question.recipients === undefined) return t`Envoyer le modèle « ${template} » maintenant ?`;
  const recipients = contactCount(question.recipients);
  return t`Envoyer le modèle « ${template} » à ${recipients} maintenant ?`;
}

function launchDescription(question: LaunchQuestion, timeZone: string): string {
  const template = question.templateName;
  if (question.scheduledAt) {
    const zone = formatTimeZone(timeZone, question.scheduledAt);
    const recipients = question.recipients === undefined ? null : contactCount(question.recipients);
    const to = recipients === null ? t`à son audience` : t`à ${recipients}`;
    return question.quietHours
      ? t`Le modèle « ${template} » partira ${to} à partir de cette heure (${zone}), hors des heures de silence. D’ici là, vous pourrez mettre la campagne en pause ou l’annuler.`
      : t`Le modèle « ${template} » partira ${to} à partir de cette heure (${zone}). D’ici là, vous pourrez mettre la campagne en pause ou l’annuler.`;
  }
  return question.quietHours
    ? t`Les messages partent aussitôt, au rythme permis par WhatsApp, hors des heures de silence. Vous suivrez l’envoi en direct et pourrez le mettre en pause ou l’annuler.`
    : t`Les messages partent aussitôt, au rythme permis par WhatsApp. Vous suivrez l’envoi en direct et pourrez le mettre en pause ou l’annuler.`;
}

import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { errorHint, toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { campaignPath } from '../../../lib/paths';
import { useLaunchCampaign } from '../hooks/use-campaigns';
import { contactCount } from '../launch-readiness';

/** What the launch dialog asks about, fixed when the admin clicks « Lancer la campagne ». */
export type LaunchQuestion = {
  campaignId: string;
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
  /** Dismissed: the saved draft stays as it is. */
  onCancel: () => void;
};

/** The last word before a launch: what leaves, to how many, when; then the campaign's page. */
export function CampaignLaunchDialog({
  organizationId,
  timeZone,
  question,
  onCancel,
}: CampaignLaunchDialogProps) {
  const navigate = useNavigate();
  const launch = useLaunchCampaign(organizationId);

  return (
    <ConfirmDialog
      open={question !== null}
      title={question ? launchTitle(question, timeZone) : ''}
      description={question ? launchDescription(question, timeZone) : ''}
      confirmLabel={question?.scheduledAt ? 'Programmer l’envoi' : 'Envoyer maintenant'}
      // A launch is what the admin came for, not a danger: the button is not red. Dismissing
      // leaves the saved draft as it is, which « Annuler » would not say.
      confirmTone="primary"
      cancelLabel="Garder en brouillon"
      pendingLabel="Lancement…"
      failureMessage={launchFailure}
      onCancel={onCancel}
      onConfirm={async () => {
        if (!question) return;
        const status = await launch.mutateAsync(question.campaignId);
        toast.success(
          status === 'scheduled'
            ? `Campagne « ${question.name} » programmée.`
            : `Campagne « ${question.name} » lancée.`,
        );
        void navigate(campaignPath(question.campaignId));
      }}
    />
  );
}

function launchFailure(error: unknown): string {
  const hint = errorHint(error);
  return [
    toUserMessage(error, 'La campagne n’a pas pu être lancée.'),
    // The database explains some refusals with a sentence of advice (the quota).
    /\s/.test(hint ?? '') ? hint : null,
  ]
    .filter(Boolean)
    .join(' ');
}

function launchTitle(question: LaunchQuestion, timeZone: string): string {
  if (question.scheduledAt) {
    return `Programmer l’envoi pour le ${formatDateTime(question.scheduledAt, timeZone)} ?`;
  }
  const to = question.recipients === undefined ? '' : ` à ${contactCount(question.recipients)}`;
  return `Envoyer le modèle « ${question.templateName} »${to} maintenant ?`;
}

function launchDescription(question: LaunchQuestion, timeZone: string): string {
  const quiet = question.quietHours ? ', hors des heures de silence' : '';
  if (question.scheduledAt) {
    const to =
      question.recipients === undefined
        ? 'à son audience'
        : `à ${contactCount(question.recipients)}`;
    return `Le modèle « ${question.templateName} » partira ${to} à partir de cette heure (fuseau ${timeZone})${quiet}. D’ici là, vous pourrez mettre la campagne en pause ou l’annuler.`;
  }
  return `Les messages partent aussitôt, au rythme permis par WhatsApp${quiet}. Vous suivrez l’envoi en direct et pourrez le mettre en pause ou l’annuler.`;
}

import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CopyableField } from '../../../components/ui/copyable-field';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { useRotateWebhookSecret } from '../hooks/use-wati-connection';

// The Wati events WCAP handles, as Wati names them in its webhook settings.
const events = [
  { name: 'message', meaning: 'message reçu d’un contact' },
  { name: 'templateMessageSent_v2', meaning: 'modèle envoyé' },
  { name: 'sentMessageDELIVERED_v2', meaning: 'message distribué' },
  { name: 'sentMessageREAD_v2', meaning: 'message lu' },
  { name: 'sentMessageREPLIED_v2', meaning: 'réponse à un message' },
  { name: 'templateMessageFailed', meaning: 'échec d’envoi d’un modèle' },
  { name: 'sessionMessageSent_v2', meaning: 'message de conversation envoyé' },
  { name: 'sessionMessageFailed', meaning: 'échec d’un message de conversation' },
  { name: 'templateReviewed', meaning: 'décision de Meta sur un modèle' },
];

type WebhookSectionProps = {
  organizationId: string;
  userId: string;
  webhookUrl: string;
};

export function WebhookSection({ organizationId, userId, webhookUrl }: WebhookSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const rotate = useRotateWebhookSecret(organizationId, userId);

  return (
    <Card
      title="Webhook Wati"
      description="Wati prévient WCAP à cette adresse des messages distribués, lus, des réponses et des décisions de Meta sur vos modèles. Elle contient un secret : ne la partagez pas."
    >
      <CopyableField
        label="Adresse du webhook"
        value={webhookUrl}
        copyLabel="Copier"
        copiedMessage="Adresse du webhook copiée dans le presse-papiers."
        failedMessage="Copie impossible ici : l’adresse est sélectionnée, copiez-la manuellement."
        actions={
          <Button variant="secondary" className="text-red-800" onClick={() => setConfirming(true)}>
            Régénérer le secret
          </Button>
        }
      />

      <h3 className="mt-6 text-sm font-semibold text-slate-900">Événements à activer dans Wati</h3>
      <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
        {events.map((event) => (
          <li key={event.name} className="min-w-0 break-words">
            <code className="rounded bg-slate-100 px-1 py-0.5 text-xs text-slate-900">
              {event.name}
            </code>{' '}
            — {event.meaning}
          </li>
        ))}
      </ul>

      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title="Régénérer le secret du webhook ?"
        description="L’adresse actuelle cessera aussitôt de fonctionner : Wati ne pourra plus prévenir WCAP tant que vous n’aurez pas collé la nouvelle adresse dans Wati › Webhooks."
        confirmLabel="Régénérer le secret"
        pendingLabel="Régénération…"
        failureMessage="Le secret n’a pas pu être régénéré."
        onConfirm={async () => {
          await rotate.mutateAsync();
          setConfirming(false);
          toast.success('Nouvelle adresse de webhook créée : collez-la dans Wati › Webhooks.');
        }}
      />
    </Card>
  );
}

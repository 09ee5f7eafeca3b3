import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CopyableField } from '../../../components/ui/copyable-field';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { useRotateWebhookSecret } from '../hooks/use-wati-connection';

// The Wati events WCAP handles, as Wati names them in its webhook settings.
const events = [
  { name: 'message', meaning: msg`message reçu d’un contact` },
  { name: 'templateMessageSent_v2', meaning: msg`modèle envoyé` },
  { name: 'sentMessageDELIVERED_v2', meaning: msg`message distribué` },
  { name: 'sentMessageREAD_v2', meaning: msg`message lu` },
  { name: 'sentMessageREPLIED_v2', meaning: msg`réponse à un message` },
  { name: 'templateMessageFailed', meaning: msg`échec d’envoi d’un modèle` },
  { name: 'sessionMessageSent_v2', meaning: msg`message de conversation envoyé` },
  { name: 'sessionMessageFailed', meaning: msg`échec d’un message de conversation` },
  { name: 'templateReviewed', meaning: msg`décision de Meta sur un modèle` },
];

type WebhookSectionProps = {
  organizationId: string;
  userId: string;
  webhookUrl: string;
};

export function WebhookSection({ organizationId, userId, webhookUrl }: WebhookSectionProps) {
  const { t } = useLingui();
  const [confirming, setConfirming] = useState(false);
  const rotate = useRotateWebhookSecret(organizationId, userId);

  return (
    <Card
      title={t`Webhook Wati`}
      description={t`Wati prévient WCAP à cette adresse des messages distribués, lus, des réponses et des décisions de Meta sur vos modèles. Elle contient un secret : ne la partagez pas.`}
    >
      <CopyableField
        label={t`Adresse du webhook`}
        value={webhookUrl}
        copyLabel={t`Copier`}
        copiedMessage={t`Adresse du webhook copiée dans le presse-papiers.`}
        failedMessage={t`Copie impossible ici : l’adresse est sélectionnée, copiez-la manuellement.`}
        actions={
          <Button variant="secondary" className="text-red-800" onClick={() => setConfirming(true)}>
            <Trans>Régénérer le secret</Trans>
          </Button>
        }
      />

      <h3 className="mt-6 text-sm font-semibold text-slate-900">
        <Trans>Événements à activer dans Wati</Trans>
      </h3>
      <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
        {events.map((event) => (
          <li key={event.name} className="min-w-0 break-words">
            <code className="rounded bg-slate-100 px-1 py-0.5 text-xs text-slate-900">
              {event.name}
            </code>{' '}
            — {i18n._(event.meaning)}
          </li>
        ))}
      </ul>

      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t`Régénérer le secret du webhook ?`}
        description={t`L’adresse actuelle cessera aussitôt de fonctionner : Wati ne pourra plus prévenir WCAP tant que vous n’aurez pas collé la nouvelle adresse dans Wati › Webhooks.`}
        confirmLabel={t`Régénérer le secret`}
        pendingLabel={t`Régénération…`}
        failureMessage={t`Le secret n’a pas pu être régénéré.`}
        onConfirm={async () => {
          await rotate.mutateAsync();
          setConfirming(false);
          toast.success(t`Nouvelle adresse de webhook créée : collez-la dans Wati › Webhooks.`);
        }}
      />
    </Card>
  );
}

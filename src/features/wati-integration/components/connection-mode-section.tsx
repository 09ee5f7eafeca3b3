import { useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import type { Organization } from '../../../lib/workspace';
import type { WatiConnectionStatus } from '../api';
import { useRemoveWatiCredentials, useTestWatiConnection } from '../hooks/use-wati-connection';

type ConnectionModeSectionProps = {
  organization: Organization;
  userId: string;
  status: WatiConnectionStatus;
};

/** Sandbox or live, what that means, and the connection test. */
export function ConnectionModeSection({
  organization,
  userId,
  status,
}: ConnectionModeSectionProps) {
  const live = status.mode === 'live';
  const test = useTestWatiConnection(organization.id);
  // Here rather than beside the button, which disappears with live mode before the toast shows.
  const remove = useRemoveWatiCredentials(organization.id, userId);
  const [confirmingBack, setConfirmingBack] = useState(false);
  // A result speaks of the credentials it tested: it goes when they change.
  const connectionKey = `${status.mode}:${status.endpoint ?? ''}:${status.maskedToken ?? ''}`;
  const [testedKey, setTestedKey] = useState<string | null>(null);
  const showResult = testedKey === connectionKey;
  const testSucceeded = showResult && test.isSuccess && test.data.ok;
  const testFailed = showResult && (test.isError || (test.isSuccess && !test.data.ok));

  return (
    <Card title="Mode d’envoi">
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          {live ? (
            <Badge tone="brand">Connecté à Wati</Badge>
          ) : (
            <Badge tone="warning">Mode bac à sable</Badge>
          )}
        </div>
        {live ? (
          <p className="text-sm text-slate-700">
            Les messages partent réellement vers WhatsApp, depuis le numéro WhatsApp Business relié
            à votre compte Wati.
          </p>
        ) : (
          <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <p>
              <strong className="font-semibold">Mode bac à sable : les envois sont simulés.</strong>{' '}
              Aucun message WhatsApp réel ne part : WCAP utilise un Wati de démonstration, avec ses
              propres modèles, pour que vous puissiez tout essayer sans risque.
            </p>
            <p className="mt-2">
              Pour envoyer de vrais messages, reliez le compte Wati de « {organization.name} » en
              suivant les étapes ci-dessous.
            </p>
          </div>
        )}

        {live && (
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
            <dt className="font-medium text-slate-800">Adresse de l’API</dt>
            <dd className="break-all text-slate-700">{status.endpoint}</dd>
            <dt className="font-medium text-slate-800">Jeton d’accès</dt>
            <dd className="font-mono text-slate-700">{status.maskedToken}</dd>
          </dl>
        )}
        {status.verifiedAt && (
          <p className="text-sm text-slate-600">
            Dernière vérification réussie le{' '}
            {formatDateTime(status.verifiedAt, organization.time_zone)}.
          </p>
        )}
        {status.lastCheckError && (
          <p className="text-sm text-red-800">Dernier test en échec : {status.lastCheckError}</p>
        )}

        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          <Button
            variant="secondary"
            loading={test.isPending}
            loadingText="Test en cours…"
            onClick={() => {
              test.reset();
              setTestedKey(connectionKey);
              test.mutate();
            }}
          >
            Tester la connexion
          </Button>
          {live && (
            <Button
              variant="secondary"
              className="text-red-800"
              onClick={() => setConfirmingBack(true)}
            >
              Revenir au bac à sable
            </Button>
          )}
        </div>
        {/* Both regions stay rendered so that screen readers announce the result. */}
        <div role="status">
          {testSucceeded && (
            <p className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900">
              {test.data.message}
            </p>
          )}
        </div>
        <div role="alert">
          {testFailed && (
            <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {test.isSuccess
                ? test.data.message
                : toUserMessage(test.error, 'Le test de connexion n’a pas pu aboutir.')}
            </p>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirmingBack}
        onCancel={() => setConfirmingBack(false)}
        title="Revenir au bac à sable ?"
        description="Les identifiants Wati enregistrés seront supprimés et les envois redeviendront simulés : plus aucun message WhatsApp réel ne partira. Vous pourrez les saisir de nouveau à tout moment."
        confirmLabel="Revenir au bac à sable"
        pendingLabel="Retour au bac à sable…"
        failureMessage="Le retour au bac à sable a échoué."
        onConfirm={async () => {
          await remove.mutateAsync();
          setConfirmingBack(false);
          toast.success('L’organisation est revenue en mode bac à sable.');
        }}
      />
    </Card>
  );
}

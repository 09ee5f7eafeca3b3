import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import type { Organization } from '../../../lib/workspace';
import type { ConnectionTestResult, WatiConnectionStatus } from '../api';
import { useRemoveWatiCredentials, useTestWatiConnection } from '../hooks/use-wati-connection';

type ConnectionModeSectionProps = {
  organization: Organization;
  userId: string;
  status: WatiConnectionStatus;
};

/** A successful test in the reader's language when the count is known, else the function's words. */
function testResultText(result: ConnectionTestResult): string {
  const count = result.templateCount;
  if (!result.ok || count === undefined) return result.message;
  return result.source === 'sandbox'
    ? plural(count, {
        one: 'Connexion réussie au bac à sable Wati : # modèle disponible.',
        other: 'Connexion réussie au bac à sable Wati : # modèles disponibles.',
      })
    : plural(count, {
        one: 'Connexion réussie à Wati : # modèle disponible.',
        other: 'Connexion réussie à Wati : # modèles disponibles.',
      });
}

/** Sandbox or live, what that means, and the connection test. */
export function ConnectionModeSection({
  organization,
  userId,
  status,
}: ConnectionModeSectionProps) {
  const { t } = useLingui();
  const live = status.mode === 'live';
  const organizationName = organization.name;
  const verifiedAt = status.verifiedAt
    ? formatDateTime(status.verifiedAt, organization.time_zone)
    : null;
  const lastCheckError = status.lastCheckError;
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
    <Card title={t`Mode d’envoi`}>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          {live ? (
            <Badge tone="brand">
              <Trans>Connecté à Wati</Trans>
            </Badge>
          ) : (
            <Badge tone="warning">
              <Trans>Mode bac à sable</Trans>
            </Badge>
          )}
        </div>
        {live ? (
          <p className="text-sm text-slate-700">
            <Trans>
              Les messages partent réellement vers WhatsApp, depuis le numéro WhatsApp Business
              relié à votre compte Wati.
            </Trans>
          </p>
        ) : (
          <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <p>
              <Trans>
                <strong className="font-semibold">
                  Mode bac à sable : les envois sont simulés.
                </strong>{' '}
                Aucun message WhatsApp réel ne part : WCAP utilise un Wati de démonstration, avec
                ses propres modèles, pour que vous puissiez tout essayer sans risque.
              </Trans>
            </p>
            <p className="mt-2">
              <Trans>
                Pour envoyer de vrais messages, reliez le compte Wati de « {organizationName} » en
                suivant les étapes ci-dessous.
              </Trans>
            </p>
          </div>
        )}

        {live && (
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
            <dt className="font-medium text-slate-800">
              <Trans>Adresse de l’API</Trans>
            </dt>
            <dd className="break-all text-slate-700">{status.endpoint}</dd>
            <dt className="font-medium text-slate-800">
              <Trans>Jeton d’accès</Trans>
            </dt>
            <dd className="font-mono text-slate-700">{status.maskedToken}</dd>
          </dl>
        )}
        {verifiedAt && (
          <p className="text-sm text-slate-600">
            <Trans>Dernière vérification réussie le {verifiedAt}.</Trans>
          </p>
        )}
        {lastCheckError && (
          <p className="text-sm text-red-800">
            <Trans>Dernier test en échec : {lastCheckError}</Trans>
          </p>
        )}

        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          <Button
            variant="secondary"
            loading={test.isPending}
            loadingText={t`Test en cours…`}
            onClick={() => {
              test.reset();
              setTestedKey(connectionKey);
              test.mutate();
            }}
          >
            <Trans>Tester la connexion</Trans>
          </Button>
          {live && (
            <Button
              variant="secondary"
              className="text-red-800"
              onClick={() => setConfirmingBack(true)}
            >
              <Trans>Revenir au bac à sable</Trans>
            </Button>
          )}
        </div>
        {/* Both regions stay rendered so that screen readers announce the result. */}
        <div role="status">
          {testSucceeded && (
            <p className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900">
              {testResultText(test.data)}
            </p>
          )}
        </div>
        <div role="alert">
          {testFailed && (
            <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {test.isSuccess
                ? testResultText(test.data)
                : toUserMessage(test.error, t`Le test de connexion n’a pas pu aboutir.`)}
            </p>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirmingBack}
        onCancel={() => setConfirmingBack(false)}
        title={t`Revenir au bac à sable ?`}
        description={t`Les identifiants Wati enregistrés seront supprimés et les envois redeviendront simulés : plus aucun message WhatsApp réel ne partira. Vous pourrez les saisir de nouveau à tout moment.`}
        confirmLabel={t`Revenir au bac à sable`}
        pendingLabel={t`Retour au bac à sable…`}
        failureMessage={t`Le retour au bac à sable a échoué.`}
        onConfirm={async () => {
          await remove.mutateAsync();
          setConfirmingBack(false);
          toast.success(t`L’organisation est revenue en mode bac à sable.`);
        }}
      />
    </Card>
  );
}

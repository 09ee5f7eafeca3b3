import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import type { Contact } from '../contact-query';
import { useRetryContactSync } from '../hooks/use-contact';
import { WatiSyncBadge } from './contact-badges';

/** Where the contact stands in Wati, and a retry when pushing it there failed. */
export function WatiSyncSection({
  contact,
  timeZone,
  canRetry,
}: {
  contact: Contact;
  timeZone: string;
  /** Admins only, as retry_contact_sync checks. */
  canRetry: boolean;
}) {
  const { t } = useLingui();
  const retry = useRetryContactSync(contact.organization_id);
  const status = contact.wati_sync_status;
  const syncedAt = contact.wati_synced_at ? formatDateTime(contact.wati_synced_at, timeZone) : null;
  const attempts = contact.wati_sync_attempts;
  return (
    <Card title={t`Synchronisation Wati`}>
      <div className="flex flex-col gap-3 text-sm text-slate-700">
        <p className="flex flex-wrap items-center gap-2">
          <WatiSyncBadge status={status} error={contact.wati_sync_error} />
          {status === 'synced' && syncedAt && (
            <span>
              <Trans>le {syncedAt}</Trans>
            </span>
          )}
        </p>
        {status === 'pending' && (
          <p>
            <Trans>Le contact sera envoyé à Wati sous peu, en arrière-plan.</Trans>
          </p>
        )}
        {status === 'syncing' && (
          <p>
            <Trans>Envoi à Wati en cours.</Trans>
          </p>
        )}
        {status === 'failed' && (
          <>
            <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900">
              {contact.wati_sync_error ?? t`Wati a refusé ce contact.`}
              {attempts > 0 &&
                ` ${plural(attempts, { one: '(# tentative)', other: '(# tentatives)' })}`}
            </p>
            {canRetry && (
              <div>
                <Button
                  variant="secondary"
                  loading={retry.isPending}
                  loadingText={t`Relance…`}
                  onClick={() =>
                    retry.mutate([contact.id], {
                      onSuccess: (count) =>
                        count > 0
                          ? toast.success(t`Nouvelle tentative programmée.`)
                          : toast.info(t`Ce contact n’est plus en échec.`),
                      onError: (error) =>
                        toast.error(
                          toUserMessage(
                            error,
                            t`La nouvelle tentative n’a pas pu être programmée.`,
                          ),
                        ),
                    })
                  }
                >
                  <Trans>Réessayer</Trans>
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </Card>
  );
}

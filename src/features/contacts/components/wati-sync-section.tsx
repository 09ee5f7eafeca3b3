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
  const retry = useRetryContactSync(contact.organization_id);
  const status = contact.wati_sync_status;
  return (
    <Card title="Synchronisation Wati">
      <div className="flex flex-col gap-3 text-sm text-slate-700">
        <p className="flex flex-wrap items-center gap-2">
          <WatiSyncBadge status={status} error={contact.wati_sync_error} />
          {status === 'synced' && contact.wati_synced_at && (
            <span>le {formatDateTime(contact.wati_synced_at, timeZone)}</span>
          )}
        </p>
        {status === 'pending' && <p>Le contact sera envoyé à Wati sous peu, en arrière-plan.</p>}
        {status === 'syncing' && <p>Envoi à Wati en cours.</p>}
        {status === 'failed' && (
          <>
            <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900">
              {contact.wati_sync_error ?? 'Wati a refusé ce contact.'}
              {contact.wati_sync_attempts > 0 &&
                ` (${contact.wati_sync_attempts} tentative${contact.wati_sync_attempts > 1 ? 's' : ''})`}
            </p>
            {canRetry && (
              <div>
                <Button
                  variant="secondary"
                  loading={retry.isPending}
                  loadingText="Relance…"
                  onClick={() =>
                    retry.mutate([contact.id], {
                      onSuccess: (count) =>
                        count > 0
                          ? toast.success('Nouvelle tentative programmée.')
                          : toast.info('Ce contact n’est plus en échec.'),
                      onError: (error) =>
                        toast.error(
                          toUserMessage(error, 'La nouvelle tentative n’a pas pu être programmée.'),
                        ),
                    })
                  }
                >
                  Réessayer
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </Card>
  );
}

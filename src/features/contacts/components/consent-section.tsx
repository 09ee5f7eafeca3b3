import { useId, useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { ConsentEvent } from '../api';
import { consentSourceLabel, optInStatusLabels } from '../contact-labels';
import type { Contact } from '../contact-query';
import { useConsentHistory, useSetOptInStatus } from '../hooks/use-contact';
import { OptInBadge } from './contact-badges';

type ConsentSectionProps = {
  contact: Contact;
  name: string;
  timeZone: string;
  canEdit: boolean;
};

/** The contact's consent now, the button to change it by hand, and every change so far. */
export function ConsentSection({ contact, name, timeZone, canEdit }: ConsentSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const change = useSetOptInStatus(contact.organization_id, contact.id);
  const optedOut = contact.opt_in_status === 'opted_out';
  const next = optedOut ? 'opted_in' : 'opted_out';

  return (
    <Card title="Consentement">
      <div className="flex flex-col gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <OptInBadge status={contact.opt_in_status} />
          <span>
            {optedOut && contact.opted_out_at
              ? `Depuis le ${formatDate(contact.opted_out_at, timeZone)}`
              : 'Reçoit les campagnes'}
            {' · '}Source : {consentSourceLabel(contact.opt_in_source)}
          </span>
        </p>
        {canEdit && (
          <div>
            <Button
              variant="secondary"
              className={optedOut ? undefined : 'text-red-800'}
              onClick={() => setConfirming(true)}
            >
              {optedOut ? 'Réabonner' : 'Désinscrire'}
            </Button>
          </div>
        )}
        <ConsentHistory contact={contact} timeZone={timeZone} />
      </div>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={optedOut ? `Réabonner ${name} ?` : `Désinscrire ${name} ?`}
        description={
          optedOut
            ? 'Ne le faites qu’avec l’accord du contact : il recevra de nouveau vos campagnes. Le changement est inscrit dans son historique.'
            : 'Ce contact ne recevra plus aucune campagne. Le changement est inscrit dans son historique.'
        }
        confirmLabel={optedOut ? 'Réabonner' : 'Désinscrire'}
        pendingLabel="Enregistrement…"
        failureMessage="Le consentement n’a pas pu être modifié."
        onConfirm={async () => {
          await change.mutateAsync(next);
          setConfirming(false);
          toast.success(optedOut ? `${name} est réabonné.` : `${name} est désinscrit.`);
        }}
      />
    </Card>
  );
}

function ConsentHistory({ contact, timeZone }: { contact: Contact; timeZone: string }) {
  const history = useConsentHistory(contact.organization_id, contact.id);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="mt-2 border-t border-slate-200 pt-4">
      <h3 id={titleId} className="text-sm font-semibold text-slate-900">
        Historique
      </h3>
      {history.isPending ? (
        <SkeletonList rows={2} label="Chargement de l’historique…" />
      ) : history.isError ? (
        <div className="mt-2 flex flex-col items-start gap-2">
          <InlineError
            message={toUserMessage(history.error, 'L’historique n’a pas pu être chargé.')}
          />
          <Button variant="secondary" onClick={() => void history.refetch()}>
            Réessayer
          </Button>
        </div>
      ) : (
        <ol aria-label="Historique du consentement" className="mt-2 flex flex-col gap-3">
          {history.data.map((event) => (
            <ConsentEventItem key={event.id} event={event} timeZone={timeZone} />
          ))}
          <li className="text-sm text-slate-600">
            <span className="block text-xs text-slate-500">
              {formatDateTime(contact.created_at, timeZone)}
            </span>
            Contact ajouté
          </li>
        </ol>
      )}
    </section>
  );
}

function ConsentEventItem({ event, timeZone }: { event: ConsentEvent; timeZone: string }) {
  const who =
    event.changedBy === null
      ? null
      : 'name' in event.changedBy
        ? event.changedBy.name
        : 'un ancien membre de l’équipe';
  return (
    <li className="text-sm text-slate-700">
      <span className="block text-xs text-slate-500">
        {formatDateTime(event.createdAt, timeZone)}
      </span>
      <span className="flex flex-wrap items-center gap-1.5">
        <Badge tone={optInStatusLabels[event.status].tone}>
          {optInStatusLabels[event.status].label}
        </Badge>
        <span>
          {consentSourceLabel(event.source)}
          {who && ` · par ${who}`}
        </span>
      </span>
    </li>
  );
}

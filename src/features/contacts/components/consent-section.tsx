import { i18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState, type FormEvent } from 'react';
import { CONSENT_PROOF_MAX_LENGTH, CONSENT_REASON_MAX_LENGTH } from '@shared/limits.ts';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog } from '../../../components/ui/dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { toast } from '../../../components/ui/toast-store';
import { useAsyncAction } from '../../../components/ui/use-async-action';
import { characterCount, lengthHint } from '../../../domain/contacts/length-hint';
import { toUserMessage } from '../../../lib/errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { ConsentEvent } from '../api';
import { consentSourceLabel, optInStatusLabels } from '../contact-labels';
import type { Contact } from '../contact-query';
import { useConsentHistory, useOptOutContact, useResubscribeContact } from '../hooks/use-contact';
import { OptInBadge } from './contact-badges';

type ConsentSectionProps = {
  contact: Contact;
  name: string;
  timeZone: string;
  /** Agents and above opt a contact out. */
  canEdit: boolean;
  /** Owners and admins re-subscribe someone who opted out, with a reason and a proof. */
  canResubscribe: boolean;
};

/** The contact's consent now, the button to change it by hand, and every change so far. */
export function ConsentSection({
  contact,
  name,
  timeZone,
  canEdit,
  canResubscribe,
}: ConsentSectionProps) {
  const { t } = useLingui();
  const [confirming, setConfirming] = useState(false);
  const optOut = useOptOutContact(contact.organization_id, contact.id);
  const optedOut = contact.opt_in_status === 'opted_out';
  const source = consentSourceLabel(contact.opt_in_source);
  const since = contact.opted_out_at ? formatDate(contact.opted_out_at, timeZone) : null;

  return (
    <Card title={t`Consentement`}>
      <div className="flex flex-col gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <OptInBadge status={contact.opt_in_status} />
          <span>
            {optedOut && since ? t`Depuis le ${since}` : t`Reçoit les campagnes`}
            {' · '}
            {t`Source : ${source}`}
          </span>
        </p>
        {optedOut ? (
          canResubscribe ? (
            <div>
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                <Trans>Réabonner</Trans>
              </Button>
            </div>
          ) : (
            canEdit && (
              <p className="text-sm text-slate-600">
                <Trans>
                  Seuls les propriétaires et les administrateurs réabonnent un contact désinscrit,
                  avec la preuve de son accord.
                </Trans>
              </p>
            )
          )
        ) : (
          canEdit && (
            <div>
              <Button
                variant="secondary"
                className="text-red-800"
                onClick={() => setConfirming(true)}
              >
                <Trans>Désinscrire</Trans>
              </Button>
            </div>
          )
        )}
        <ConsentHistory contact={contact} timeZone={timeZone} />
      </div>
      {optedOut ? (
        <ResubscribeDialog
          open={confirming && canResubscribe}
          contact={contact}
          name={name}
          onClose={() => setConfirming(false)}
        />
      ) : (
        <ConfirmDialog
          open={confirming}
          onCancel={() => setConfirming(false)}
          title={t`Désinscrire ${name} ?`}
          description={t`Ce contact ne recevra plus aucune campagne. Le changement est inscrit dans son historique.`}
          confirmLabel={t`Désinscrire`}
          pendingLabel={t`Enregistrement…`}
          failureMessage={t`Le consentement n’a pas pu être modifié.`}
          onConfirm={async () => {
            await optOut.mutateAsync();
            setConfirming(false);
            toast.success(t`${name} est désinscrit.`);
          }}
        />
      )}
    </Card>
  );
}

/**
 * Re-subscribing someone who opted out (« STOP »): only with their consent, so the owner or admin
 * says why and what proves it; both are kept in the consent history.
 */
function ResubscribeDialog({
  open,
  contact,
  name,
  onClose,
}: {
  open: boolean;
  contact: Contact;
  name: string;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const resubscribe = useResubscribeContact(contact.organization_id, contact.id);
  const action = useAsyncAction(t`Le contact n’a pas pu être réabonné.`);
  const [reason, setReason] = useState('');
  const [proof, setProof] = useState('');
  const [checked, setChecked] = useState(false);

  const problem = (text: string, max: number, missing: string) => {
    if (text.trim() === '') return missing;
    if (characterCount(text.trim()) > max) return t`${max} caractères au plus`;
    return undefined;
  };
  const reasonProblem = problem(
    reason,
    CONSENT_REASON_MAX_LENGTH,
    t`Indiquez pourquoi ce contact est réabonné.`,
  );
  const proofProblem = problem(
    proof,
    CONSENT_PROOF_MAX_LENGTH,
    t`Indiquez la preuve de son accord.`,
  );

  const close = () => {
    if (action.pending) return;
    action.clearError();
    setChecked(false);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (reasonProblem || proofProblem) return;
    void action.run(async () => {
      await resubscribe.mutateAsync({ reason, proof });
      setReason('');
      setProof('');
      setChecked(false);
      onClose();
      toast.success(t`${name} est réabonné.`);
    });
  };

  const reasonHint = [
    t`Par exemple : a redemandé les rappels au guichet.`,
    lengthHint(reason.trim(), CONSENT_REASON_MAX_LENGTH),
  ];
  const proofHint = [
    t`Par exemple : formulaire papier signé le 3 mars.`,
    lengthHint(proof.trim(), CONSENT_PROOF_MAX_LENGTH),
  ];

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t`Réabonner ${name} ?`}
      description={t`Ce contact s’est désinscrit : il recevra de nouveau vos campagnes. Ne le faites qu’avec son accord, dont vous gardez la preuve ; la raison et la preuve sont inscrites dans son historique.`}
    >
      <form noValidate className="mt-4 flex flex-col gap-4" onSubmit={submit}>
        <TextAreaField
          label={t`Raison du réabonnement`}
          hint={reasonHint.filter(Boolean).join(' · ')}
          error={checked ? reasonProblem : undefined}
          value={reason}
          rows={2}
          onChange={(event) => setReason(event.target.value)}
          data-autofocus
        />
        <TextAreaField
          label={t`Preuve du consentement`}
          hint={proofHint.filter(Boolean).join(' · ')}
          error={checked ? proofProblem : undefined}
          value={proof}
          rows={2}
          onChange={(event) => setProof(event.target.value)}
        />
        <InlineError message={action.error} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={close} disabled={action.pending}>
            <Trans>Annuler</Trans>
          </Button>
          <Button type="submit" loading={action.pending} loadingText={t`Enregistrement…`}>
            <Trans>Réabonner</Trans>
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function ConsentHistory({ contact, timeZone }: { contact: Contact; timeZone: string }) {
  const { t } = useLingui();
  const history = useConsentHistory(contact.organization_id, contact.id);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="mt-2 border-t border-slate-200 pt-4">
      <h3 id={titleId} className="text-sm font-semibold text-slate-900">
        <Trans>Historique</Trans>
      </h3>
      {history.isPending ? (
        <SkeletonList rows={2} label={t`Chargement de l’historique…`} />
      ) : history.isError ? (
        <div className="mt-2 flex flex-col items-start gap-2">
          <InlineError
            message={toUserMessage(history.error, t`L’historique n’a pas pu être chargé.`)}
          />
          <Button variant="secondary" onClick={() => void history.refetch()}>
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      ) : (
        <ol aria-label={t`Historique du consentement`} className="mt-2 flex flex-col gap-3">
          {history.data.map((event) => (
            <ConsentEventItem key={event.id} event={event} timeZone={timeZone} />
          ))}
          <li className="text-sm text-slate-600">
            <span className="block text-xs text-slate-500">
              {formatDateTime(contact.created_at, timeZone)}
            </span>
            <Trans>Contact ajouté</Trans>
          </li>
        </ol>
      )}
    </section>
  );
}

function ConsentEventItem({ event, timeZone }: { event: ConsentEvent; timeZone: string }) {
  const { t } = useLingui();
  const who =
    event.changedBy === null
      ? null
      : 'name' in event.changedBy
        ? event.changedBy.name
        : t`un ancien membre de l’équipe`;
  const source = consentSourceLabel(event.source);
  const reason = event.reason;
  const proof = event.proof;
  return (
    <li className="text-sm text-slate-700">
      <span className="block text-xs text-slate-500">
        {formatDateTime(event.createdAt, timeZone)}
      </span>
      <span className="flex flex-wrap items-center gap-1.5">
        <Badge tone={optInStatusLabels[event.status].tone}>
          {i18n._(optInStatusLabels[event.status].label)}
        </Badge>
        <span>{who ? t`${source} · par ${who}` : source}</span>
      </span>
      {reason && (
        <span className="mt-1 block break-words text-slate-600">
          <Trans>Raison : {reason}</Trans>
        </span>
      )}
      {proof && (
        <span className="block break-words text-slate-600">
          <Trans>Preuve : {proof}</Trans>
        </span>
      )}
    </li>
  );
}

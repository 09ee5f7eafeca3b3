import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { Spinner } from '../../../components/ui/spinner';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber, formatXaf } from '../../../lib/format';
import { useCreditCheckout } from '../hooks/use-credit-checkout';
import { useCreditPacks } from '../hooks/use-credits-data';
import { usePaymentCheck } from '../hooks/use-payment-check';
import type { PaymentCheck, PaymentReference, PaymentReturnView } from '../payment-return';
import { ReceiptButton } from './receipt-button';

const toneClasses: Record<PaymentReturnView, string> = {
  checking: 'border-sky-200 bg-sky-50',
  slow: 'border-amber-300 bg-amber-50',
  abandoned: 'border-slate-300 bg-white',
  successful: 'border-brand-200 bg-brand-50',
  failed: 'border-red-200 bg-red-50',
  cancelled: 'border-slate-300 bg-white',
  error: 'border-red-200 bg-red-50',
  invalid: 'border-red-200 bg-red-50',
};

/**
 * Back from Flutterwave's checkout (?paiement=<reference>): what became of the payment, as
 * credit-payment-check says, never as the address's own `status` says. Focused when it appears,
 * and a live region, so screen readers hear it and each change.
 */
export function PaymentReturnPanel({
  organizationId,
  reference,
  canBuy,
  onClose,
  onChoosePack,
}: {
  organizationId: string;
  reference: PaymentReference;
  canBuy: boolean;
  onClose: () => void;
  /** Leaves the panel for the packs, when the same pack cannot be bought again from here. */
  onChoosePack: () => void;
}) {
  const { t } = useLingui();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { view, check, error, checking, checkAgain } = usePaymentCheck(organizationId, reference);

  useEffect(() => heading.current?.focus(), []);

  const credits = check ? formatNumber(check.credits) : '';
  const amount = check ? formatXaf(check.amountXaf) : '';
  const receiptNumber = check?.receiptNumber ?? '';

  let title: string;
  let body: ReactNode;
  switch (view) {
    case 'checking':
      title = t`Paiement en cours de confirmation…`;
      body = (
        <Trans>
          Si vous payez par Mobile Money, validez le paiement sur votre téléphone. Cette page se met
          à jour toute seule.
        </Trans>
      );
      break;
    case 'slow':
      title = t`La confirmation prend plus de temps que prévu`;
      body = (
        <Trans>
          Votre solde se mettra à jour tout seul dès que le paiement sera confirmé. Vous pouvez
          aussi vérifier à nouveau.
        </Trans>
      );
      break;
    case 'abandoned':
      title = t`Paiement non terminé`;
      body = (
        <Trans>
          Le paiement n’a pas été confirmé : rien n’a été prélevé pour l’instant. Si vous l’avez
          tout de même validé, votre solde se mettra à jour tout seul.
        </Trans>
      );
      break;
    case 'successful':
      title = t`Paiement reçu : +${credits} crédits`;
      body = receiptNumber ? (
        <Trans>
          {amount} payés. Votre reçu porte le numéro {receiptNumber}.
        </Trans>
      ) : (
        <Trans>{amount} payés.</Trans>
      );
      break;
    case 'failed':
      title = t`Paiement refusé`;
      body = <Trans>Le paiement n’a pas abouti : aucun montant n’a été prélevé.</Trans>;
      break;
    case 'cancelled':
      title = t`Paiement annulé`;
      body = <Trans>Le paiement a été annulé : aucun montant n’a été prélevé.</Trans>;
      break;
    case 'error':
      title = t`Le paiement n’a pas pu être vérifié`;
      body = toUserMessage(error, t`Réessayez dans un instant.`);
      break;
    case 'invalid':
      title = t`Lien de paiement invalide`;
      body = (
        <Trans>Ce lien ne correspond à aucun paiement. Vos achats sont listés plus bas.</Trans>
      );
      break;
  }

  return (
    <section
      aria-labelledby={headingId}
      className={clsx('rounded-xl border p-4 shadow-xs sm:p-6', toneClasses[view])}
    >
      <div role="status" className="flex items-start gap-3">
        {view === 'checking' && <Spinner className="mt-1 size-5 text-sky-800" />}
        <div className="min-w-0">
          <h2
            id={headingId}
            ref={heading}
            tabIndex={-1}
            className="text-lg font-semibold text-slate-900 outline-none"
          >
            {title}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{body}</p>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-start gap-2">
        {view === 'successful' && check?.receiptNumber && (
          <ReceiptButton paymentId={check.paymentId} receiptNumber={check.receiptNumber} />
        )}
        {(view === 'slow' || view === 'error') && (
          <Button
            variant="secondary"
            loading={checking}
            loadingText={t`Vérification…`}
            onClick={checkAgain}
          >
            <Trans>Vérifier à nouveau</Trans>
          </Button>
        )}
        {(view === 'failed' || view === 'cancelled' || view === 'abandoned') && check && (
          <TryAgain
            organizationId={organizationId}
            check={check}
            canBuy={canBuy}
            onChoosePack={onChoosePack}
          />
        )}
        <Button variant="ghost" onClick={onClose}>
          <Trans>Fermer</Trans>
        </Button>
      </div>
    </section>
  );
}

/**
 * Buying the same pack again, straight to a new checkout; another pack when that one is no longer
 * sold. Members who do not buy are told who does.
 */
function TryAgain({
  organizationId,
  check,
  canBuy,
  onChoosePack,
}: {
  organizationId: string;
  check: PaymentCheck;
  canBuy: boolean;
  onChoosePack: () => void;
}) {
  const { t } = useLingui();
  const packs = useCreditPacks();
  const checkout = useCreditCheckout(organizationId);
  const pack = packs.data?.find(
    (candidate) => candidate.credits === check.credits && candidate.price_xaf === check.amountXaf,
  );

  if (!canBuy)
    return (
      <p className="self-center text-sm text-slate-700">
        <Trans>Un propriétaire ou un administrateur peut relancer l’achat.</Trans>
      </p>
    );
  if (!pack)
    return (
      <Button variant="secondary" onClick={onChoosePack}>
        <Trans>Choisir un pack</Trans>
      </Button>
    );
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        loading={checkout.isPending || checkout.isSuccess}
        loadingText={t`Redirection vers le paiement…`}
        onClick={() => checkout.mutate(pack.id)}
      >
        <Trans>Réessayer le paiement</Trans>
      </Button>
      <InlineError
        message={
          checkout.isError
            ? toUserMessage(checkout.error, t`Le paiement n’a pas pu commencer. Réessayez.`)
            : null
        }
      />
    </div>
  );
}

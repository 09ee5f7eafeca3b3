import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useId } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import type { CreditPack } from '../api';
import { useCreditCheckout } from '../hooks/use-credit-checkout';
import { useCreditPacks } from '../hooks/use-credits-data';
import { packPrice, pricePerCredit } from '../pack-pricing';

/**
 * The packs on sale. Owners and admins buy one through Flutterwave's hosted checkout; the other
 * members see the prices and who buys.
 */
export function PacksSection({
  organizationId,
  canBuy,
}: {
  organizationId: string;
  canBuy: boolean;
}) {
  const { t } = useLingui();
  const packs = useCreditPacks();
  const checkout = useCreditCheckout(organizationId);
  // From the answer until the browser has left for Flutterwave, the button keeps waiting.
  const leaving = checkout.isPending || checkout.isSuccess;
  const { reset } = checkout;
  // Back from Flutterwave with the browser's back button, the page comes out of the back-forward
  // cache as it was left: waiting. It is ready again.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [reset]);

  return (
    <Card
      title={t`Acheter des crédits`}
      description={t`Paiement sécurisé par Flutterwave, en francs CFA : MTN Mobile Money, Orange Money ou carte bancaire.`}
    >
      {packs.isPending ? (
        <SkeletonList rows={3} label={t`Chargement des packs…`} />
      ) : packs.isError ? (
        <LoadError
          message={toUserMessage(packs.error, t`Les packs n’ont pas pu être chargés.`)}
          onRetry={() => void packs.refetch()}
        />
      ) : packs.data.length === 0 ? (
        <p className="text-sm text-slate-600">
          <Trans>Aucun pack n’est en vente pour le moment.</Trans>
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {packs.data.map((pack) => (
            <PackItem
              key={pack.id}
              pack={pack}
              canBuy={canBuy}
              buying={leaving && checkout.variables === pack.id}
              disabled={leaving}
              onBuy={() => checkout.mutate(pack.id)}
            />
          ))}
        </ul>
      )}
      {canBuy ? (
        <InlineError
          className="mt-4"
          message={
            checkout.isError
              ? toUserMessage(checkout.error, t`Le paiement n’a pas pu commencer. Réessayez.`)
              : null
          }
        />
      ) : (
        <p className="mt-4 text-sm text-slate-600">
          <Trans>
            Seuls les propriétaires et les administrateurs achètent des crédits : demandez à l’un
            d’eux de recharger le solde.
          </Trans>
        </p>
      )}
    </Card>
  );
}

function PackItem({
  pack,
  canBuy,
  buying,
  disabled,
  onBuy,
}: {
  pack: CreditPack;
  canBuy: boolean;
  buying: boolean;
  disabled: boolean;
  onBuy: () => void;
}) {
  const { t } = useLingui();
  const nameId = useId();
  const priceId = useId();
  const credits = formatNumber(pack.credits);
  const price = packPrice(pack);

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4">
      <div>
        <h3 id={nameId} className="text-base font-semibold text-slate-900">
          <Trans>{credits} crédits</Trans>
        </h3>
        <p id={priceId} className="mt-1 text-2xl font-bold text-slate-900 tabular-nums">
          {price}
        </p>
        <p className="text-sm text-slate-600">{pricePerCredit(pack)}</p>
      </div>
      {canBuy && (
        <Button
          className="mt-auto w-full"
          aria-describedby={`${nameId} ${priceId}`}
          loading={buying}
          loadingText={t`Redirection vers le paiement…`}
          disabled={disabled}
          onClick={onBuy}
        >
          <Trans>Acheter</Trans>
        </Button>
      )}
    </li>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { ScrollableTable } from '../../../components/ui/scrollable-table';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime, formatNumber, formatXaf } from '../../../lib/format';
import { paymentsShown } from '../api';
import { useCreditPayments } from '../hooks/use-credits-data';
import { paymentStatusLabel, paymentStatusTone } from '../payment-status';
import { ReceiptButton } from './receipt-button';

const cellClasses = 'px-3 py-2 align-top';
const headClasses = 'px-3 py-2 font-semibold whitespace-nowrap text-slate-800';

/** The organisation's top-ups, the most recent first, with their receipts. */
export function PaymentsSection({
  organizationId,
  timeZone,
}: {
  organizationId: string;
  timeZone: string;
}) {
  const { t } = useLingui();
  const payments = useCreditPayments(organizationId);
  const shown = formatNumber(paymentsShown);

  return (
    <Card title={t`Achats`}>
      {payments.isPending ? (
        <SkeletonList rows={2} label={t`Chargement des achats…`} />
      ) : payments.isError ? (
        <LoadError
          message={toUserMessage(payments.error, t`Les achats n’ont pas pu être chargés.`)}
          onRetry={() => void payments.refetch()}
        />
      ) : payments.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
          <Trans>Aucun achat pour l’instant.</Trans>
        </p>
      ) : (
        <>
          <ScrollableTable caption={t`Achats de crédits, du plus récent au plus ancien`}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={headClasses}>
                  <Trans>Date</Trans>
                </th>
                <th scope="col" className={headClasses}>
                  <Trans>Pack</Trans>
                </th>
                <th scope="col" className={`${headClasses} text-right`}>
                  <Trans>Montant</Trans>
                </th>
                <th scope="col" className={headClasses}>
                  <Trans>Statut</Trans>
                </th>
                <th scope="col" className={headClasses}>
                  <Trans>N° de reçu</Trans>
                </th>
                <th scope="col" className={headClasses}>
                  <Trans>Reçu</Trans>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 bg-white">
              {payments.data.map((payment) => {
                const credits = formatNumber(payment.credits);
                return (
                  <tr key={payment.id}>
                    <td className={`${cellClasses} whitespace-nowrap text-slate-900`}>
                      <time dateTime={payment.createdAt}>
                        {formatDateTime(payment.createdAt, timeZone)}
                      </time>
                    </td>
                    <th scope="row" className={`${cellClasses} font-normal whitespace-nowrap`}>
                      <Trans>{credits} crédits</Trans>
                    </th>
                    <td className={`${cellClasses} text-right whitespace-nowrap tabular-nums`}>
                      {formatXaf(payment.amountXaf)}
                    </td>
                    <td className={cellClasses}>
                      <Badge tone={paymentStatusTone(payment.status)}>
                        {paymentStatusLabel(payment.status)}
                      </Badge>
                    </td>
                    {/* relative: the sr-only word stays inside the table's scrolling frame. */}
                    <td className={`${cellClasses} relative whitespace-nowrap tabular-nums`}>
                      {payment.receiptNumber ?? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">{t`aucun`}</span>
                        </>
                      )}
                    </td>
                    <td className={cellClasses}>
                      {payment.status === 'successful' && payment.receiptNumber && (
                        <ReceiptButton
                          paymentId={payment.id}
                          receiptNumber={payment.receiptNumber}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollableTable>
          {payments.data.length >= paymentsShown && (
            <p className="mt-3 text-sm text-slate-600">
              <Trans>Seuls les {shown} achats les plus récents sont affichés.</Trans>
            </p>
          )}
        </>
      )}
    </Card>
  );
}

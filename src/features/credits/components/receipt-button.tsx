import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { useAsyncAction } from '../../../components/ui/use-async-action';
import { downloadBlob } from '../../../lib/download';
import { supabase } from '../../../lib/supabase';
import { fetchCreditReceipt } from '../api';

/** « Reçu (PDF) »: the payment's receipt, saved as <receipt number>.pdf. */
export function ReceiptButton({
  paymentId,
  receiptNumber,
}: {
  paymentId: string;
  receiptNumber: string;
}) {
  const { t } = useLingui();
  const download = useAsyncAction(t`Le reçu n’a pas pu être téléchargé. Réessayez.`);

  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        variant="secondary"
        loading={download.pending}
        loadingText={t`Téléchargement…`}
        aria-label={t`Télécharger le reçu ${receiptNumber} (PDF)`}
        onClick={() =>
          void download.run(async () => {
            const receipt = await fetchCreditReceipt(supabase.functions, paymentId);
            downloadBlob(receipt, `${receiptNumber}.pdf`);
          })
        }
      >
        <Trans>Reçu (PDF)</Trans>
      </Button>
      <InlineError message={download.error} />
    </div>
  );
}

import { useMutation } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import { startCreditCheckout } from '../api';

/**
 * « Acheter »: opens the checkout and leaves for Flutterwave's hosted page, which comes back to
 * /parametres/credits?paiement=<reference>.
 */
export function useCreditCheckout(organizationId: string) {
  return useMutation({
    mutationFn: (packId: string) => startCreditCheckout(supabase.functions, organizationId, packId),
    onSuccess: ({ link }) => window.location.assign(link),
  });
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { supabase } from '../../../lib/supabase';
import { checkCreditPayment } from '../api';
import { nextRecheckMs, paymentReturnView, type PaymentReference } from '../payment-return';
import { creditsKeys } from '../query-keys';

/**
 * What became of the payment the address names: credit-payment-check, asked again while the
 * payment is pending, less and less often, for about two minutes (payment-return.ts); « Vérifier à
 * nouveau » starts another round. Coming back to the tab (after approving on the phone) checks at
 * once.
 */
export function usePaymentCheck(organizationId: string, reference: PaymentReference) {
  const { txRef, valid, left } = reference;
  const queryClient = useQueryClient();
  const queryKey = creditsKeys.paymentCheck(organizationId, txRef);
  // Answers already counted when the current round started, for this reference.
  const [round, setRound] = useState({ txRef, answers: 0 });
  const baseline = round.txRef === txRef ? round.answers : 0;

  const query = useQuery({
    queryKey,
    queryFn: () => checkCreditPayment(supabase.functions, txRef),
    enabled: valid,
    staleTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: ({ state }) =>
      nextRecheckMs(state.data?.status, state.dataUpdateCount + state.errorUpdateCount - baseline),
  });

  // The counts the interval reads (the observer's result does not carry the data's); the page
  // renders again with each answer, so they are current.
  const state = queryClient.getQueryState(queryKey);
  const answers = (state?.dataUpdateCount ?? 0) + (state?.errorUpdateCount ?? 0);
  const view = paymentReturnView({
    valid,
    left,
    check: query.data,
    failed: query.isError,
    checksDone: answers - baseline,
  });

  const checkAgain = () => {
    setRound({ txRef, answers });
    void query.refetch();
  };

  return { view, check: query.data, error: query.error, checking: query.isFetching, checkAgain };
}

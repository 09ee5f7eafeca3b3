import type { RealtimeChannel, RealtimePostgresChangesPayload } from '@supabase/realtime-js';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { realtime } from '../../../lib/realtime';
import { leave, readyToJoin } from '../../../lib/realtime-channels';
import { supabase } from '../../../lib/supabase';
import { fetchCreditBalance } from '../api';
import { creditsKeys } from '../query-keys';

/** A burst of movements (generations in a row) refreshes the ledger and payments once. */
const refreshDelayMs = 500;

export function useCreditBalance(organizationId: string) {
  return useQuery({
    queryKey: creditsKeys.wallet(organizationId),
    queryFn: () => fetchCreditBalance(supabase, organizationId),
  });
}

/**
 * Keeps the page's credits live: a change of the wallet (a top-up credited by the webhook, a
 * generation on the web or by WhatsApp) shows its new balance at once, then refreshes the ledger,
 * the chart, the payments and a payment being checked. Realtime filters by organisation and
 * row-level security. Each (re)subscription reads everything again: what moved while the socket
 * was down is caught.
 */
export function useLiveCredits(organizationId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    let channel: RealtimeChannel | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refreshAll = () =>
      void queryClient.invalidateQueries({ queryKey: creditsKeys.all(organizationId) });
    const refreshSoon = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        refreshAll();
      }, refreshDelayMs);
    };
    const onWalletChange = (payload: RealtimePostgresChangesPayload<{ balance: unknown }>) => {
      if (payload.eventType === 'DELETE') return;
      const balance = Number(payload.new.balance);
      if (Number.isFinite(balance))
        queryClient.setQueryData(creditsKeys.wallet(organizationId), balance);
      refreshSoon();
    };

    // A topic of this page's own: realtime-js shares one channel per topic, and leaving it would end
    // another component's subscription to the same wallet.
    const topic = `credits-page:${organizationId}`;
    void readyToJoin(topic).then(() => {
      if (cancelled) return;
      channel = realtime
        .channel(topic)
        .on(
          'postgres_changes',
          {
            event: '*',
            schema: 'public',
            table: 'credit_wallets',
            filter: `organization_id=eq.${organizationId}`,
          },
          onWalletChange,
        )
        .subscribe((status) => {
          if (status === 'SUBSCRIBED') refreshAll();
        });
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (channel) leave(channel);
    };
  }, [organizationId, queryClient]);
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { supabase } from '../../../lib/supabase';
import {
  createContact,
  deleteContact,
  fetchConsentHistory,
  fetchContact,
  optOutContact,
  resubscribeContact,
  retryContactSync,
  updateContact,
  type Resubscription,
} from '../api';
import type { ContactValues } from '../contact-form';
import { runBulkAction, type BulkAction, type BulkTarget } from '../contact-query';

export function useContact(organizationId: string, contactId: string) {
  return useQuery({
    queryKey: queryKeys.contact(organizationId, contactId),
    queryFn: () => fetchContact(organizationId, contactId),
  });
}

export function useConsentHistory(organizationId: string, contactId: string) {
  return useQuery({
    queryKey: queryKeys.contactConsentHistory(organizationId, contactId),
    queryFn: () => fetchConsentHistory(organizationId, contactId),
  });
}

/** After any write: the list, its counts, the profiles and the plan's usage meter. */
function useRefreshContacts(organizationId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.contacts(organizationId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.organizationUsage(organizationId) }),
    ]);
}

export function useCreateContact(organizationId: string) {
  const refresh = useRefreshContacts(organizationId);
  return useMutation({
    mutationFn: (values: ContactValues) => createContact(organizationId, values),
    onSuccess: refresh,
  });
}

export function useUpdateContact(organizationId: string, contactId: string) {
  const refresh = useRefreshContacts(organizationId);
  return useMutation({
    mutationFn: (values: Partial<ContactValues>) =>
      updateContact(organizationId, contactId, values),
    onSuccess: refresh,
  });
}

export function useOptOutContact(organizationId: string, contactId: string) {
  const refresh = useRefreshContacts(organizationId);
  return useMutation({
    mutationFn: () => optOutContact(organizationId, contactId),
    onSuccess: refresh,
  });
}

export function useResubscribeContact(organizationId: string, contactId: string) {
  const refresh = useRefreshContacts(organizationId);
  return useMutation({
    mutationFn: (resubscription: Resubscription) => resubscribeContact(contactId, resubscription),
    onSuccess: refresh,
  });
}

export function useDeleteContact(organizationId: string, contactId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshContacts(organizationId);
  return useMutation({
    mutationFn: () => deleteContact(organizationId, contactId),
    onSuccess: async () => {
      // The profile must not refetch a contact that is gone.
      queryClient.removeQueries({ queryKey: queryKeys.contact(organizationId, contactId) });
      await refresh();
    },
  });
}

export function useRetryContactSync(organizationId: string) {
  const refresh = useRefreshContacts(organizationId);
  return useMutation({
    mutationFn: (contactIds: string[]) => retryContactSync(organizationId, contactIds),
    onSuccess: refresh,
  });
}

export function useBulkAction(organizationId: string) {
  const refresh = useRefreshContacts(organizationId);
  return useMutation({
    mutationFn: ({
      action,
      target,
      tag,
    }: {
      action: BulkAction;
      target: BulkTarget;
      tag?: string;
    }) => runBulkAction(supabase, organizationId, action, target, tag),
    onSuccess: refresh,
  });
}

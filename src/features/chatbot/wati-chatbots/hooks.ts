import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cancelChatbotRun,
  fetchChatbotRuns,
  fetchRunFailures,
  fetchSegmentAudience,
  fetchSegmentChoices,
  fetchWatiChatbots,
  searchContacts,
  startWatiChatbot,
  type StartTarget,
} from './api';
import { watiChatbotKeys } from './query-keys';
import { isActive } from './run-labels';

/** How often the runs are read again while one of them is still starting contacts. */
const RUNS_POLL_MS = 3000;

export function useWatiChatbots(organizationId: string, page: number) {
  return useQuery({
    queryKey: watiChatbotKeys.chatbots(organizationId, page),
    queryFn: () => fetchWatiChatbots(organizationId, page),
    // The previous page stays in view while the next one loads.
    placeholderData: keepPreviousData,
    // Wati's refusals (plan, token) will not change on their own: said once, not retried.
    retry: false,
  });
}

/** The latest runs, read again every few seconds while one of them is moving. */
export function useChatbotRuns(organizationId: string) {
  return useQuery({
    queryKey: watiChatbotKeys.runs(organizationId),
    queryFn: () => fetchChatbotRuns(organizationId),
    refetchInterval: (query) =>
      query.state.data?.some((run) => isActive(run)) ? RUNS_POLL_MS : false,
  });
}

export function useRunFailures(organizationId: string, runId: string, enabled: boolean) {
  return useQuery({
    queryKey: watiChatbotKeys.runFailures(organizationId, runId),
    queryFn: () => fetchRunFailures(runId),
    enabled,
  });
}

export function useSegmentChoices(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: watiChatbotKeys.segmentChoices(organizationId),
    queryFn: () => fetchSegmentChoices(organizationId),
    enabled,
  });
}

export function useSegmentAudience(organizationId: string, segmentId: string | null) {
  return useQuery({
    queryKey: watiChatbotKeys.segmentAudience(organizationId, segmentId ?? ''),
    queryFn: () => fetchSegmentAudience(segmentId!),
    enabled: segmentId !== null,
  });
}

export function useContactSearch(organizationId: string, search: string) {
  return useQuery({
    queryKey: watiChatbotKeys.contactSearch(organizationId, search),
    queryFn: () => searchContacts(organizationId, search),
    enabled: search.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useStartChatbot(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ chatbotId, target }: { chatbotId: string; target: StartTarget }) =>
      startWatiChatbot(organizationId, chatbotId, target),
    onSettled: () =>
      void queryClient.invalidateQueries({ queryKey: watiChatbotKeys.runs(organizationId) }),
  });
}

export function useCancelRun(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => cancelChatbotRun(runId),
    onSettled: () =>
      void queryClient.invalidateQueries({ queryKey: watiChatbotKeys.runs(organizationId) }),
  });
}

import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import {
  fetchUnmatchedPage,
  handleUnmatched,
  unmatchedPageSize,
  type UnmatchedAction,
} from '../api';
import { knowledgeKeys } from '../query-keys';
import { useKnowledgeRefresh } from './use-knowledge-refresh';

/** The open unmatched messages, most frequent first, a page at a time. */
export function useUnmatchedMessages(organizationId: string) {
  return useInfiniteQuery({
    queryKey: knowledgeKeys.unmatched(organizationId),
    queryFn: ({ pageParam }) => fetchUnmatchedPage(organizationId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      pages.length * unmatchedPageSize < last.total && last.rows.length === unmatchedPageSize
        ? pages.length
        : undefined,
  });
}

export function useHandleUnmatched(organizationId: string) {
  const refresh = useKnowledgeRefresh(organizationId);
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UnmatchedAction }) =>
      handleUnmatched(id, action),
    onSettled: refresh,
  });
}

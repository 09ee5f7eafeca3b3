import { useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FlowDocument } from '@shared/bot/flow.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toUserMessage } from '../../../lib/errors';
import { useWorkspace } from '../../../lib/workspace';
import { createFlowStore, type FlowStore } from '../editor/flow-store';
import { fetchEditedFlow, publishFlow, saveDraft, type EditedFlow } from '../flow-api';
import { chatbotKeys } from '../query-keys';

/** Quiet time after the last change before the draft is saved. */
const AUTOSAVE_DELAY_MS = 800;
/** A failed save is tried again after this, and at the next change. */
const RETRY_DELAY_MS = 5_000;

export function useEditedFlow(flowId: string) {
  const { organization } = useWorkspace();
  return useQuery({
    queryKey: chatbotKeys.flow(organization.id, flowId),
    queryFn: () => fetchEditedFlow(flowId),
    // The editor holds the draft once opened: a refetch must not look like someone else's edit.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

// The store of each flow open in the editor. A change of language remounts the page: the new
// mount finds the store, with its edits not saved yet and its undo history, instead of starting
// again from the draft first read.
const openStores = new Map<string, { store: FlowStore; mounts: number }>();

/** The editor's store for the flow, made from its draft the first time. */
export function useOpenFlowStore(flow: EditedFlow, readOnly: boolean): FlowStore {
  const [store] = useState(
    () => openStores.get(flow.id)?.store ?? createFlowStore(flow.draft, { readOnly }),
  );
  useEffect(() => {
    const entry = openStores.get(flow.id) ?? { store, mounts: 0 };
    entry.mounts += 1;
    openStores.set(flow.id, entry);
    return () => {
      entry.mounts -= 1;
      // Dropped once no mount follows in the same task (the remount comes before).
      setTimeout(() => {
        if (entry.mounts === 0 && openStores.get(flow.id) === entry) openStores.delete(flow.id);
      }, 0);
    };
  }, [flow.id, store]);
  return store;
}

export type SaveStatus =
  | { state: 'saved' }
  /** Changed, to be saved once the person pauses. */
  | { state: 'pending' }
  | { state: 'saving' }
  /** The last save failed; the changes are kept in the editor and tried again. */
  | { state: 'error'; message: string };

// Saves of a flow run one after the other, so that an older draft never lands after a newer one,
// even across two mounts of the editor (a change of language remounts the page).
const saveQueues = new WeakMap<FlowStore, Promise<boolean>>();

/**
 * Saves the draft a moment after each change until the server has what the editor shows. A
 * failure loses nothing: the document stays in the store, the status says so, and the save is
 * tried again (after a while, at the next change, or on `flush`). `flush` saves now and resolves
 * to whether everything is saved.
 */
export function useDraftAutosave(flowId: string, store: FlowStore, enabled: boolean) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SaveStatus>(() =>
    store.getState().revision === store.getState().savedRevision
      ? { state: 'saved' }
      : { state: 'pending' },
  );
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Retries stop once the editor is closed.
  const open = useRef(false);

  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    const saveUntilCurrent = async (): Promise<boolean> => {
      // Changes made during a save are saved in turn.
      for (;;) {
        const { doc, revision, savedRevision } = store.getState();
        if (revision === savedRevision) {
          setStatus({ state: 'saved' });
          return true;
        }
        setStatus({ state: 'saving' });
        try {
          await saveDraft(flowId, doc);
        } catch (error) {
          setStatus({
            state: 'error',
            message: toUserMessage(error, t`Le brouillon n’a pas pu être enregistré.`),
          });
          clearTimeout(timer.current);
          if (open.current) timer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
          return false;
        }
        store.getState().markSaved(revision);
        // The flow opened again later starts from this draft, not the one first read.
        queryClient.setQueryData<EditedFlow | null>(
          chatbotKeys.flow(organization.id, flowId),
          (flow) => (flow ? { ...flow, draft: doc } : flow),
        );
      }
    };
    const next = (saveQueues.get(store) ?? Promise.resolve(true)).then(saveUntilCurrent);
    saveQueues.set(store, next);
    return next;
  }, [flowId, organization.id, queryClient, store, t]);

  useEffect(() => {
    if (!enabled) return;
    open.current = true;
    if (store.getState().revision !== store.getState().savedRevision)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      setStatus((current) => (current.state === 'error' ? current : { state: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    return () => {
      open.current = false;
      unsubscribe();
      clearTimeout(timer.current);
      // Leaving the editor (the guard let it go): what is left is saved on the way out.
      if (store.getState().revision !== store.getState().savedRevision) void flush();
    };
  }, [enabled, flush, store]);

  return { status, flush };
}

export function usePublishFlow(flowId: string) {
  const { organization } = useWorkspace();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: FlowDocument) => publishFlow(flowId, document),
    onSuccess: (outcome) => {
      // Publishing wrote the draft and a version: the list, the versions and the figures follow.
      if (outcome.published)
        void queryClient.invalidateQueries({ queryKey: chatbotKeys.flows(organization.id) });
    },
  });
}

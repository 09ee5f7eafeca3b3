import { useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FlowDocument } from '@shared/bot/flow.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toUserMessage, UserFacingError } from '../../../lib/errors';
import { supabase } from '../../../lib/supabase';
import { useWorkspace } from '../../../lib/workspace';
import { createFlowStore, type FlowStore } from '../editor/flow-store';
import {
  draftAfterPublishing,
  fetchEditedFlow,
  publishFlow,
  saveDraft,
  type EditedFlow,
  type PublishOutcome,
  type SaveOutcome,
} from '../flow-api';
import { rollBackFlow } from '../flows-api';
import { chatbotKeys } from '../query-keys';

/** Quiet time after the last change before the draft is saved. */
const AUTOSAVE_DELAY_MS = 800;
/** A failed save is tried again after this, and at the next change. */
const RETRY_DELAY_MS = 5_000;

export function useEditedFlow(flowId: string) {
  const { organization } = useWorkspace();
  return useQuery({
    queryKey: chatbotKeys.flow(organization.id, flowId),
    queryFn: () => fetchEditedFlow(supabase, flowId),
    // The editor holds the draft once opened: a refetch must not look like someone else's edit.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** What an open store knows of the draft on the server. */
type DraftSync = {
  /** The draft's revision when this editor last read or wrote it: saves go over that one only. */
  base: number;
  /**
   * Someone else changed the draft, now at this revision: autosave stops until the admin loads
   * their version or keeps their own.
   */
  theirRevision: number | null;
  /**
   * Saves, publications and roll-backs, one after the other: an older draft never lands after a
   * newer one, and no save goes out on a revision a publication is moving on.
   */
  queue: Promise<unknown>;
};

// The store of each flow open in the editor, and what it knows of the server's draft. A change of
// language remounts the page: the new mount finds the store, with its edits not saved yet, its
// undo history and its revision, instead of starting again from the draft first read.
const openStores = new Map<string, { store: FlowStore; mounts: number }>();
const drafts = new WeakMap<FlowStore, DraftSync>();

function draftSyncOf(store: FlowStore): DraftSync {
  const sync = drafts.get(store);
  if (!sync) throw new Error('This flow store was not opened by useOpenFlowStore.');
  return sync;
}

/** Runs `task` once every save, publication or roll-back asked before it is over. */
function inTurn<T>(sync: DraftSync, task: () => Promise<T>): Promise<T> {
  const run = sync.queue.then(task);
  sync.queue = run.catch(() => undefined);
  return run;
}

/** The editor's store for the flow, made from its draft the first time. */
export function useOpenFlowStore(flow: EditedFlow, readOnly: boolean): FlowStore {
  const [store] = useState(() => {
    const open = openStores.get(flow.id)?.store;
    if (open) return open;
    const created = createFlowStore(flow.draft, { readOnly });
    drafts.set(created, {
      base: flow.draftRevision,
      theirRevision: null,
      queue: Promise.resolve(),
    });
    return created;
  });
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

/** Publishing from the editor: a draft another admin changed is a conflict, thrown instead. */
export type EditorPublishOutcome = Exclude<PublishOutcome, { theirRevision: number }>;

export type SaveStatus =
  | { state: 'saved' }
  /** Changed, to be saved once the person pauses. */
  | { state: 'pending' }
  | { state: 'saving' }
  /** The last save failed; the changes are kept in the editor and tried again. */
  | { state: 'error'; message: string }
  /** Another admin changed the draft meanwhile: nothing is saved until the admin chooses. */
  | { state: 'conflict' };

/**
 * Saves the draft a moment after each change until the server has what the editor shows. A
 * failure loses nothing: the document stays in the store, the status says so, and the save is
 * tried again (after a while, at the next change, or on `flush`). `flush` saves now and resolves
 * to whether everything is saved.
 *
 * A save goes over the revision this editor last read or wrote only. When another admin saved
 * meanwhile, saving stops (status `conflict`) until the admin loads that version (`loadTheirs`,
 * which can be undone) or saves the editor's over it (`keepMine`). Publishing and rolling back go
 * through here too (`publish`, `rollBack`): they change the draft, and the editor follows.
 */
export function useDraftAutosave(flowId: string, store: FlowStore, enabled: boolean) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SaveStatus>(() =>
    draftSyncOf(store).theirRevision !== null
      ? { state: 'conflict' }
      : store.getState().revision === store.getState().savedRevision
        ? { state: 'saved' }
        : { state: 'pending' },
  );
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Retries stop once the editor is closed.
  const open = useRef(false);
  // « Garder la mienne » saves the editor's draft even when it has no change left to save.
  const saveEvenUnchanged = useRef(false);

  /** The flow opened again later starts from this draft, not the one first read. */
  const remember = useCallback(
    (draft: FlowDocument, draftRevision: number) =>
      queryClient.setQueryData<EditedFlow | null>(
        chatbotKeys.flow(organization.id, flowId),
        (flow) => (flow ? { ...flow, draft, draftRevision } : flow),
      ),
    [flowId, organization.id, queryClient],
  );

  const conflict = useCallback(
    (theirRevision: number) => {
      draftSyncOf(store).theirRevision = theirRevision;
      clearTimeout(timer.current);
      setStatus({ state: 'conflict' });
    },
    [store],
  );

  const flush = useCallback((): Promise<boolean> => {
    const sync = draftSyncOf(store);
    clearTimeout(timer.current);
    const saveUntilCurrent = async (): Promise<boolean> => {
      // Changes made during a save are saved in turn.
      for (;;) {
        if (sync.theirRevision !== null) {
          setStatus({ state: 'conflict' });
          return false;
        }
        const { doc, revision, savedRevision } = store.getState();
        const unchanged = revision === savedRevision && !saveEvenUnchanged.current;
        saveEvenUnchanged.current = false;
        if (unchanged) {
          setStatus({ state: 'saved' });
          return true;
        }
        setStatus({ state: 'saving' });
        let outcome: SaveOutcome;
        try {
          outcome = await saveDraft(supabase, flowId, doc, sync.base);
        } catch (error) {
          setStatus({
            state: 'error',
            message: toUserMessage(error, t`Le brouillon n’a pas pu être enregistré.`),
          });
          clearTimeout(timer.current);
          if (open.current) timer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
          return false;
        }
        if (!outcome.saved) {
          conflict(outcome.theirRevision);
          return false;
        }
        sync.base = outcome.draftRevision;
        store.getState().markSaved(revision);
        remember(doc, outcome.draftRevision);
      }
    };
    return inTurn(sync, saveUntilCurrent);
  }, [conflict, flowId, remember, store, t]);

  /** Takes the server's draft as the editor's, as a change that can be undone. */
  const adoptServerDraft = useCallback(async () => {
    const fresh = await fetchEditedFlow(supabase, flowId);
    if (!fresh) throw new UserFacingError(t`Ce parcours n’existe plus.`);
    const sync = draftSyncOf(store);
    sync.base = fresh.draftRevision;
    sync.theirRevision = null;
    const state = store.getState();
    state.replace(fresh.draft);
    // The server already holds this draft.
    state.markSaved(store.getState().revision);
    remember(fresh.draft, fresh.draftRevision);
    clearTimeout(timer.current);
    setStatus({ state: 'saved' });
  }, [flowId, remember, store, t]);

  /** « Charger sa version »: the other admin's draft replaces the editor's. */
  const loadTheirs = useCallback(
    () => inTurn(draftSyncOf(store), adoptServerDraft),
    [adoptServerDraft, store],
  );

  /** « Garder la mienne »: the editor's draft is saved over the other admin's. */
  const keepMine = useCallback((): Promise<boolean> => {
    const sync = draftSyncOf(store);
    if (sync.theirRevision === null) return flush();
    sync.base = sync.theirRevision;
    sync.theirRevision = null;
    saveEvenUnchanged.current = true;
    return flush();
  }, [flush, store]);

  /** Publishing or rolling back over a draft another admin changed: the admin chooses first. */
  const draftChanged = useCallback(
    () =>
      new UserFacingError(
        t`Un autre administrateur a modifié ce parcours : chargez sa version ou gardez la vôtre avant de publier.`,
      ),
    [t],
  );

  /**
   * Publishes `document` over the revision this editor last read or wrote, then takes the draft's
   * revision that publication left.
   */
  const publish = useCallback(
    (document: FlowDocument) => {
      const sync = draftSyncOf(store);
      return inTurn(sync, async (): Promise<EditorPublishOutcome> => {
        if (sync.theirRevision !== null) throw draftChanged();
        const outcome = await publishFlow(supabase, flowId, document, sync.base);
        if ('theirRevision' in outcome) {
          conflict(outcome.theirRevision);
          throw draftChanged();
        }
        if (!outcome.published) return outcome;
        // Publishing wrote the document as the draft. Should reading it back fail, the next
        // save finds out whether the revision moved on.
        const after = await draftAfterPublishing(supabase, flowId, outcome.version.id).catch(
          () => null,
        );
        if (after?.isPublishedDocument) {
          sync.base = after.draftRevision;
          remember(document, after.draftRevision);
        } else if (after) conflict(after.draftRevision);
        return outcome;
      });
    },
    [conflict, draftChanged, flowId, remember, store],
  );

  /**
   * Publishes an earlier version again over the revision this editor last read or wrote, and
   * opens it as the draft.
   */
  const rollBack = useCallback(
    (versionId: string) => {
      const sync = draftSyncOf(store);
      return inTurn(sync, async () => {
        const outcome = await rollBackFlow(supabase, flowId, versionId, sync.base);
        if (!outcome.rolledBack) {
          conflict(outcome.theirRevision);
          throw draftChanged();
        }
        // Rolled back whatever follows: should the draft not be read back, the next save finds
        // that its revision moved on and offers to load it.
        await adoptServerDraft().catch(() => undefined);
      });
    },
    [adoptServerDraft, conflict, draftChanged, flowId, store],
  );

  useEffect(() => {
    if (!enabled) return;
    open.current = true;
    const unsaved = () => store.getState().revision !== store.getState().savedRevision;
    const sync = draftSyncOf(store);
    if (unsaved() && sync.theirRevision === null)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      if (sync.theirRevision !== null) return;
      setStatus((current) => (current.state === 'error' ? current : { state: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    return () => {
      open.current = false;
      unsubscribe();
      clearTimeout(timer.current);
      // Leaving the editor (the guard let it go): what is left is saved on the way out.
      if (unsaved()) void flush();
    };
  }, [enabled, flush, store]);

  return { status, flush, loadTheirs, keepMine, publish, rollBack };
}

export function usePublishFlow(publish: (document: FlowDocument) => Promise<EditorPublishOutcome>) {
  const { organization } = useWorkspace();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publish,
    onSuccess: (outcome) => {
      // Publishing wrote the draft and a version: the list, the versions and the figures follow.
      if (outcome.published)
        void queryClient.invalidateQueries({ queryKey: chatbotKeys.flows(organization.id) });
    },
  });
}

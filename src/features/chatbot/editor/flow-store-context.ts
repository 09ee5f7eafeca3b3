import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { FlowEditorState, FlowStore } from './flow-store';

/** The open flow's store, provided by the editor page. */
export const FlowStoreContext = createContext<FlowStore | null>(null);

export function useFlowStore(): FlowStore {
  const store = useContext(FlowStoreContext);
  if (!store) throw new Error('useFlowStore must be used inside the flow editor');
  return store;
}

/** A slice of the open flow's state; the component redraws when that slice changes. */
export function useFlowEditor<T>(selector: (state: FlowEditorState) => T): T {
  return useStore(useFlowStore(), selector);
}

import { useEffect, type RefObject } from 'react';
import type { FlowStore } from './flow-store';

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The editor's keyboard shortcuts, while the focus is in the editor (or nowhere): Ctrl/Cmd+Z to
 * undo, Ctrl+Shift+Z or Ctrl+Y to redo (in fields too: they undo the flow, field by field), and,
 * outside fields (where they keep their usual meaning), Ctrl+C / Ctrl+V to copy and paste the
 * selected steps and Ctrl+D to duplicate them.
 */
export function useEditorShortcuts(
  store: FlowStore,
  root: RefObject<HTMLElement | null>,
  { onCopied, onPasted }: { onCopied: () => void; onPasted: () => void },
) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target;
      const inEditor =
        target === document.body || (target instanceof Node && !!root.current?.contains(target));
      const state = store.getState();
      if (!inEditor || state.readOnly) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) state.redo();
        else state.undo();
        return;
      }
      if (isTextEntry(target)) return;
      if (key === 'c' && state.selectedNodes.length > 0) {
        if (state.copy()) onCopied();
      } else if (key === 'v' && state.clipboard) {
        event.preventDefault();
        state.paste();
        onPasted();
      } else if (key === 'd' && state.selectedNodes.length > 0) {
        // Ctrl+D would bookmark the page.
        event.preventDefault();
        state.duplicate();
        onPasted();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onCopied, onPasted, root, store]);
}

import type { FlowNode, FlowNodeType, NodeOf } from '@shared/bot/flow.ts';
import type { FlowIssue } from '@shared/bot/flow-issues.ts';
import { useCallback } from 'react';
import { flowIssueMessage } from '../../flow-issue-messages';
import { newId } from '../flow-ids';
import { takenIds } from '../flow-operations';
import { useFlowStore } from '../flow-store-context';

/** What a form knows besides its node's data: the node and its live issues. */
export type FormContext = { node: FlowNode; issues: readonly FlowIssue[] };

/** What each node form is given. */
export type NodeFormProps<T extends FlowNodeType> = {
  node: NodeOf<T>;
  context: FormContext;
  /** Saves the node's new data; `path` names the field typed in, whose keys undo together. */
  set: (data: NodeOf<T>['data'], path?: string) => void;
};

/** The message of the first issue about `path`, if any. */
export function fieldError({ node, issues }: FormContext, path: string): string | undefined {
  const issue = issues.find((candidate) => candidate.field === path);
  return issue ? flowIssueMessage(issue, node) : undefined;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.with(index, item);
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

/** The list with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Makes ids for new items (buttons, rows, branches) that the flow does not use yet. */
export function useNewItemId(): () => string {
  const store = useFlowStore();
  return useCallback(() => newId(takenIds(store.getState().doc)), [store]);
}

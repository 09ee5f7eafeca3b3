import type { FlowNodeType } from '@shared/bot/flow.ts';
import { memo } from 'react';
import { ConditionNode, JumpNode, MessageNode, PlainNode, StartNode } from './node-views';

/**
 * React Flow's node types, one memoised component per type, defined once (a new object per
 * render would remount every node): a node redraws only when its document node, its selection or
 * its size changed.
 */
export const nodeTypes = {
  start: memo(StartNode),
  message: memo(MessageNode),
  buttons: memo(PlainNode),
  list: memo(PlainNode),
  ask: memo(PlainNode),
  condition: memo(ConditionNode),
  set: memo(PlainNode),
  faq: memo(PlainNode),
  template: memo(PlainNode),
  handoff: memo(PlainNode),
  http: memo(PlainNode),
  wait: memo(PlainNode),
  jump: memo(JumpNode),
  end: memo(PlainNode),
} satisfies Record<FlowNodeType, unknown>;

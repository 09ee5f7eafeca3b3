import type { FlowNode, FlowNodeType } from '@shared/bot/flow.ts';

/** A node's drawn size; nodes not measured yet (the outline view) count as this. */
export const DEFAULT_NODE_SIZE = { width: 260, height: 120 } as const;

/** The type a palette button carries when dragged onto the canvas. */
export const PALETTE_DRAG_TYPE = 'application/x-wcap-flow-node';

/** Node types in the order the palette offers them (the start node comes with every flow). */
export const PALETTE_TYPES = [
  'message',
  'buttons',
  'list',
  'ask',
  'condition',
  'set',
  'faq',
  'template',
  'handoff',
  'http',
  'wait',
  'jump',
  'end',
] as const satisfies readonly FlowNodeType[];

/**
 * A new node of `type`, as the palette adds it: the fields empty (validation says what is
 * missing), one button, one row or one branch ready to fill.
 */
export function newNode(
  type: FlowNodeType,
  id: string,
  position: { x: number; y: number },
  itemId: () => string,
): FlowNode {
  const base = { id, position };
  switch (type) {
    case 'start':
      return {
        ...base,
        type,
        data: { triggers: [{ kind: 'keyword', mode: 'contains', keywords: [] }] },
      };
    case 'message':
      return { ...base, type, data: { text: '', media: null } };
    case 'buttons':
      return {
        ...base,
        type,
        data: { body: '', header: '', footer: '', buttons: [{ id: itemId(), title: '' }] },
      };
    case 'list':
      return {
        ...base,
        type,
        data: {
          body: '',
          header: '',
          footer: '',
          buttonLabel: '',
          sections: [
            { id: itemId(), title: '', rows: [{ id: itemId(), title: '', description: '' }] },
          ],
        },
      };
    case 'ask':
      return {
        ...base,
        type,
        data: {
          prompt: '',
          answerType: 'text',
          pattern: '',
          target: { scope: 'attribute', name: '' },
          retryMessage: '',
          maxRetries: 2,
        },
      };
    case 'condition':
      return {
        ...base,
        type,
        data: {
          branches: [
            {
              id: itemId(),
              label: '',
              match: 'all',
              rules: [{ kind: 'attribute', name: '', operator: 'equals', value: '' }],
            },
          ],
        },
      };
    case 'set':
      return { ...base, type, data: { actions: [{ kind: 'add_tag', tag: '' }] } };
    case 'faq':
      return { ...base, type, data: { prompt: '' } };
    case 'template':
      return { ...base, type, data: { name: '', language: '', parameters: [] } };
    case 'handoff':
      return { ...base, type, data: { message: '', target: { kind: 'auto' } } };
    case 'http':
      return {
        ...base,
        type,
        data: { method: 'GET', url: '', headers: [], body: '', timeoutMs: 5_000, save: [] },
      };
    case 'wait':
      return { ...base, type, data: { seconds: 60 } };
    case 'jump':
      return { ...base, type, data: { targetId: '', maxTimes: 3 } };
    case 'end':
      return { ...base, type, data: { message: '', resolve: false } };
  }
}

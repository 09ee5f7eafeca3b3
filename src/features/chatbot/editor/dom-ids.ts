// DOM ids the editor moves the focus to: a node's field (an issue chosen), a step of the outline.

/** The DOM id of a node's field at `path` inside its data (`buttons.1.title`). */
export function fieldDomId(nodeId: string, path: string): string {
  return `flow-${nodeId}-${path.replaceAll('.', '-')}`;
}

/** The DOM id of a node's entry in the outline. */
export function outlineItemId(nodeId: string): string {
  return `flow-outline-${nodeId}`;
}

import { formatPercent } from './percent';

// The figures of a flow as bot_flow_stats gives them: sessions started on its published versions,
// how they ended, and how many contacts reached and left each node.

export type NodeStats = { entered: number; droppedOff: number };

export type FlowStats = {
  started: number;
  completed: number;
  handedOver: number;
  expired: number;
  active: number;
  nodes: Record<string, NodeStats>;
};

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The answer of bot_flow_stats, read defensively: a missing figure counts as 0. */
export function readFlowStats(value: unknown): FlowStats {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const nodes: Record<string, NodeStats> = {};
  const rawNodes = record.nodes;
  if (typeof rawNodes === 'object' && rawNodes !== null) {
    for (const [nodeId, raw] of Object.entries(rawNodes as Record<string, unknown>)) {
      const node = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      nodes[nodeId] = { entered: count(node.entered), droppedOff: count(node.droppedOff) };
    }
  }
  return {
    started: count(record.started),
    completed: count(record.completed),
    handedOver: count(record.handedOver),
    expired: count(record.expired),
    active: count(record.active),
    nodes,
  };
}

/** 5 of 13 → « 38 % » / « 38% »: a share of the sessions started, in the active language. */
export function formatSessionShare(part: number, whole: number): string {
  return formatPercent(whole > 0 ? part / whole : 0);
}

import { plural, t } from '@lingui/core/macro';
import { Handle, Position, useUpdateNodeInternals, type Node, type NodeProps } from '@xyflow/react';
import { nodeHandles, type FlowNode, type FlowNodeType, type NodeOf } from '@shared/bot/flow.ts';
import clsx from 'clsx';
import { useEffect, type ReactNode } from 'react';
import { formatNumber } from '../../../lib/format';
import {
  mediaKindLabel,
  nodeName,
  nodeSummary,
  nodeTypeLabel,
  outletLabel,
  ruleLabel,
  shorten,
  triggerLabel,
} from '../node-labels';
import { useFlowEditor } from './flow-store-context';
import { useSummaryNames } from './summary-names';

// The canvas' nodes, all drawn in the same frame (type, summary, live issues and figures, one
// source handle per outlet beside its name); node-types.ts memoises one component per type.

/** A React Flow node: its data is the document's node itself (same object while unchanged). */
export type CanvasNode = Node<FlowNode, FlowNodeType>;

/** The colour of a node's band, by what the node does. */
const accents: Record<FlowNodeType, string> = {
  start: 'bg-brand-700',
  message: 'bg-sky-600',
  buttons: 'bg-sky-600',
  list: 'bg-sky-600',
  ask: 'bg-violet-600',
  condition: 'bg-amber-500',
  set: 'bg-amber-500',
  faq: 'bg-violet-600',
  template: 'bg-sky-600',
  handoff: 'bg-rose-600',
  http: 'bg-slate-600',
  wait: 'bg-slate-600',
  jump: 'bg-slate-600',
  end: 'bg-rose-600',
};

function NodeFrame({
  node,
  selected,
  children,
}: {
  node: FlowNode;
  selected: boolean;
  children?: ReactNode;
}) {
  const names = useSummaryNames();
  const issues = useFlowEditor((state) => state.issuesByNode[node.id]);
  const stats = useFlowEditor((state) => state.stats?.[node.id]);
  const highlighted = useFlowEditor((state) => state.highlighted === node.id);
  const updateNodeInternals = useUpdateNodeInternals();
  const handles = nodeHandles(node);
  const handleKey = handles.join('|');
  // React Flow measures handles when a node first appears: a button added or removed later must
  // be measured again for its edge to start at the right place.
  useEffect(() => updateNodeInternals(node.id), [handleKey, node.id, updateNodeInternals]);
  const summary = nodeSummary(node, names);
  const entered = formatNumber(stats?.entered ?? 0);
  const droppedOff = formatNumber(stats?.droppedOff ?? 0);

  return (
    <div
      className={clsx(
        'w-64 overflow-visible rounded-lg border bg-white text-left shadow-sm',
        selected ? 'border-brand-700 ring-2 ring-brand-700' : 'border-slate-300',
        highlighted && 'outline-4 outline-offset-2 outline-amber-400',
      )}
    >
      {node.type !== 'start' && (
        <Handle
          type="target"
          position={Position.Top}
          role="img"
          aria-label={t`Entrée de l’étape`}
        />
      )}
      <div className={clsx('h-1.5 rounded-t-lg', accents[node.type])} />
      <div className="flex flex-col gap-1.5 px-3 py-2">
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {nodeTypeLabel(node.type)}
          </span>
          {issues && issues.length > 0 && (
            <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-red-300 ring-inset">
              {plural(issues.length, { one: '# problème', other: '# problèmes' })}
            </span>
          )}
        </div>
        {children ??
          (summary ? (
            <p className="text-sm break-words text-slate-900">{summary}</p>
          ) : (
            <p className="text-sm text-slate-500 italic">{t`À compléter`}</p>
          ))}
        {stats && (
          <p className="flex flex-wrap gap-1 text-xs">
            <span className="rounded bg-sky-50 px-1.5 py-0.5 font-medium text-sky-900">
              {t`${entered} entrés`}
            </span>
            <span className="rounded bg-amber-50 px-1.5 py-0.5 font-medium text-amber-900">
              {t`${droppedOff} arrêtés ici`}
            </span>
          </p>
        )}
      </div>
      {handles.length > 0 && (
        <ul className="flex flex-col border-t border-slate-200 py-1">
          {handles.map((handle) => {
            const label = outletLabel(node, handle);
            return (
              <li
                key={handle}
                className="relative flex min-h-7 items-center justify-end pr-4 pl-3 text-xs text-slate-700"
              >
                <span className="truncate">{label}</span>
                <Handle
                  type="source"
                  id={handle}
                  position={Position.Right}
                  // A connection point named for screen readers (a plain div may not carry a name).
                  role="img"
                  aria-label={t`Sortie « ${label} »`}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The node's lines, up to a few, for nodes whose summary is a list. */
function Lines({ lines, empty }: { lines: string[]; empty: string }) {
  if (lines.length === 0) return <p className="text-sm text-slate-500 italic">{empty}</p>;
  return (
    <ul className="flex flex-col gap-0.5 text-sm text-slate-900">
      {lines.slice(0, 4).map((line, index) => (
        <li key={index} className="break-words">
          {line}
        </li>
      ))}
      {lines.length > 4 && <li className="text-slate-500">…</li>}
    </ul>
  );
}

type ViewProps<T extends FlowNodeType> = NodeProps<CanvasNode> & { data: NodeOf<T> };

export function StartNode({ data, selected }: ViewProps<'start'>) {
  return (
    <NodeFrame node={data} selected={selected}>
      <Lines lines={data.data.triggers.map(triggerLabel)} empty={t`Aucun déclencheur`} />
    </NodeFrame>
  );
}

export function ConditionNode({ data, selected }: ViewProps<'condition'>) {
  const lines = data.data.branches.flatMap((branch, index) => {
    const number = index + 1;
    const name = branch.label.trim() || t`Branche ${number}`;
    const joiner = branch.match === 'all' ? t`et` : t`ou`;
    const rules = branch.rules.map(ruleLabel).join(` ${joiner} `);
    return [`${name} : ${shorten(rules, 60)}`];
  });
  return (
    <NodeFrame node={data} selected={selected}>
      <Lines lines={lines} empty={t`Aucune branche`} />
    </NodeFrame>
  );
}

export function MessageNode({ data, selected }: ViewProps<'message'>) {
  const { media } = data.data;
  return (
    <NodeFrame node={data} selected={selected}>
      {media && (
        <p className="text-xs font-medium text-slate-600">
          {mediaKindLabel(media.kind)}
          {media.caption ? ` · ${shorten(media.caption, 80)}` : ''}
        </p>
      )}
      {media ? null : data.data.text ? (
        <p className="text-sm break-words text-slate-900">{shorten(data.data.text, 120)}</p>
      ) : (
        <p className="text-sm text-slate-500 italic">{t`À compléter`}</p>
      )}
    </NodeFrame>
  );
}

export function JumpNode({ data, selected }: ViewProps<'jump'>) {
  const names = useSummaryNames();
  const target = useFlowEditor((state) =>
    state.doc.nodes.find((node) => node.id === data.data.targetId),
  );
  const targetName = target ? nodeName(target, names) : '';
  const summary = target
    ? t`Vers ${targetName}`
    : data.data.targetId
      ? t`Vers une étape supprimée`
      : '';
  return (
    <NodeFrame node={data} selected={selected}>
      {summary ? (
        <p className="text-sm break-words text-slate-900">{summary}</p>
      ) : (
        <p className="text-sm text-slate-500 italic">{t`À compléter`}</p>
      )}
    </NodeFrame>
  );
}

/** Nodes whose summary says it all. */
export function PlainNode({ data, selected }: NodeProps<CanvasNode>) {
  return <NodeFrame node={data} selected={selected} />;
}

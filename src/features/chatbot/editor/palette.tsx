import { useLingui } from '@lingui/react/macro';
import type { FlowNodeType } from '@shared/bot/flow.ts';
import { nodeTypeDescription, nodeTypeLabel } from '../node-labels';
import { PALETTE_DRAG_TYPE, PALETTE_TYPES } from './node-defaults';

/**
 * The node types to add: a click adds one after the selected node (linked from its first free
 * outlet) or in the middle of the view; on the canvas a type can also be dragged where it goes.
 */
export function Palette({
  onAdd,
  draggable,
  includeStart,
}: {
  onAdd: (type: FlowNodeType) => void;
  /** Whether the canvas is shown (dragging onto it). */
  draggable: boolean;
  /** A flow without a start offers one. */
  includeStart: boolean;
}) {
  const { t } = useLingui();
  const types: FlowNodeType[] = includeStart ? ['start', ...PALETTE_TYPES] : [...PALETTE_TYPES];
  return (
    <nav aria-label={t`Étapes à ajouter`} className="min-w-0">
      {/* relative: the labels' screen-reader text (absolutely placed) stays inside the scroller
          instead of widening the page on a phone. */}
      <ul className="relative flex gap-2 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible lg:pb-0">
        {types.map((type) => {
          const label = nodeTypeLabel(type);
          return (
            <li key={type} className="shrink-0">
              <button
                type="button"
                title={nodeTypeDescription(type)}
                draggable={draggable}
                onDragStart={(event) => {
                  event.dataTransfer.setData(PALETTE_DRAG_TYPE, type);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => onAdd(type)}
                className="flex min-h-10 w-full flex-col items-start rounded-md border border-slate-300 bg-white px-3 py-1.5 text-left text-sm hover:border-brand-700 hover:bg-brand-50"
              >
                <span className="font-semibold text-slate-900">
                  <span aria-hidden="true">+ </span>
                  {/* Named « Ajouter : Message » for screen readers, with the words shown. */}
                  <span className="sr-only">{t`Ajouter :`} </span>
                  {label}
                </span>
                <span className="hidden text-xs text-slate-600 lg:block">
                  {nodeTypeDescription(type)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

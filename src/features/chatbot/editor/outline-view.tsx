import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { nodeHandles, type FlowNode } from '@shared/bot/flow.ts';
import clsx from 'clsx';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { MenuButton, Popover } from '../../../components/ui/popover';
import { formatNumber } from '../../../lib/format';
import { nodeName, nodeSummary, nodeTypeLabel, outletLabel } from '../node-labels';
import { readingOrder } from './reading-order';
import { outlineItemId } from './dom-ids';
import { edgeFrom } from './flow-operations';
import { useFlowEditor, useFlowStore } from './flow-store-context';
import { PALETTE_TYPES } from './node-defaults';
import { useSummaryNames } from './summary-names';

function focusOutlineItem(nodeId: string) {
  document.getElementById(outlineItemId(nodeId))?.focus();
}

/**
 * The flow as a list, in reading order: what the canvas shows, for the keyboard and screen
 * readers (and small screens). Each step says what it does, where each outlet leads, and offers
 * to link an outlet to another step or to add a step after it.
 */
export function OutlineView({ onEdit }: { onEdit: (nodeId: string) => void }) {
  const { t } = useLingui();
  const doc = useFlowEditor((state) => state.doc);
  const selected = useFlowEditor((state) => state.selectedNodes);
  const issuesByNode = useFlowEditor((state) => state.issuesByNode);
  const stats = useFlowEditor((state) => state.stats);
  const highlighted = useFlowEditor((state) => state.highlighted);
  const readOnly = useFlowEditor((state) => state.readOnly);
  const store = useFlowStore();
  const names = useSummaryNames();
  const ordered = useMemo(() => readingOrder(doc), [doc]);
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  // A step added from here takes the focus once it is drawn.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    focusOutlineItem(pendingFocus.current);
    pendingFocus.current = null;
  });

  const nameOf = (node: FlowNode) => nodeName(node, names);
  const targets = (node: FlowNode) =>
    doc.nodes.filter((candidate) => candidate.id !== node.id && candidate.type !== 'start');

  return (
    <ol aria-label={t`Étapes du parcours`} className="flex flex-col gap-3">
      {ordered.map((node, position) => {
        const name = nameOf(node);
        const issues = issuesByNode[node.id] ?? [];
        const nodeStats = stats?.[node.id];
        const handles = nodeHandles(node);
        const summary = nodeSummary(node, names);
        const step = position + 1;
        const typeLabel = nodeTypeLabel(node.type);
        const entered = formatNumber(nodeStats?.entered ?? 0);
        const droppedOff = formatNumber(nodeStats?.droppedOff ?? 0);
        return (
          <li
            key={node.id}
            id={outlineItemId(node.id)}
            tabIndex={-1}
            aria-labelledby={`${outlineItemId(node.id)}-title`}
            className={clsx(
              'rounded-lg border bg-white p-3 outline-none focus-visible:ring-2 focus-visible:ring-brand-700',
              selected.includes(node.id) ? 'border-brand-700' : 'border-slate-200',
              highlighted === node.id && 'ring-4 ring-amber-300',
            )}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="flex min-w-0 flex-col gap-0.5">
                <h3
                  id={`${outlineItemId(node.id)}-title`}
                  className="text-sm font-semibold text-slate-900"
                >
                  <Trans>
                    Étape {step} · {typeLabel}
                  </Trans>
                </h3>
                <p className="text-sm break-words text-slate-700">{summary || t`À compléter`}</p>
                {issues.length > 0 && (
                  <p className="text-sm font-medium text-red-700">
                    {plural(issues.length, { one: '# problème', other: '# problèmes' })}
                  </p>
                )}
                {nodeStats && (
                  <p className="text-xs text-slate-600">
                    {t`${entered} entrés · ${droppedOff} arrêtés ici`}
                  </p>
                )}
              </div>
              <Button
                variant="secondary"
                className="min-h-9 px-3"
                aria-label={t`Modifier : ${name}`}
                onClick={() => onEdit(node.id)}
              >
                {readOnly ? t`Voir` : t`Modifier`}
              </Button>
            </div>
            {handles.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">
                <Trans>Le parcours s’arrête ici.</Trans>
              </p>
            ) : (
              <ul
                aria-label={t`Sorties : ${name}`}
                className="mt-2 flex flex-col gap-2 border-t border-slate-100 pt-2"
              >
                {handles.map((handle) => {
                  const outlet = outletLabel(node, handle);
                  const edge = edgeFrom(doc, node.id, handle);
                  const target =
                    edge && doc.nodes.find((candidate) => candidate.id === edge.target);
                  const targetName = target ? nameOf(target) : '';
                  const menuKey = `${node.id}:${handle}`;
                  return (
                    <li
                      key={handle}
                      className="flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:items-center"
                    >
                      <span className="text-sm font-medium text-slate-800">{outlet}</span>
                      <span aria-hidden="true" className="text-slate-500 max-sm:hidden">
                        →
                      </span>
                      {target ? (
                        <button
                          type="button"
                          className="text-left text-sm text-brand-800 underline"
                          onClick={() => {
                            store.getState().select([target.id]);
                            focusOutlineItem(target.id);
                          }}
                        >
                          {t`Vers ${targetName}`}
                        </button>
                      ) : (
                        <span className="text-sm text-slate-500 italic">
                          <Trans>Ne mène nulle part</Trans>
                        </span>
                      )}
                      {!readOnly && (
                        <div className="flex flex-wrap gap-2 sm:ml-auto">
                          <select
                            aria-label={t`Relier la sortie « ${outlet} » de l’étape ${step} à…`}
                            value={target?.id ?? ''}
                            onChange={(event) => {
                              const targetId = event.target.value;
                              if (targetId)
                                store.getState().connect({
                                  source: node.id,
                                  sourceHandle: handle,
                                  target: targetId,
                                });
                              else store.getState().disconnect(node.id, handle);
                            }}
                            className="min-h-9 max-w-56 rounded-md border border-slate-300 bg-white px-2 text-sm"
                          >
                            <option value="">{t`Aucune étape`}</option>
                            {targets(node).map((candidate) => (
                              <option key={candidate.id} value={candidate.id}>
                                {nameOf(candidate)}
                              </option>
                            ))}
                          </select>
                          <Popover
                            open={openMenu === menuKey}
                            onOpenChange={(open) => setOpenMenu(open ? menuKey : null)}
                            button={<Trans>Ajouter une étape après…</Trans>}
                            buttonClassName="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-50"
                            panelLabel={t`Étape à ajouter après « ${outlet} »`}
                            align="end"
                          >
                            {PALETTE_TYPES.map((type) => (
                              <MenuButton
                                key={type}
                                onClick={() => {
                                  const added = store
                                    .getState()
                                    .addNode(type, { after: { nodeId: node.id, handle } });
                                  setOpenMenu(null);
                                  pendingFocus.current = added;
                                }}
                              >
                                {nodeTypeLabel(type)}
                              </MenuButton>
                            ))}
                          </Popover>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

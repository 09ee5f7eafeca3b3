import { Trans, useLingui } from '@lingui/react/macro';
import type { FlowNode } from '@shared/bot/flow.ts';
import type { FlowIssue } from '@shared/bot/flow-issues.ts';
import type { Ref } from 'react';
import { Button } from '../../../components/ui/button';
import { flowIssueMessage } from '../flow-issue-messages';
import { nodeTypeDescription, nodeTypeLabel } from '../node-labels';
import { isDeletable } from './flow-operations';
import { useFlowEditor, useFlowStore } from './flow-store-context';
import type { FormContext } from './forms/form-helpers';
import { ButtonsForm, ListForm, MessageForm } from './forms/message-forms';
import { FaqForm, HandoffForm, HttpForm, TemplateForm } from './forms/integration-forms';
import {
  AskForm,
  ConditionForm,
  EndForm,
  JumpForm,
  SetForm,
  StartForm,
  WaitForm,
} from './forms/logic-forms';

const noIssues: readonly FlowIssue[] = [];

/** The form of a node, by its type. */
function NodeForm({ node, context }: { node: FlowNode; context: FormContext }) {
  const store = useFlowStore();
  const set = (data: FlowNode['data'], path?: string) =>
    store.getState().updateData(node.id, data, path);
  switch (node.type) {
    case 'start':
      return <StartForm node={node} context={context} set={set} />;
    case 'message':
      return <MessageForm node={node} context={context} set={set} />;
    case 'buttons':
      return <ButtonsForm node={node} context={context} set={set} />;
    case 'list':
      return <ListForm node={node} context={context} set={set} />;
    case 'ask':
      return <AskForm node={node} context={context} set={set} />;
    case 'condition':
      return <ConditionForm node={node} context={context} set={set} />;
    case 'set':
      return <SetForm node={node} context={context} set={set} />;
    case 'faq':
      return <FaqForm node={node} context={context} set={set} />;
    case 'template':
      return <TemplateForm node={node} context={context} set={set} />;
    case 'handoff':
      return <HandoffForm node={node} context={context} set={set} />;
    case 'http':
      return <HttpForm node={node} context={context} set={set} />;
    case 'wait':
      return <WaitForm node={node} context={context} set={set} />;
    case 'jump':
      return <JumpForm node={node} context={context} set={set} />;
    case 'end':
      return <EndForm node={node} context={context} set={set} />;
  }
}

/**
 * The selected node's settings: its issues first, then its form; read-only members see the form
 * disabled. The heading takes the focus when a node is added or an issue is chosen.
 */
export function NodePanel({
  nodeId,
  onDeleted,
  headingRef,
}: {
  nodeId: string;
  onDeleted: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useLingui();
  const store = useFlowStore();
  const node = useFlowEditor((state) =>
    state.doc.nodes.find((candidate) => candidate.id === nodeId),
  );
  const issues = useFlowEditor((state) => state.issuesByNode[nodeId]) ?? noIssues;
  const readOnly = useFlowEditor((state) => state.readOnly);
  const deletable = useFlowEditor((state) => (node ? isDeletable(state.doc, node) : false));
  if (!node) return null;
  const type = nodeTypeLabel(node.type);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col">
          <h2
            ref={headingRef}
            tabIndex={-1}
            className="text-base font-semibold text-slate-900 outline-none"
          >
            {type}
          </h2>
          <p className="text-sm text-slate-600">{nodeTypeDescription(node.type)}</p>
        </div>
        {!readOnly && (
          <div className="flex gap-2">
            {node.type !== 'start' && (
              <Button
                variant="secondary"
                className="min-h-9 px-3"
                onClick={() => {
                  store.getState().select([node.id]);
                  store.getState().duplicate();
                }}
              >
                <Trans>Dupliquer</Trans>
              </Button>
            )}
            {deletable && (
              <Button
                variant="secondary"
                className="min-h-9 px-3 text-red-700"
                onClick={() => {
                  store.getState().deleteElements([node.id], []);
                  onDeleted();
                }}
              >
                <Trans>Supprimer</Trans>
              </Button>
            )}
          </div>
        )}
      </div>
      {issues.length > 0 && (
        <div
          role="group"
          aria-label={t`Problèmes de cette étape`}
          className="rounded-lg border border-red-200 bg-red-50 p-3"
        >
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-red-800">
            {issues.map((issue, index) => (
              <li key={index}>{flowIssueMessage(issue, node)}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-4">
        <legend className="sr-only">{t`Réglages : ${type}`}</legend>
        <NodeForm node={node} context={{ node, issues }} />
      </fieldset>
    </div>
  );
}

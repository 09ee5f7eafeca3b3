import { Trans, useLingui } from '@lingui/react/macro';
import type { FlowIssue } from '@shared/bot/flow-issues.ts';
import type { Ref } from 'react';
import { flowIssueMessage } from '../flow-issue-messages';
import { nodeName } from '../node-labels';
import { useFlowEditor } from './flow-store-context';
import { useSummaryNames } from './summary-names';

function IssueList({
  issues,
  onChoose,
}: {
  issues: readonly FlowIssue[];
  onChoose: (issue: FlowIssue) => void;
}) {
  const { t } = useLingui();
  const nodes = useFlowEditor((state) => state.doc.nodes);
  const names = useSummaryNames();
  return (
    <ul className="flex flex-col gap-2">
      {issues.map((issue, index) => {
        const node = issue.nodeId
          ? nodes.find((candidate) => candidate.id === issue.nodeId)
          : undefined;
        const where = node ? nodeName(node, names) : t`Tout le parcours`;
        const message = flowIssueMessage(issue, node);
        return (
          <li key={index}>
            <button
              type="button"
              onClick={() => onChoose(issue)}
              disabled={!node}
              className="flex w-full flex-col items-start gap-0.5 rounded-md border border-red-200 bg-white px-3 py-2 text-left text-sm hover:border-red-400 hover:bg-red-50 disabled:cursor-default disabled:hover:border-red-200 disabled:hover:bg-white"
            >
              <span className="font-semibold text-slate-900">{where}</span>
              <span className="text-red-800">{message}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * What keeps the draft from being published, live as it is edited, and what the server refused
 * at the last « Publier »: choosing an issue selects its step and focuses the field at fault.
 */
export function IssuesPanel({
  issues,
  serverIssues,
  onChoose,
  headingRef,
}: {
  issues: readonly FlowIssue[];
  /** The issues of the server's last refusal, until the draft changes. */
  serverIssues: readonly FlowIssue[];
  onChoose: (issue: FlowIssue) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const count = issues.length;
  return (
    <div className="flex flex-col gap-3">
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 outline-none"
      >
        <Trans>Problèmes à corriger avant de publier</Trans>
      </h2>
      {count === 0 ? (
        <p className="text-sm text-slate-700">
          <Trans>Aucun problème : le parcours peut être publié.</Trans>
        </p>
      ) : (
        <IssueList issues={issues} onChoose={onChoose} />
      )}
      {serverIssues.length > 0 && (
        <section className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-900">
            <Trans>Refusé par le serveur à la dernière publication</Trans>
          </h3>
          <IssueList issues={serverIssues} onChoose={onChoose} />
        </section>
      )}
    </div>
  );
}

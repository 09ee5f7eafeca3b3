import { Trans, useLingui } from '@lingui/react/macro';
import { ReactFlowProvider } from '@xyflow/react';
import { useLocation } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoader } from '../../../components/ui/page-loader';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { isUuid } from '../../../lib/uuid';
import { useWorkspace } from '../../../lib/workspace';
import { FlowEditor } from '../editor/flow-editor';
import { canEditFlows } from '../flow-permissions';
import { flowIdOf } from '../flow-address';
import { useEditedFlow } from '../hooks/use-flow';

/** Chatbot › Parcours › a flow: its editor (read-only for agents and viewers). */
export function FlowEditorPage() {
  const flowId = flowIdOf(useLocation().pathname) ?? '';
  return isUuid(flowId) ? <LoadedFlow key={flowId} flowId={flowId} /> : <FlowNotFound />;
}

function FlowNotFound() {
  const { t } = useLingui();
  return (
    <div className="flex flex-col gap-4">
      <title>{t`Parcours introuvable · Chatbot · WCAP`}</title>
      <BackLink to={paths.chatbotFlows}>
        <Trans>Tous les parcours</Trans>
      </BackLink>
      <h1 className="text-xl font-semibold text-slate-900">
        <Trans>Parcours introuvable</Trans>
      </h1>
      <p className="text-sm text-slate-600">
        <Trans>Ce parcours n’existe pas, ou il appartient à une autre organisation.</Trans>
      </p>
    </div>
  );
}

function LoadedFlow({ flowId }: { flowId: string }) {
  const { t } = useLingui();
  const { role } = useWorkspace();
  const flow = useEditedFlow(flowId);

  if (flow.isPending) return <PageLoader />;
  if (flow.isError)
    return (
      <div className="flex flex-col gap-4">
        <title>{t`Parcours · Chatbot · WCAP`}</title>
        <BackLink to={paths.chatbotFlows}>
          <Trans>Tous les parcours</Trans>
        </BackLink>
        <LoadError
          message={toUserMessage(flow.error, t`Le parcours n’a pas pu être chargé.`)}
          onRetry={() => void flow.refetch()}
        />
      </div>
    );
  if (!flow.data) return <FlowNotFound />;

  return (
    <ReactFlowProvider>
      <FlowEditor flow={flow.data} canEdit={canEditFlows(role)} />
    </ReactFlowProvider>
  );
}

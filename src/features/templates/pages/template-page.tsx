import { Trans, useLingui } from '@lingui/react/macro';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { isUuid } from '../../../lib/uuid';
import { useWorkspace } from '../../../lib/workspace';
import type { WhatsAppTemplate } from '../api';
import { ParameterMappingEditor } from '../components/parameter-mapping-editor';
import { ParameterMappingSummary } from '../components/parameter-mapping-summary';
import { TemplateCategoryBadge, TemplateStatusBadge } from '../components/template-badges';
import { useTemplate } from '../hooks/use-templates';
import { canMapTemplateParameters } from '../permissions';
import { isUsable, languageLabel, templateStatus } from '../template-labels';

export function TemplatePage() {
  const { templateId = '' } = useParams();
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <BackLink to={paths.templates}>
        <Trans>Tous les modèles</Trans>
      </BackLink>
      {isUuid(templateId) ? <TemplateDetails templateId={templateId} /> : <TemplateNotFound />}
    </div>
  );
}

function TemplateNotFound() {
  const { t } = useLingui();
  return (
    <>
      <title>{t`Modèle introuvable · WCAP`}</title>
      <EmptyState title={t`Modèle introuvable`}>
        <Trans>
          Ce modèle n’existe pas, ou plus, dans cette organisation. Retrouvez les modèles
          disponibles dans la liste.
        </Trans>
      </EmptyState>
    </>
  );
}

function TemplateDetails({ templateId }: { templateId: string }) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const template = useTemplate(organization.id, templateId);

  if (template.isPending) {
    return (
      <LoadingRegion label={t`Chargement du modèle…`} className="flex flex-col gap-6">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-64 w-full rounded-xl" />
        <Skeleton className="h-48 w-full rounded-xl" />
      </LoadingRegion>
    );
  }
  if (template.isError) {
    return (
      <LoadError
        message={toUserMessage(template.error, t`Le modèle n’a pas pu être chargé.`)}
        onRetry={() => void template.refetch()}
      />
    );
  }
  if (!template.data) return <TemplateNotFound />;
  return <TemplateView template={template.data} />;
}

function TemplateView({ template }: { template: WhatsAppTemplate }) {
  const { organization, role } = useWorkspace();
  const status = templateStatus(template.status);
  const synced = formatDateTime(template.syncedAt, organization.time_zone);

  return (
    <>
      <PageHeader
        title={template.name}
        description={
          <>
            <span className="flex flex-wrap items-center gap-1.5">
              <TemplateStatusBadge status={template.status} />
              <TemplateCategoryBadge category={template.category} />
              <Badge>{languageLabel(template.language)}</Badge>
            </span>
            <span className="mt-2 block">
              <Trans>Synchronisé depuis Wati le {synced}.</Trans>
            </span>
          </>
        }
      />
      {!isUsable(template.status) && (
        <p
          className={
            status.tone === 'danger'
              ? 'rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900'
              : 'rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950'
          }
        >
          {status.description}
        </p>
      )}
      {canMapTemplateParameters(role) ? (
        // Keyed by template only: a save refreshes the data without resetting the form.
        <ParameterMappingEditor
          key={template.id}
          organizationId={organization.id}
          template={template}
        />
      ) : (
        <ParameterMappingSummary template={template} />
      )}
    </>
  );
}

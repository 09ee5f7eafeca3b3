import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineError } from '../../../components/ui/inline-error';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { canManageWhatsApp } from '../../../lib/roles';
import { useWorkspace } from '../../../lib/workspace';
import type { WhatsAppTemplate } from '../api';
import { ParameterMappingEditor } from '../components/parameter-mapping-editor';
import { ParameterMappingSummary } from '../components/parameter-mapping-summary';
import { TemplateCategoryBadge, TemplateStatusBadge } from '../components/template-badges';
import { useTemplate } from '../hooks/use-templates';
import { isUsable, languageLabel, templateStatus } from '../template-labels';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function BackLink() {
  return (
    <Link
      to={paths.templates}
      className="inline-flex min-h-10 items-center gap-1 self-start text-sm font-semibold text-brand-700 underline"
    >
      <span aria-hidden="true">←</span> Tous les modèles
    </Link>
  );
}

export function TemplatePage() {
  const { templateId = '' } = useParams();
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <BackLink />
      {uuidPattern.test(templateId) ? (
        <TemplateDetails templateId={templateId} />
      ) : (
        <TemplateNotFound />
      )}
    </div>
  );
}

function TemplateNotFound() {
  return (
    <>
      <title>Modèle introuvable · WCAP</title>
      <EmptyState title="Modèle introuvable">
        Ce modèle n’existe pas, ou plus, dans cette organisation. Retrouvez les modèles disponibles
        dans la liste.
      </EmptyState>
    </>
  );
}

function TemplateDetails({ templateId }: { templateId: string }) {
  const { organization } = useWorkspace();
  const template = useTemplate(organization.id, templateId);

  if (template.isPending) {
    return (
      <div role="status" aria-busy="true" className="flex flex-col gap-6">
        <span className="sr-only">Chargement du modèle…</span>
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-64 w-full rounded-xl" />
        <Skeleton className="h-48 w-full rounded-xl" />
      </div>
    );
  }
  if (template.isError) {
    return (
      <div className="flex flex-col items-start gap-3">
        <InlineError message={toUserMessage(template.error, 'Le modèle n’a pas pu être chargé.')} />
        <Button variant="secondary" onClick={() => void template.refetch()}>
          Réessayer
        </Button>
      </div>
    );
  }
  if (!template.data) return <TemplateNotFound />;
  return <TemplateView template={template.data} />;
}

function TemplateView({ template }: { template: WhatsAppTemplate }) {
  const { organization, role } = useWorkspace();
  const status = templateStatus(template.status);

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
              Synchronisé depuis Wati le {formatDateTime(template.syncedAt, organization.time_zone)}
              .
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
      {canManageWhatsApp(role) ? (
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

import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { canConnectWhatsApp } from '../../../domain/organizations/roles';
import { toUserMessage } from '../../../lib/errors';
import { roleLabel } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import { fetchHomeSummary, homeSummaryKey } from '../api';
import { CampaignFunnel } from '../components/campaign-funnel';
import { KeyFigures } from '../components/key-figures';
import { SetupChecklist } from '../components/setup-checklist';
import { setupSteps } from '../setup-checklist';

export function HomePage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const summary = useQuery({
    queryKey: homeSummaryKey(organization.id),
    queryFn: () => fetchHomeSummary(organization.id),
  });
  const organizationName = organization.name;
  const ownRole = roleLabel(role);

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader
        title={t`Tableau de bord`}
        description={t`${organizationName} · vous êtes ${ownRole}`}
      />
      {organization.mode === 'sandbox' && (
        <section
          aria-labelledby="sandbox-title"
          className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-4 sm:px-6"
        >
          <h2 id="sandbox-title" className="font-semibold text-amber-950">
            <Trans>Mode bac à sable</Trans>
          </h2>
          <p className="mt-1 text-sm text-amber-950">
            <Trans>
              Les envois sont simulés : aucun message WhatsApp réel ne part tant que l’organisation
              n’est pas reliée à son compte WhatsApp Business.
            </Trans>
          </p>
          {canConnectWhatsApp(role) && (
            <Link
              to={paths.watiIntegration}
              className="mt-2 inline-block text-sm font-semibold text-amber-950 underline"
            >
              <Trans>Relier le compte Wati de l’organisation</Trans>
            </Link>
          )}
        </section>
      )}
      {summary.isPending ? (
        <LoadingRegion label={t`Chargement des chiffres de l’organisation…`}>
          <div className="grid gap-4 md:grid-cols-3">
            <Skeleton className="h-32" />
            <Skeleton className="h-32" />
            <Skeleton className="h-32" />
          </div>
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <Skeleton className="h-64" />
            <Skeleton className="h-64" />
          </div>
        </LoadingRegion>
      ) : summary.isError ? (
        <LoadError message={toUserMessage(summary.error)} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <KeyFigures summary={summary.data} />
          <div className="grid gap-4 md:grid-cols-2">
            <CampaignFunnel
              campaign={summary.data.lastCampaign}
              timeZone={organization.time_zone}
            />
            <SetupChecklist steps={setupSteps(summary.data, role)} />
          </div>
        </>
      )}
    </div>
  );
}

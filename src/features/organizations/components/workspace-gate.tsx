import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { Navigate, Outlet } from 'react-router';
import { Button } from '../../../components/ui/button';
import { PageLoader } from '../../../components/ui/page-loader';
import { pickActive, useActiveOrganizationStore } from '../../../lib/active-organization';
import { invitationPath, paths } from '../../../lib/paths';
import { readPendingInvitation } from '../../../lib/pending-invitation';
import { useSignedInUser } from '../../../lib/session';
import { WorkspaceContext, type Workspace } from '../../../lib/workspace';
import { useMyMemberships } from '../hooks/use-my-memberships';

/**
 * Below this gate every page works in one organisation: the one chosen in this browser when the
 * user still belongs to it, else their first. Someone without any organisation goes to onboarding.
 */
export function WorkspaceGate() {
  const { t } = useLingui();
  const user = useSignedInUser();
  const memberships = useMyMemberships(user.id);
  const storedId = useActiveOrganizationStore((state) => state.organizationId);

  const workspace = useMemo((): Workspace | null => {
    if (!memberships.data) return null;
    const active = pickActive(memberships.data, storedId);
    if (!active) return null;
    return {
      userId: user.id,
      email: user.email ?? '',
      organization: active.organization,
      role: active.role,
      memberships: memberships.data,
    };
  }, [memberships.data, storedId, user.id, user.email]);

  if (memberships.isPending) return <PageLoader />;

  if (memberships.isError) {
    return (
      <main className="flex flex-1 flex-col items-center justify-center gap-4 px-4 py-10 text-center">
        <title>{t`Erreur · WCAP`}</title>
        <h1 className="text-xl font-semibold text-slate-900">
          <Trans>Vos organisations n’ont pas pu être chargées</Trans>
        </h1>
        <p className="max-w-prose text-sm text-slate-600">
          <Trans>Vérifiez votre connexion Internet, puis réessayez.</Trans>
        </p>
        <Button
          onClick={() => void memberships.refetch()}
          loading={memberships.isFetching}
          loadingText={t`Nouvel essai…`}
        >
          <Trans>Réessayer</Trans>
        </Button>
      </main>
    );
  }

  if (!workspace) {
    const pendingInvitation = readPendingInvitation();
    return (
      <Navigate
        to={pendingInvitation ? invitationPath(pendingInvitation) : paths.onboarding}
        replace
      />
    );
  }

  return (
    <WorkspaceContext value={workspace}>
      <Outlet />
    </WorkspaceContext>
  );
}

import { Navigate, Outlet } from 'react-router';
import { PageLoader } from '../../../components/ui/page-loader';
import { invitationPath, paths } from '../../../lib/paths';
import { readPendingInvitation } from '../../../lib/pending-invitation';
import { useSession } from '../../../lib/session';

export function GuestOnly() {
  const session = useSession();
  if (session.status === 'loading') return <PageLoader />;
  if (session.status === 'signed-in') {
    // Someone who signed in or up from an invitation link goes back to it to accept it.
    const pendingInvitation = readPendingInvitation();
    return (
      <Navigate to={pendingInvitation ? invitationPath(pendingInvitation) : paths.home} replace />
    );
  }
  return <Outlet />;
}

import { Navigate, Outlet } from 'react-router';
import { PageLoader } from '../../../components/ui/page-loader';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';

export function RequireSession() {
  const session = useSession();
  if (session.status === 'loading') return <PageLoader />;
  if (session.status === 'signed-out') return <Navigate to={paths.signIn} replace />;
  return <Outlet />;
}

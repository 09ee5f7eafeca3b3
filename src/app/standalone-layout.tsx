import { Link, Outlet } from 'react-router';
import { SignOutButton } from '../features/auth/components/sign-out-button';
import { paths } from '../lib/paths';
import { useSession } from '../lib/session';

/** Pages outside an organisation (onboarding, invitation links): the logo and, signed in, sign-out. */
export function StandaloneLayout() {
  const session = useSession();

  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex w-full max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link to={paths.home} className="text-lg font-bold tracking-tight text-brand-700">
            WCAP
          </Link>
          {session.status === 'signed-in' && <SignOutButton />}
        </div>
      </header>
      <main id="contenu" className="flex flex-1 flex-col">
        <Outlet />
      </main>
    </>
  );
}

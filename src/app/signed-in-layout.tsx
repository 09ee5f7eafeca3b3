import { Outlet } from 'react-router';
import { SignOutButton } from '../features/auth/components/sign-out-button';
import { useSignedInUser } from '../features/auth/hooks/use-session';

// The seed of the app shell: features stay unaware of each other, so the header that combines the
// session (auth) with the pages (home, later the other modules) is composed here.
export function SignedInLayout() {
  const user = useSignedInUser();

  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex w-full max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <div className="min-w-0">
            <p className="text-lg leading-tight font-bold tracking-tight text-brand-700">WCAP</p>
            <p className="truncate text-sm text-slate-600" title={user.email}>
              {user.email}
            </p>
          </div>
          <SignOutButton />
        </div>
      </header>
      <main className="flex-1">
        <Outlet />
      </main>
    </>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { Suspense, useCallback, useId, useState } from 'react';
import { Outlet, useMatch } from 'react-router';
import { Badge } from '../../components/ui/badge';
import { MenuIcon } from '../../components/ui/icons';
import { OrganizationSwitcher } from '../../features/organizations/components/organization-switcher';
import { paths } from '../../lib/paths';
import { useWorkspace } from '../../lib/workspace';
import { MobileDrawer } from './mobile-drawer';
import { Logo, MainNavigation } from './navigation';
import { NotificationBell } from './inbox-widgets';
import { UserMenu } from './user-menu';

export function AppShell() {
  const { t } = useLingui();
  const { organization, userId } = useWorkspace();
  // The inbox fills the window under the header; its panes scroll on their own.
  const fullHeight = useMatch({ path: paths.inbox, end: false }) !== null;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const drawerId = useId();

  return (
    <div className={clsx('flex w-full', fullHeight ? 'h-dvh overflow-hidden' : 'min-h-dvh')}>
      <a
        href="#contenu"
        className="sr-only rounded-md bg-white px-4 py-2 text-sm font-semibold text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        <Trans>Aller au contenu principal</Trans>
      </a>

      <aside className="hidden w-64 shrink-0 border-r border-slate-200 bg-white md:block">
        <div className="sticky top-0 flex max-h-dvh flex-col">
          <div className="border-b border-slate-200 px-5 py-3.5">
            <Logo />
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <MainNavigation />
          </div>
        </div>
      </aside>

      <div className="flex min-h-0 min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
          <div className="flex items-center gap-2 px-4 py-2.5 sm:gap-3 sm:px-6">
            <button
              type="button"
              aria-expanded={drawerOpen}
              aria-controls={drawerOpen ? drawerId : undefined}
              onClick={() => setDrawerOpen(true)}
              className="-ml-2 inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 md:hidden"
            >
              <MenuIcon />
              <span className="sr-only">
                <Trans>Ouvrir le menu</Trans>
              </span>
            </button>
            <div className="min-w-0 flex-1">
              <OrganizationSwitcher />
            </div>
            {organization.mode === 'sandbox' && (
              <span title={t`Les envois sont simulés : aucun message WhatsApp réel ne part.`}>
                <Badge tone="warning">
                  <span aria-hidden="true" className="sm:hidden">
                    <Trans>Bac à sable</Trans>
                  </span>
                  <span className="max-sm:sr-only">
                    <Trans>Mode bac à sable</Trans>
                  </span>
                </Badge>
              </span>
            )}
            <Suspense fallback={<span aria-hidden="true" className="size-10 shrink-0" />}>
              <NotificationBell
                organizationId={organization.id}
                userId={userId}
                timeZone={organization.time_zone}
              />
            </Suspense>
            <UserMenu />
          </div>
        </header>

        <main
          id="contenu"
          tabIndex={-1}
          className={clsx(
            'flex-1 outline-none',
            fullHeight ? 'flex min-h-0 flex-col' : 'px-4 py-6 sm:px-6 lg:px-8',
          )}
        >
          <Outlet />
        </main>
      </div>

      <MobileDrawer id={drawerId} open={drawerOpen} onClose={closeDrawer} />
    </div>
  );
}

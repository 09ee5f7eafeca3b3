import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '../components/ui/page-header';
import { paths } from '../lib/paths';
import { canConnectWhatsApp, canEditTeam } from '../domain/organizations/roles';
import { useWorkspace } from '../lib/workspace';

export function SettingsLayout() {
  const { t } = useLingui();
  const { role } = useWorkspace();
  const sections = [
    { to: paths.organizationSettings, label: t`Organisation`, visible: true },
    // Hidden for agents and viewers; the page itself also refuses them.
    { to: paths.team, label: t`Équipe`, visible: canEditTeam(role) },
    { to: paths.subscription, label: t`Abonnement`, visible: true },
    // Every member reads the balance and the ledger; owners and admins buy (the page says so).
    { to: paths.credits, label: t`Crédits`, visible: true },
    // Owners and admins only, like Équipe: the page and the Edge Function refuse the others.
    { to: paths.watiIntegration, label: t`Intégration Wati`, visible: canConnectWhatsApp(role) },
    // Every member reads these three; owners and admins change them (the pages say so).
    { to: paths.inboxSettings, label: t`Boîte de réception`, visible: true },
    { to: paths.inboxTeams, label: t`Équipes`, visible: true },
    { to: paths.cannedResponses, label: t`Réponses rapides`, visible: true },
  ];

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader title={t`Paramètres`} />
      <nav aria-label={t`Sections des paramètres`} className="border-b border-slate-200">
        <ul className="-mb-px flex flex-wrap gap-x-1">
          {sections
            .filter((section) => section.visible)
            .map((section) => (
              <li key={section.to}>
                <NavLink
                  to={section.to}
                  className={({ isActive }) =>
                    clsx(
                      'inline-flex min-h-10 items-center border-b-2 px-3 py-2 text-sm font-medium',
                      isActive
                        ? 'border-brand-700 text-brand-800'
                        : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                    )
                  }
                >
                  {section.label}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

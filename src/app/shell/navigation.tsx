import clsx from 'clsx';
import type { ComponentType } from 'react';
import { NavLink } from 'react-router';
import {
  AnalyticsIcon,
  CampaignIcon,
  ChatbotIcon,
  ContactsIcon,
  HomeIcon,
  InboxIcon,
  SegmentIcon,
  SettingsIcon,
  TemplateIcon,
} from '../../components/ui/icons';
import { paths } from '../../lib/paths';

type NavItem = {
  to: string;
  label: string;
  icon: ComponentType<{ className?: string }>;
  end?: boolean;
};

const navItems: NavItem[] = [
  { to: paths.home, label: 'Tableau de bord', icon: HomeIcon, end: true },
  { to: paths.contacts, label: 'Contacts', icon: ContactsIcon },
  { to: paths.segments, label: 'Segments', icon: SegmentIcon },
  { to: paths.campaigns, label: 'Campagnes', icon: CampaignIcon },
  { to: paths.templates, label: 'Modèles', icon: TemplateIcon },
  { to: paths.inbox, label: 'Boîte de réception', icon: InboxIcon },
  { to: paths.chatbot, label: 'Chatbot', icon: ChatbotIcon },
  { to: paths.analytics, label: 'Analytique', icon: AnalyticsIcon },
  { to: paths.settings, label: 'Paramètres', icon: SettingsIcon },
];

/** The modules, in the sidebar on wide screens and in the drawer on phones. */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <nav aria-label="Navigation principale" className="flex flex-col gap-1 px-3 py-4">
      <ul className="flex flex-col gap-1">
        {navItems.map(({ to, label, icon: Icon, end }) => (
          <li key={to}>
            <NavLink
              to={to}
              end={end}
              onClick={onNavigate}
              className={({ isActive }) =>
                clsx(
                  'flex min-h-10 items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors',
                  isActive
                    ? 'bg-brand-50 text-brand-800'
                    : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
                )
              }
            >
              <Icon />
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Logo() {
  return (
    <NavLink
      to={paths.home}
      className="inline-flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-brand-700"
    >
      <span
        aria-hidden="true"
        className="inline-flex size-8 items-center justify-center rounded-lg bg-brand-700 text-sm text-white"
      >
        W
      </span>
      WCAP
      <span className="sr-only"> — tableau de bord</span>
    </NavLink>
  );
}

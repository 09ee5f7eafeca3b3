import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
import { Suspense } from 'react';
import { paths } from '../../lib/paths';
import { InboxNavBadge } from './inbox-widgets';

type NavItem = {
  to: string;
  label: MessageDescriptor;
  icon: ComponentType<{ className?: string }>;
  end?: boolean;
};

const navItems: NavItem[] = [
  { to: paths.home, label: msg`Tableau de bord`, icon: HomeIcon, end: true },
  { to: paths.contacts, label: msg`Contacts`, icon: ContactsIcon },
  { to: paths.segments, label: msg`Segments`, icon: SegmentIcon },
  { to: paths.campaigns, label: msg`Campagnes`, icon: CampaignIcon },
  { to: paths.templates, label: msg`Modèles`, icon: TemplateIcon },
  { to: paths.inbox, label: msg`Boîte de réception`, icon: InboxIcon },
  { to: paths.chatbot, label: msg`Chatbot`, icon: ChatbotIcon },
  { to: paths.analytics, label: msg`Analytique`, icon: AnalyticsIcon },
  { to: paths.settings, label: msg`Paramètres`, icon: SettingsIcon },
];

/** The modules, in the sidebar on wide screens and in the drawer on phones. */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useLingui();
  return (
    <nav aria-label={t`Navigation principale`} className="flex flex-col gap-1 px-3 py-4">
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
              {t(label)}
              {to === paths.inbox && (
                <Suspense fallback={null}>
                  <InboxNavBadge />
                </Suspense>
              )}
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
      <span className="sr-only">
        {' '}
        <Trans>— tableau de bord</Trans>
      </span>
    </NavLink>
  );
}

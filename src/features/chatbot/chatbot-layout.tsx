import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { Suspense, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PageLoader } from '../../components/ui/page-loader';
import { paths } from '../../lib/paths';

/** Chatbot's sections around a page; a flow's editor (`fullPage`) takes the whole page. */
export function ChatbotLayout({
  children,
  fullPage = false,
}: {
  children: ReactNode;
  fullPage?: boolean;
}) {
  const { t } = useLingui();
  // Each page is its own chunk (chatbot-routes.tsx): the tabs stay while it loads.
  const page = <Suspense fallback={<PageLoader />}>{children}</Suspense>;
  if (fullPage) return page;
  const sections = [
    { to: paths.chatbotFlows, label: t`Parcours` },
    { to: paths.chatbotFaq, label: t`FAQ` },
    { to: paths.chatbotUnmatched, label: t`Messages non compris` },
    { to: paths.chatbotWati, label: t`Chatbots Wati` },
    { to: paths.chatbotSettings, label: t`Réglages` },
  ];

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader title={t`Chatbot`} />
      <nav aria-label={t`Sections du chatbot`} className="border-b border-slate-200">
        <ul className="-mb-px flex flex-wrap gap-x-1">
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                end
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
      {page}
    </div>
  );
}

import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoader } from '../components/ui/page-loader';
import { GuestOnly } from '../features/auth/components/guest-only';
import { RequireSession } from '../features/auth/components/require-session';
import { paths } from '../lib/paths';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

/**
 * A route's `lazy`: the page's module, fetched when the route first matches. Every page is a chunk of
 * its own, so the first load carries the providers, the guards, the error and not-found pages only;
 * charts, spreadsheets, phone metadata and forms come with the pages that use them. A chunk that
 * fails to load (a deploy while a tab is open) rejects `lazy`, which React Router renders as a route
 * error: RouteErrorPage, not a blank screen.
 */
function page(load: () => Promise<ComponentType>) {
  return async () => ({ Component: await load() });
}

const standaloneLayout = page(() =>
  import('./standalone-layout').then(({ StandaloneLayout }) => StandaloneLayout),
);

/** Each page's `lazy`, by route. */
const pages = {
  signIn: page(() =>
    import('../features/auth/pages/sign-in-page').then(({ SignInPage }) => SignInPage),
  ),
  signUp: page(() =>
    import('../features/auth/pages/sign-up-page').then(({ SignUpPage }) => SignUpPage),
  ),
  forgotPassword: page(() =>
    import('../features/auth/pages/forgot-password-page').then(
      ({ ForgotPasswordPage }) => ForgotPasswordPage,
    ),
  ),
  resetPassword: page(() =>
    import('../features/auth/pages/reset-password-page').then(
      ({ ResetPasswordPage }) => ResetPasswordPage,
    ),
  ),
  invitation: page(() =>
    import('../features/team/pages/invitation-page').then(({ InvitationPage }) => InvitationPage),
  ),
  onboarding: page(() =>
    import('../features/organizations/pages/onboarding-page').then(
      ({ OnboardingPage }) => OnboardingPage,
    ),
  ),
  home: page(() => import('../features/home/pages/home-page').then(({ HomePage }) => HomePage)),
  contacts: page(() =>
    import('../features/contacts/pages/contacts-page').then(({ ContactsPage }) => ContactsPage),
  ),
  importContacts: page(() =>
    import('../features/contacts/import-wizard/import-contacts-page').then(
      ({ ImportContactsPage }) => ImportContactsPage,
    ),
  ),
  contact: page(() =>
    import('../features/contacts/pages/contact-page').then(({ ContactPage }) => ContactPage),
  ),
  segments: page(() =>
    import('../features/segments/pages/segments-page').then(({ SegmentsPage }) => SegmentsPage),
  ),
  segment: page(() =>
    import('../features/segments/pages/segment-page').then(({ SegmentPage }) => SegmentPage),
  ),
  templates: page(() =>
    import('../features/templates/pages/templates-page').then(({ TemplatesPage }) => TemplatesPage),
  ),
  template: page(() =>
    import('../features/templates/pages/template-page').then(({ TemplatePage }) => TemplatePage),
  ),
  campaigns: page(() =>
    import('../features/campaigns/pages/campaigns-page').then(({ CampaignsPage }) => CampaignsPage),
  ),
  campaignBuilder: page(() =>
    import('../features/campaigns/pages/campaign-builder-page').then(
      ({ CampaignBuilderPage }) => CampaignBuilderPage,
    ),
  ),
  campaign: page(() =>
    import('../features/campaigns/detail/campaign-page').then(({ CampaignPage }) => CampaignPage),
  ),
  inbox: page(() =>
    import('../features/inbox/pages/inbox-page').then(({ InboxPage }) => InboxPage),
  ),
  organizationSettings: page(() =>
    import('../features/organizations/pages/organization-settings-page').then(
      ({ OrganizationSettingsPage }) => OrganizationSettingsPage,
    ),
  ),
  team: page(() => import('../features/team/pages/team-page').then(({ TeamPage }) => TeamPage)),
  subscription: page(() =>
    import('../features/billing/pages/subscription-page').then(
      ({ SubscriptionPage }) => SubscriptionPage,
    ),
  ),
  credits: page(() =>
    import('../features/credits/pages/credits-page').then(({ CreditsPage }) => CreditsPage),
  ),
  watiIntegration: page(() =>
    import('../features/wati-integration/pages/wati-integration-page').then(
      ({ WatiIntegrationPage }) => WatiIntegrationPage,
    ),
  ),
  inboxSettings: page(() =>
    import('../features/inbox-settings/pages/inbox-settings-page').then(
      ({ InboxSettingsPage }) => InboxSettingsPage,
    ),
  ),
  inboxTeams: page(() =>
    import('../features/inbox-settings/pages/teams-page').then(({ TeamsPage }) => TeamsPage),
  ),
  chatbot: page(() =>
    import('../features/chatbot/chatbot-routes').then(({ ChatbotRoutes }) => ChatbotRoutes),
  ),
  cannedResponses: page(() =>
    import('../features/inbox-settings/pages/canned-responses-page').then(
      ({ CannedResponsesPage }) => CannedResponsesPage,
    ),
  ),
};

// Titles and purposes are catalogue messages, read in the active language by the page.
const upcomingModules: { path: string; title: MessageDescriptor; purpose: MessageDescriptor }[] = [
  {
    path: paths.analytics,
    title: msg`Analytique`,
    purpose: msg`Mesurez la distribution, la lecture et les réponses de vos campagnes, et l’activité de votre équipe.`,
  },
];

const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    // Shown while the first page's chunk loads; later navigations keep the current page meanwhile.
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        element: <GuestOnly />,
        children: [
          { path: paths.signIn, lazy: pages.signIn },
          { path: paths.signUp, lazy: pages.signUp },
          { path: paths.forgotPassword, lazy: pages.forgotPassword },
        ],
      },
      // The recovery link signs the person in before they choose a password: open to both.
      { path: paths.resetPassword, lazy: pages.resetPassword },
      {
        // Readable signed out (to sign up from it) as well as signed in (to accept it).
        lazy: standaloneLayout,
        children: [{ path: paths.invitationPattern, lazy: pages.invitation }],
      },
      {
        element: <RequireSession />,
        children: [
          {
            lazy: standaloneLayout,
            children: [{ path: paths.onboarding, lazy: pages.onboarding }],
          },
          {
            // Loaded with the first page behind it: the sign-in page does not need it.
            lazy: page(() =>
              import('../features/organizations/components/workspace-gate').then(
                ({ WorkspaceGate }) => WorkspaceGate,
              ),
            ),
            children: [
              {
                // The shell (sidebar, organisation switcher) only matters once signed in: it comes
                // with the first page that needs it, not with the sign-in page.
                lazy: page(() => import('./shell/app-shell').then(({ AppShell }) => AppShell)),
                children: [
                  { path: paths.home, lazy: pages.home },
                  { path: paths.contacts, lazy: pages.contacts },
                  { path: paths.contactImport, lazy: pages.importContacts },
                  { path: paths.contactPattern, lazy: pages.contact },
                  { path: paths.segments, lazy: pages.segments },
                  { path: paths.newSegment, lazy: pages.segment },
                  { path: paths.segmentPattern, lazy: pages.segment },
                  { path: paths.templates, lazy: pages.templates },
                  { path: paths.templatePattern, lazy: pages.template },
                  { path: paths.campaigns, lazy: pages.campaigns },
                  { path: paths.newCampaign, lazy: pages.campaignBuilder },
                  { path: paths.campaignEditPattern, lazy: pages.campaignBuilder },
                  { path: paths.campaignPattern, lazy: pages.campaign },
                  // One route for the list, a conversation and its contact panel: the page stays
                  // mounted (list, scroll, Realtime) as the address moves between them.
                  { path: `${paths.inbox}/:conversationId?/:panel?`, lazy: pages.inbox },
                  ...upcomingModules.map(({ path, title, purpose }) => ({
                    path,
                    lazy: async () => {
                      const { ModulePlaceholderPage } = await import('./module-placeholder-page');
                      return { element: <ModulePlaceholderPage title={title} purpose={purpose} /> };
                    },
                  })),
                  { path: `${paths.chatbot}/*`, lazy: pages.chatbot },
                  {
                    path: paths.settings,
                    lazy: page(() =>
                      import('./settings-layout').then(({ SettingsLayout }) => SettingsLayout),
                    ),
                    children: [
                      {
                        index: true,
                        element: <Navigate to={paths.organizationSettings} replace />,
                      },
                      { path: paths.organizationSettings, lazy: pages.organizationSettings },
                      { path: paths.team, lazy: pages.team },
                      { path: paths.subscription, lazy: pages.subscription },
                      { path: paths.credits, lazy: pages.credits },
                      { path: paths.watiIntegration, lazy: pages.watiIntegration },
                      { path: paths.inboxSettings, lazy: pages.inboxSettings },
                      { path: paths.inboxTeams, lazy: pages.inboxTeams },
                      { path: paths.cannedResponses, lazy: pages.cannedResponses },
                    ],
                  },
                  {
                    path: paths.profile,
                    lazy: async () => {
                      const [{ ProfilePage }, { ChangePasswordForm }] = await Promise.all([
                        import('../features/profile/pages/profile-page'),
                        import('../features/auth/components/change-password-form'),
                      ]);
                      return { element: <ProfilePage passwordSection={<ChangePasswordForm />} /> };
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}

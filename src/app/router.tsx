import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ChangePasswordForm } from '../features/auth/components/change-password-form';
import { GuestOnly } from '../features/auth/components/guest-only';
import { RequireSession } from '../features/auth/components/require-session';
import { SignInPage } from '../features/auth/pages/sign-in-page';
import { SignUpPage } from '../features/auth/pages/sign-up-page';
import { CampaignPage } from '../features/campaigns/detail/campaign-page';
import { CampaignBuilderPage } from '../features/campaigns/pages/campaign-builder-page';
import { CampaignsPage } from '../features/campaigns/pages/campaigns-page';
import { ContactPage } from '../features/contacts/pages/contact-page';
import { ContactsPage } from '../features/contacts/pages/contacts-page';
import { ImportContactsPage } from '../features/contacts/import-wizard/import-contacts-page';
import { SegmentPage } from '../features/segments/pages/segment-page';
import { SegmentsPage } from '../features/segments/pages/segments-page';
import { SubscriptionPage } from '../features/billing/pages/subscription-page';
import { HomePage } from '../features/home/pages/home-page';
import { WorkspaceGate } from '../features/organizations/components/workspace-gate';
import { OnboardingPage } from '../features/organizations/pages/onboarding-page';
import { OrganizationSettingsPage } from '../features/organizations/pages/organization-settings-page';
import { ProfilePage } from '../features/profile/pages/profile-page';
import { InvitationPage } from '../features/team/pages/invitation-page';
import { TeamPage } from '../features/team/pages/team-page';
import { TemplatePage } from '../features/templates/pages/template-page';
import { TemplatesPage } from '../features/templates/pages/templates-page';
import { WatiIntegrationPage } from '../features/wati-integration/pages/wati-integration-page';
import { paths } from '../lib/paths';
import { ModulePlaceholderPage } from './module-placeholder-page';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';
import { SettingsLayout } from './settings-layout';
import { AppShell } from './shell/app-shell';
import { StandaloneLayout } from './standalone-layout';

const upcomingModules = [
  {
    path: paths.inbox,
    title: 'Boîte de réception',
    purpose:
      'Répondez en équipe aux conversations WhatsApp que le chatbot transmet à un agent humain.',
  },
  {
    path: paths.chatbot,
    title: 'Chatbot',
    purpose:
      'Automatisez les réponses aux questions fréquentes et passez la main à un agent quand la conversation l’exige.',
  },
  {
    path: paths.analytics,
    title: 'Analytique',
    purpose:
      'Mesurez la distribution, la lecture et les réponses de vos campagnes, et l’activité de votre équipe.',
  },
];

const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <GuestOnly />,
        children: [
          { path: paths.signIn, element: <SignInPage /> },
          { path: paths.signUp, element: <SignUpPage /> },
        ],
      },
      {
        // Readable signed out (to sign up from it) as well as signed in (to accept it).
        element: <StandaloneLayout />,
        children: [{ path: paths.invitationPattern, element: <InvitationPage /> }],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <StandaloneLayout />,
            children: [{ path: paths.onboarding, element: <OnboardingPage /> }],
          },
          {
            element: <WorkspaceGate />,
            children: [
              {
                element: <AppShell />,
                children: [
                  { path: paths.home, element: <HomePage /> },
                  { path: paths.contacts, element: <ContactsPage /> },
                  { path: paths.contactImport, element: <ImportContactsPage /> },
                  { path: paths.contactPattern, element: <ContactPage /> },
                  { path: paths.segments, element: <SegmentsPage /> },
                  { path: paths.newSegment, element: <SegmentPage /> },
                  { path: paths.segmentPattern, element: <SegmentPage /> },
                  { path: paths.templates, element: <TemplatesPage /> },
                  { path: paths.templatePattern, element: <TemplatePage /> },
                  { path: paths.campaigns, element: <CampaignsPage /> },
                  { path: paths.newCampaign, element: <CampaignBuilderPage /> },
                  { path: paths.campaignEditPattern, element: <CampaignBuilderPage /> },
                  { path: paths.campaignPattern, element: <CampaignPage /> },
                  ...upcomingModules.map(({ path, title, purpose }) => ({
                    path,
                    element: <ModulePlaceholderPage title={title} purpose={purpose} />,
                  })),
                  {
                    path: paths.settings,
                    element: <SettingsLayout />,
                    children: [
                      {
                        index: true,
                        element: <Navigate to={paths.organizationSettings} replace />,
                      },
                      { path: paths.organizationSettings, element: <OrganizationSettingsPage /> },
                      { path: paths.team, element: <TeamPage /> },
                      { path: paths.subscription, element: <SubscriptionPage /> },
                      { path: paths.watiIntegration, element: <WatiIntegrationPage /> },
                    ],
                  },
                  {
                    path: paths.profile,
                    element: <ProfilePage passwordSection={<ChangePasswordForm />} />,
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

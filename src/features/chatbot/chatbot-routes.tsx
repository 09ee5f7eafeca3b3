import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '../../lib/paths';
import { ChatbotLayout } from './chatbot-layout';
import { flowIdOf } from './flow-address';

// Chatbot's pages behind one lazy entry of the app's router (/chatbot/*): the first load carries
// no list of their chunks, only this section does. The section is small enough to pick its page
// from the address itself, without a second router.

const sectionPages: ReadonlyArray<[path: string, Page: LazyExoticComponent<ComponentType>]> = [
  [
    paths.chatbotFlows,
    lazy(() => import('./pages/flows-page').then((m) => ({ default: m.FlowsPage }))),
  ],
  [paths.chatbotFaq, lazy(() => import('./pages/faq-page').then((m) => ({ default: m.FaqPage })))],
  [
    paths.chatbotUnmatched,
    lazy(() => import('./pages/unmatched-page').then((m) => ({ default: m.UnmatchedPage }))),
  ],
  [
    paths.chatbotWati,
    lazy(() => import('./pages/wati-chatbots-page').then((m) => ({ default: m.WatiChatbotsPage }))),
  ],
  [
    paths.chatbotSettings,
    lazy(() => import('./pages/bot-settings-page').then((m) => ({ default: m.BotSettingsPage }))),
  ],
];
const FlowEditorPage = lazy(() =>
  import('./pages/flow-editor-page').then((m) => ({ default: m.FlowEditorPage })),
);

export function ChatbotRoutes() {
  const { pathname } = useLocation();
  const flowId = flowIdOf(pathname);
  if (flowId !== null) {
    return (
      <ChatbotLayout fullPage>
        <FlowEditorPage key={flowId} />
      </ChatbotLayout>
    );
  }
  const here = pathname.replace(/\/$/, '');
  const Page = sectionPages.find(([path]) => path === here)?.[1];
  if (!Page) return <Navigate to={paths.chatbotFlows} replace />;
  return (
    <ChatbotLayout>
      <Page />
    </ChatbotLayout>
  );
}

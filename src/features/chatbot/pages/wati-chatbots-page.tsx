import { useState } from 'react';
import { useWorkspace } from '../../../lib/workspace';
import type { WatiChatbot } from '../wati-chatbots/api';
import { ChatbotList } from '../wati-chatbots/components/chatbot-list';
import { RunsSection } from '../wati-chatbots/components/runs-section';
import { StartChatbotDialog } from '../wati-chatbots/components/start-chatbot-dialog';
import { canCancelRun, canStartForContact, canStartForSegment } from '../wati-chatbots/permissions';

/** Chatbot › Chatbots Wati: the chatbots built in Wati, started for a contact or a segment. */
export function WatiChatbotsPage() {
  const { organization, role } = useWorkspace();
  const [starting, setStarting] = useState<WatiChatbot | null>(null);

  return (
    <div className="flex flex-col gap-6">
      <ChatbotList
        organizationId={organization.id}
        timeZone={organization.time_zone}
        sandbox={organization.mode === 'sandbox'}
        onStart={canStartForContact(role) ? setStarting : undefined}
      />
      <RunsSection
        organizationId={organization.id}
        timeZone={organization.time_zone}
        canCancel={canCancelRun(role)}
      />
      <StartChatbotDialog
        organizationId={organization.id}
        chatbot={starting}
        segmentsAllowed={canStartForSegment(role)}
        onClose={() => setStarting(null)}
      />
    </div>
  );
}

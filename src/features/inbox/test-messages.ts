/* eslint-disable lingui/no-unlocalized-strings -- test data, not interface text */
import type { Message } from './types';

/** A message row for tests: an inbound text unless told otherwise. */
export function testMessage(overrides: Partial<Message> = {}): Message {
  const at = overrides.created_at ?? '2026-12-09T09:00:00.000Z';
  return {
    id: 'm1',
    organization_id: 'org',
    conversation_id: 'c1',
    contact_id: 'k1',
    author: 'contact',
    author_id: null,
    author_name: null,
    private: false,
    kind: 'text',
    body: 'Bonjour',
    media: null,
    template: null,
    event: null,
    mentions: [],
    reply_to_wamid: null,
    client_message_id: null,
    local_message_id: null,
    wati_message_id: null,
    whatsapp_message_id: null,
    status: null,
    failure_code: null,
    failure_reason: null,
    sent_at: null,
    delivered_at: null,
    read_at: null,
    failed_at: null,
    campaign_recipient_id: null,
    opt_out: false,
    created_at: at,
    updated_at: at,
    ...overrides,
  };
}

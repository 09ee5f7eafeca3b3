import { z } from 'zod';

// Wati's answers carry many more fields than WCAP reads, and their schema moves: objects are loose
// (unknown fields kept), and only the fields WCAP relies on are checked.

const text = z.string().nullish();
const count = z.number().nullish();

const nameValueSchema = z.looseObject({ name: z.string(), value: z.string().nullish() });

export const templateSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  category: text,
  sub_category: text,
  status: text,
  language_option: z.looseObject({ key: text, value: text, text: text }).nullish(),
  hsm: text,
  body: text,
  header: z.looseObject({ type: z.unknown(), text: text, link: text }).nullish(),
  footer: text,
  buttons: z.array(z.unknown()).nullish(),
  buttons_type: text,
  custom_params: z.array(nameValueSchema).nullish(),
  quality: text,
  last_modified: text,
  type: text,
});
export type WatiTemplate = z.infer<typeof templateSchema>;

export const templatePageSchema = z.looseObject({
  templates: z.array(templateSchema),
  page_number: count,
  page_size: count,
  total: count,
});
export type WatiTemplatePage = z.infer<typeof templatePageSchema>;

export const sendTemplateMessagesResponseSchema = z.looseObject({
  success: z.boolean(),
  broadcast_id: text,
  error: text,
  recipients: z
    .array(
      z.looseObject({
        local_message_id: text,
        phone_number: text,
        target: text,
        errors: z.array(z.string()).nullish(),
      }),
    )
    .nullish(),
});
export type WatiSendTemplateMessagesResponse = z.infer<typeof sendTemplateMessagesResponseSchema>;

export const messageSchema = z.looseObject({
  id: z.string(),
  created: text,
  conversation_id: text,
  ticket_id: text,
  event_type: text,
  text: text,
  type: text,
  timestamp: z.union([z.string(), z.number()]).nullish(),
  owner: z.boolean().nullish(),
  status: text,
  failed_detail: text,
  local_message_id: text,
});
export type WatiMessage = z.infer<typeof messageSchema>;
export const messageResponseSchema = z.looseObject({ message: messageSchema });

export const contactSchema = z.looseObject({
  id: z.string(),
  wa_id: text,
  name: text,
  phone: text,
  display_name: text,
  created: text,
  last_updated: text,
  contact_status: text,
  opted_in: z.boolean().nullish(),
  allow_broadcast: z.boolean().nullish(),
  teams: z.array(z.unknown()).nullish(),
  segments: z.array(z.unknown()).nullish(),
  custom_params: z.array(nameValueSchema).nullish(),
});
export type WatiContact = z.infer<typeof contactSchema>;

export const contactPageSchema = z.looseObject({
  contact_list: z.array(contactSchema),
  page_number: count,
  page_size: count,
});
export type WatiContactPage = z.infer<typeof contactPageSchema>;
export const contactListSchema = z.looseObject({ contact_list: z.array(contactSchema) });

export const chatbotSchema = z.looseObject({ id: z.string(), name: text, created: text });
export type WatiChatbot = z.infer<typeof chatbotSchema>;
export const chatbotPageSchema = z.looseObject({
  chatbot_list: z.array(chatbotSchema),
  page_number: count,
  page_size: count,
});
export type WatiChatbotPage = z.infer<typeof chatbotPageSchema>;

export const resultSchema = z.looseObject({ result: z.boolean() });

export const broadcastSchema = z.looseObject({
  id: z.string(),
  channel_id: text,
  name: text,
  status: text,
  template_id: text,
  created: text,
  last_updated: text,
  scheduled_at: text,
  statistics: z.record(z.string(), z.number().nullish()).nullish(),
});
export type WatiBroadcast = z.infer<typeof broadcastSchema>;
export const broadcastPageSchema = z.looseObject({
  broadcasts: z.array(broadcastSchema),
  page_number: count,
  page_size: count,
  total: count,
});
export type WatiBroadcastPage = z.infer<typeof broadcastPageSchema>;

export const broadcastRecipientSchema = z.looseObject({
  id: text,
  contact_id: text,
  contact_name: text,
  contact_phone: text,
  status: text,
  failed_code: z.union([z.string(), z.number()]).nullish(),
  local_message_id: text,
  message_id: text,
  custom_params: z.array(nameValueSchema).nullish(),
  created: text,
});
export type WatiBroadcastRecipient = z.infer<typeof broadcastRecipientSchema>;
export const broadcastRecipientPageSchema = z.looseObject({
  recipients: z.array(broadcastRecipientSchema),
  page_number: count,
  page_size: count,
  total_count: count,
});
export type WatiBroadcastRecipientPage = z.infer<typeof broadcastRecipientPageSchema>;

export const webhookEndpointSchema = z.looseObject({
  id: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()).nullish(),
  status: z.number().nullish(),
  channelPhoneNumber: text,
  tenantId: text,
});
export type WatiWebhookEndpoint = z.infer<typeof webhookEndpointSchema>;
export const webhookEndpointsResponseSchema = z.looseObject({
  ok: z.boolean(),
  result: z.array(webhookEndpointSchema).nullish(),
  message: text,
  error: text,
});

/**
 * The answer to the legacy template creation, which Wati does not document: read leniently. A
 * `result` (or `ok`) of false is a refusal, its reason in `info`, `message` or `error`, as legacy
 * routes answer business failures; the template may be echoed in `template` or at the root.
 */
export const createTemplateResponseSchema = z.looseObject({
  result: z.union([z.boolean(), z.string()]).nullish(),
  ok: z.boolean().nullish(),
  info: text,
  message: text,
  error: text,
  id: text,
  status: text,
  template: z.looseObject({ id: text, status: text }).nullish(),
});

/** What WCAP keeps of a template Wati accepted for review; either may be unknown. */
export interface WatiCreatedTemplate {
  id: string | null;
  status: string | null;
}

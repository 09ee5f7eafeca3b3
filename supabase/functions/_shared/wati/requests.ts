// Request bodies and parameters exactly as Wati's V3 API names them (snake_case), so that a field
// here can be looked up in Wati's documentation as is.

export interface WatiParam {
  name: string;
  value: string;
}

/** V3 pagination: both required, 1-based, `page_size` at most 100. */
export interface WatiPageRequest {
  page_number: number;
  page_size: number;
}

export interface WatiTemplateRecipient {
  /** Digits with country code, no `+`. One of `phone_number` and `target` is required. */
  phone_number?: string;
  /** PhoneNumber, ContactId, `Channel:PhoneNumber` or BSUID. */
  target?: string;
  /** Our correlation id, echoed back in the answer and in the `_v2` webhooks. */
  local_message_id?: string;
  /** Values for the template's named parameters (`custom_params[].name`). */
  custom_params?: WatiParam[];
}

export interface WatiSendTemplateMessagesRequest {
  template_name: string;
  /** Wati creates a broadcast under this name; it does not make the call idempotent. */
  broadcast_name: string;
  /** 1 to 10,000 recipients. */
  recipients: WatiTemplateRecipient[];
  /** Channel name or number; absent for the default channel. */
  channel?: string | null;
}

export interface WatiScheduleTemplateMessagesRequest extends WatiSendTemplateMessagesRequest {
  /** ISO date-time, UTC. */
  scheduled_at: string;
}

/** Whom a session message goes to, and the caller's own id for it. */
export interface WatiSessionTarget {
  target: string;
  /**
   * Our correlation id (the sandbox takes 1 to 100 characters), echoed back in the answer and in
   * every status webhook: the caller can file the message before sending it and match its
   * webhooks without waiting for the answer. Wati makes one up when it is absent.
   */
  local_message_id?: string;
}

export interface WatiSessionTextRequest extends WatiSessionTarget {
  text: string;
}

export interface WatiSessionFileViaUrlRequest extends WatiSessionTarget {
  file_url: string;
  caption?: string;
}

export interface WatiInteractiveMedia {
  url?: string;
  file_name?: string;
  mime_type?: string;
}

export interface WatiButtonMessage {
  /** `type` names the header kind (text, image, video, document); its casing is not documented. */
  header?: { type: string; text?: string; media?: WatiInteractiveMedia };
  /** At most 1,024 characters. */
  body: string;
  /** At most 60 characters. */
  footer?: string;
  /** 1 to 3 buttons of at most 20 characters. */
  buttons: Array<{ text: string }>;
}

export interface WatiListMessage {
  header?: string;
  body: string;
  footer?: string;
  button_text: string;
  sections: Array<{ title: string; rows: Array<{ title: string; description?: string }> }>;
}

export type WatiInteractiveRequest = WatiSessionTarget &
  (
    | { type: 'buttons'; button_message: WatiButtonMessage }
    | { type: 'list'; list_message: WatiListMessage }
  );

export interface WatiAddContactRequest {
  whatsapp_number: string;
  name: string;
  custom_params?: WatiParam[];
}

export interface WatiUpdateContactsRequest {
  // Wati's V3 body spells this one in camelCase.
  contacts: Array<{ target: string; customParams: WatiParam[] }>;
}

export interface WatiStartChatbotRequest {
  target: string;
  chatbot_id: string;
}

export interface WatiAssignTeamsRequest {
  target: string;
  /** Team names; they replace the contact's previous teams. */
  teams: string[];
}

export type WatiConversationStatus = 'open' | 'solved' | 'pending' | 'block';

/** Legacy v2 webhook subscription (V3 has none). */
export interface WatiWebhookEndpointRequest {
  /** The channel's phone number the webhook listens to. */
  phoneNumber: string;
  url: string;
  /** 0 disabled, 1 enabled. */
  status: 0 | 1;
  eventTypes: string[];
}

/**
 * Legacy template creation, `POST /{tenantId}/api/v1/whatsApp/templates`. Wati documents this
 * route thinly: the reference knows its path from a public client's route list, and its fields
 * from what the legacy template list returns (camelCase, `elementName` for the name). Neither the
 * body nor the answer is confirmed against live Wati; this is the one place that shape lives.
 * Only body templates are created here: no header, footer nor buttons.
 */
export interface WatiCreateTemplateRequest {
  /** WhatsApp's rule: lowercase letters, digits and `_`, at most 512 characters. */
  elementName: string;
  category: 'MARKETING' | 'UTILITY';
  /** WhatsApp's language code, e.g. `fr`, `en`. */
  language: string;
  /** At most 1,024 characters; variables numbered `{{1}}`, `{{2}}`… from 1 without gaps. */
  body: string;
  /** A sample value for each variable (`paramName` `1`, `2`…): WhatsApp's reviewers read them. */
  customParams: Array<{ paramName: string; paramValue: string }>;
}

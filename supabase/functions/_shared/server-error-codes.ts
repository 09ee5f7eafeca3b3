// Every code a server error carries, for the SPA to say it in the person's language (design §8:
// server errors carry a code the UI translates). Two sources:
//
// - SQL functions and triggers raise with `hint` = a code below, `message` = the French sentence
//   (the fallback when the SPA has no translation) and, when the sentence has varying parts,
//   `detail` = a JSON object of them (the keys are in SQL_ERROR_DETAIL_KEYS). supabase-js hands
//   them over as `error.hint`, `error.message` and `error.details`. The convention is written at
//   the top of supabase/migrations/20261207000000_platform.sql.
// - Edge Functions answer `{ error: { code, message } }` with a code of FUNCTION_ERROR_CODES.
//
// A code is never renamed nor given another meaning once shipped. scripts/security/
// server-error-codes.test.ts fails when a migration raises without a code, with a code missing
// here, when this file lists a code nothing raises, or when the detail keys disagree.

/** The `hint` of SQL errors meant for people, one per French sentence. */
export const SQL_ERROR_CODES = [
  // Organisations, profiles and team
  'organization_fields_protected',
  'profile_email_protected',
  'sign_in_to_create_organization',
  'country_invalid',
  'organization_name_length',
  'organization_not_found',
  'not_a_member',
  'membership_move_forbidden',
  'role_change_above_own',
  'member_removal_above_own',
  'last_owner',
  'seat_limit_reached',
  // Invitations
  'invite_requires_admin',
  'invite_role_above_own',
  'invitation_note_too_long',
  'sign_in_to_accept_invitation',
  'invitation_not_found',
  'invitation_used',
  'invitation_expired',
  'already_member',
  'invitation_revoked',
  'invitation_token_mismatch',
  'invitation_email_limit',
  // Wati integration and templates
  'wati_requires_admin',
  'wati_use_requires_admin',
  'template_sync_requires_admin',
  'template_fields_protected',
  // Contacts
  'contact_refused',
  'contact_quota_reached',
  'contact_not_found',
  'contact_edit_requires_agent',
  'contact_delete_requires_admin',
  'contact_sync_retry_requires_admin',
  'bulk_action_unknown',
  'bulk_tag_missing',
  'export_requires_admin',
  // Consent
  'resubscribe_requires_admin',
  'resubscribe_reason_required',
  'resubscribe_reason_too_long',
  'resubscribe_proof_required',
  'resubscribe_proof_too_long',
  'contact_already_subscribed',
  // Import
  'import_body_not_object',
  'import_body_unreadable',
  'import_unknown_parameter',
  'import_organization_missing',
  'import_requires_admin',
  'import_rows_not_list',
  'import_too_many_rows',
  'import_update_existing_invalid',
  'import_added_tags_invalid',
  'import_added_tags_nul',
  // Segments
  'segment_match_invalid',
  'segment_conditions_missing',
  'segment_too_many_conditions',
  'segment_condition_unreadable',
  'segment_tag_missing',
  'segment_attribute_missing',
  'segment_value_missing',
  'segment_number_expected',
  'segment_operator_unknown',
  'segment_status_unknown',
  'segment_period_empty',
  'segment_date_format',
  'segment_country_unknown',
  'segment_campaign_outcome_unknown',
  'segment_condition_type_unknown',
  'segment_name_length',
  'segment_name_taken',
  // Campaigns
  'campaign_template_not_found',
  'campaign_segment_not_found',
  'campaign_segment_gone',
  'campaign_template_missing',
  'template_not_approved',
  'campaign_estimate_requires_admin',
  'audience_invalid',
  'campaign_not_found_or_admin_only',
  'campaign_already_launched',
  'campaign_schedule_past',
  'campaign_no_recipients',
  'message_quota_insufficient',
  'campaign_not_pausable',
  'campaign_not_resumable',
  'campaign_not_cancellable',
  'campaign_outcome_unknown',
  // Inbox
  'conversation_not_found',
  'inbox_requires_agent',
  'reply_window_closed',
  'reply_length',
  'reply_file_url',
  'reply_template_not_approved',
  'reply_kind_unknown',
  'message_not_found',
  'reply_not_failed',
  'assignee_not_agent',
  'team_not_found',
  'snooze_in_past',
  'labels_too_many',
  'note_length',
  'availability_unknown',
  'capacity_requires_admin',
  'capacity_range',
  // Chatbot knowledge base (FAQ, synonyms, unmatched messages)
  'knowledge_base_requires_admin',
  'faq_answer_length',
  'faq_category_length',
  'faq_question_count',
  'faq_question_length',
  'faq_entry_not_found',
  'faq_import_not_list',
  'faq_import_empty',
  'faq_import_too_many_entries',
  'faq_import_entry_unreadable',
  'faq_import_answer_length',
  'faq_import_category_length',
  'faq_import_question_count',
  'faq_import_question_length',
  'faq_test_message_length',
  'synonym_term_invalid',
  'synonym_expansion_invalid',
  'unmatched_not_found',
  'unmatched_already_handled',
  'unmatched_too_long',
  // Chatbot flows
  'bot_flow_not_found',
  'bot_requires_admin',
  'bot_flow_unreadable',
  'bot_version_not_found',
  'bot_version_immutable',
  'bot_flow_draft_changed',
  // Wati's own chatbots
  'segment_not_found',
  'wati_chatbot_segment_requires_admin',
  'wati_chatbot_start_requires_agent',
  'wati_chatbot_contact_opted_out',
  'wati_chatbot_no_recipients',
  'wati_chatbot_run_not_found_or_admin_only',
  'wati_chatbot_run_not_cancellable',
  // Credits
  'insufficient_credits',
  'credit_ledger_append_only',
  'credit_purchase_requires_admin',
  'credit_pack_not_found',
] as const;

export type SqlErrorCode = (typeof SQL_ERROR_CODES)[number];

/**
 * The keys of the JSON object in `detail`, for the codes whose sentence has varying parts. Every
 * other code's sentence is fixed. contact_refused names its cause in `reason` (one of
 * CONTACT_REFUSAL_REASONS), with that cause's own values beside it (CONTACT_REFUSAL_DETAIL_KEYS).
 */
export const SQL_ERROR_DETAIL_KEYS = {
  seat_limit_reached: ['plan', 'limit'],
  organization_name_length: ['min', 'max'],
  invitation_note_too_long: ['max'],
  contact_quota_reached: ['limit'],
  contact_refused: ['reason'],
  resubscribe_reason_too_long: ['max'],
  resubscribe_proof_too_long: ['max'],
  import_unknown_parameter: ['parameter'],
  import_too_many_rows: ['max'],
  segment_too_many_conditions: ['max'],
  segment_condition_unreadable: ['condition'],
  segment_tag_missing: ['condition'],
  segment_attribute_missing: ['condition'],
  segment_value_missing: ['condition'],
  segment_number_expected: ['condition'],
  segment_operator_unknown: ['condition'],
  segment_status_unknown: ['condition'],
  segment_period_empty: ['condition'],
  segment_date_format: ['condition'],
  segment_country_unknown: ['condition'],
  segment_campaign_outcome_unknown: ['condition'],
  segment_condition_type_unknown: ['condition'],
  segment_name_length: ['min', 'max'],
  template_not_approved: ['template', 'status'],
  message_quota_insufficient: ['recipients', 'remaining'],
  faq_import_too_many_entries: ['max'],
  faq_import_entry_unreadable: ['entry'],
  faq_import_answer_length: ['entry'],
  faq_import_category_length: ['entry'],
  faq_import_question_count: ['entry'],
  faq_import_question_length: ['entry'],
  insufficient_credits: ['balance'],
} as const satisfies Partial<Record<SqlErrorCode, readonly string[]>>;

/**
 * Why a contact row is refused (`detail.reason` of contact_refused): the number, its country, the
 * name, the tags or the attributes. The import's report gives the same French sentences.
 */
export const CONTACT_REFUSAL_REASONS = [
  'phone_missing',
  'country_unknown',
  'calling_code_unknown',
  'country_mismatch',
  'landline',
  'special_number',
  'invalid_number',
  'name_too_long',
  'too_many_tags',
  'tag_invalid',
  'attributes_unreadable',
  'too_many_attributes',
  'attribute_key_invalid',
  'attribute_value_too_long',
] as const;

export type ContactRefusalReason = (typeof CONTACT_REFUSAL_REASONS)[number];

/**
 * The values beside `reason` in contact_refused's detail: `country` the country given, `region`
 * the number's country (or its calling code, « +882 », when it has none), `max` the limit.
 */
export const CONTACT_REFUSAL_DETAIL_KEYS = {
  country_unknown: ['country'],
  country_mismatch: ['country', 'region'],
  invalid_number: ['region'],
  name_too_long: ['max'],
  too_many_tags: ['max'],
  tag_invalid: ['max'],
  too_many_attributes: ['max'],
  attribute_key_invalid: ['max'],
  attribute_value_too_long: ['max'],
} as const satisfies Partial<Record<ContactRefusalReason, readonly string[]>>;

/** The `code` of `{ error: { code, message } }` answers of the Edge Functions. */
export const FUNCTION_ERROR_CODES = [
  // Any function (_shared/http.ts, _shared/caller.ts)
  'method_not_allowed',
  'internal_error',
  'unauthenticated',
  'forbidden',
  'invalid_input',
  // Request bodies read with _shared/bounded-json.ts
  'payload_too_large',
  'payload_too_deep',
  'invalid_json',
  // Members' requests read with _shared/person-request.ts
  'unstorable_text',
  // wati-webhook
  'invalid_webhook_secret',
  'invalid_event',
  // send-invitation-email (which also answers the SQL codes of the invitation it sends)
  'origin_not_allowed',
  'email_not_sent',
  // wati-connection
  'wati_endpoint_not_allowed',
  'wati_sandbox_endpoint',
  // Wati's answers (_shared/wati-responses.ts)
  'wati_auth',
  'wati_validation',
  'wati_rate_limit',
  'wati_quota',
  'wati_unavailable',
  'wati_not_configured',
  // inbox-send, wati-sandbox-simulate
  'sandbox_only',
  // wati-chatbots
  'wati_plan_required',
  'wati_chatbot_not_found',
  // wati-submit-template
  'template_body_invalid',
  'template_name_taken',
  'wati_template_refused',
  'wati_template_unconfirmed',
  // bot-flows, bot-simulate
  'flow_invalid',
  'flow_unreadable',
  'bot_flow_unpublished',
  'flow_not_found',
  'simulated_contact_not_found',
  // verify-otp
  'invalid_request',
  'otp_invalid',
  'too_many_requests',
  // whatsapp-webhook
  'invalid_signature',
  'invalid_body',
  'invalid_verify_token',
  'unknown_provider',
  // credits-checkout, flutterwave-webhook
  'payment_provider_unavailable',
  // credit-receipt
  'credit_receipt_not_found',
  // credit-payment-check
  'payment_not_found',
  // ai-generate (which also answers insufficient_credits, as move_credits does)
  'ai_requires_agent',
  'ai_unavailable',
  'ai_timeout',
  'ai_refused',
  'ai_invalid_output',
] as const;

export type FunctionErrorCode = (typeof FUNCTION_ERROR_CODES)[number];

export type ServerErrorCode = SqlErrorCode | FunctionErrorCode;

export const SERVER_ERROR_CODES: readonly ServerErrorCode[] = [
  ...SQL_ERROR_CODES,
  ...FUNCTION_ERROR_CODES,
];

const serverErrorCodes: ReadonlySet<string> = new Set(SERVER_ERROR_CODES);

export function isServerErrorCode(value: unknown): value is ServerErrorCode {
  return typeof value === 'string' && serverErrorCodes.has(value);
}

/**
 * The values of a SQL error's `detail` (supabase-js: `error.details`), or an empty object when it
 * has none or is not a JSON object (Postgres's own details are sentences).
 */
export function serverErrorValues(detail: unknown): Record<string, unknown> {
  if (typeof detail !== 'string' || !detail.startsWith('{')) return {};
  try {
    const parsed: unknown = JSON.parse(detail);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

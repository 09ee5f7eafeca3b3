// What keeps a draft from being published (validate.ts finds them; bot-flows refuses with them;
// the editor shows them on the faulty node, translated by code). `field` names the node's field
// at fault as a path into its data (`buttons.1.title`), so the editor can focus it.

export const FLOW_ISSUE_CODES = [
  'no_start',
  'several_starts',
  'start_without_trigger',
  'keyword_empty',
  'dangling_edge',
  'handle_several_edges',
  'unreachable_node',
  'choice_without_edge',
  'unguarded_loop',
  'text_required',
  'text_too_long',
  'header_too_long',
  'footer_too_long',
  'buttons_count',
  'button_title_empty',
  'button_title_too_long',
  'button_titles_duplicate',
  'list_rows_count',
  'list_sections_count',
  'list_button_label_invalid',
  'row_title_empty',
  'row_title_too_long',
  'row_description_too_long',
  'row_titles_duplicate',
  'section_title_required',
  'section_title_too_long',
  'media_url_invalid',
  'ask_target_missing',
  'ask_pattern_invalid',
  'condition_without_branches',
  'rule_incomplete',
  'time_invalid',
  'set_without_actions',
  'attribute_name_invalid',
  'tag_empty',
  'template_name_missing',
  'http_url_invalid',
  'http_save_invalid',
  'wait_too_long',
  'jump_target_missing',
] as const;

export type FlowIssueCode = (typeof FLOW_ISSUE_CODES)[number];

export interface FlowIssue {
  code: FlowIssueCode;
  /** The faulty node; null for what concerns the whole flow (no start node). */
  nodeId: string | null;
  /** Path of the faulty field inside the node's data, when one field is at fault. */
  field: string | null;
  /** Numbers and names the message shows: limit, length, item's title… */
  params: Record<string, string | number>;
}

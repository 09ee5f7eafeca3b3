import { FLOW_ISSUE_CODES, type FlowIssue, type FlowIssueCode } from '@shared/bot/flow-issues.ts';
import { z } from 'zod';

// bot-flows refuses a document it finds broken with 422 `{ error: { code: 'flow_invalid',
// message, issues } }`, the issues of validate.ts: the editor shows them as its own.

const knownCodes = new Set<string>(FLOW_ISSUE_CODES);

const issueSchema = z.object({
  code: z.string().refine((code) => knownCodes.has(code)),
  nodeId: z.string().nullable().catch(null),
  field: z.string().nullable().catch(null),
  params: z.record(z.string(), z.union([z.string(), z.number()])).catch({}),
});

const refusal = z.object({
  error: z.object({ code: z.literal('flow_invalid'), issues: z.array(z.unknown()) }),
});

/**
 * The issues of a flow_invalid refusal's body; null for any other body. An issue of a code this
 * version of the interface does not know is left out, not invented.
 */
export function readRefusedIssues(body: unknown): FlowIssue[] | null {
  const parsed = refusal.safeParse(body);
  if (!parsed.success) return null;
  return parsed.data.error.issues.flatMap((raw) => {
    const issue = issueSchema.safeParse(raw);
    return issue.success ? [{ ...issue.data, code: issue.data.code as FlowIssueCode }] : [];
  });
}

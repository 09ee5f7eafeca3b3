import { z } from 'zod';
import { asCaller, identifyCaller, sqlRefusal } from '../_shared/caller.ts';
import { flowDocument } from '../_shared/bot/flow.ts';
import { readFlowRequest } from '../_shared/bot/flow-request.ts';
import { frenchIssueMessage, validateFlow } from '../_shared/bot/validate.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';

const input = z.object({
  action: z.literal('publish'),
  flowId: z.uuid(),
  document: z.unknown(),
  /**
   * The draft revision the editor's document is based on: publishing is refused when another
   * save moved the draft on since. Left out, the draft is replaced whatever its revision. At most
   * Postgres's integer, which bot_flows.draft_revision is.
   */
  baseRevision: z.number().int().min(0).max(2_147_483_647).optional(),
});

/**
 * The SQL refusals of publish_bot_flow, by SQLSTATE: not found, the draft moved on from the
 * base revision, unreadable (not an admin is 42501, answered by sqlRefusal itself).
 */
const STATUS_OF_SQLSTATE = new Map([
  ['P0002', 404],
  ['P0001', 409],
  ['22023', 422],
]);

/**
 * « Publier »: the draft is checked as the runtime will run it (the schema, then every rule of
 * validate.ts: a reachable, finite flow within WhatsApp's limits) and refused with the faulty
 * nodes, each with its French sentence; otherwise it becomes a new immutable version, as the admin
 * (public.publish_bot_flow: SQL decides who may, and refuses with 409 bot_flow_draft_changed a
 * document based on a draft revision another save has moved on from).
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour publier un parcours.');
    }
    const body = await readFlowRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success)
      return errorResponse(400, 'invalid_input', 'Demande de publication invalide.');
    const document = flowDocument.safeParse(parsed.data.document);
    if (!document.success) {
      return errorResponse(
        422,
        'flow_unreadable',
        'Ce parcours est illisible : rechargez la page.',
      );
    }
    const issues = validateFlow(document.data);
    if (issues.length > 0) {
      const first = frenchIssueMessage(issues[0]!);
      return json(
        {
          error: {
            code: 'flow_invalid',
            message: `Le parcours ne peut pas être publié : ${first}`,
            issues: issues.map((issue) => ({ ...issue, message: frenchIssueMessage(issue) })),
          },
        },
        422,
      );
    }
    try {
      const version = await asCaller(caller, async (sql) => {
        const [row] = await sql<{ id: string; number: number; published_at: string }[]>`
          select v.id, v.number, v.published_at
          from public.publish_bot_flow(
            ${parsed.data.flowId},
            ${sql.json(document.data as never)},
            ${parsed.data.baseRevision ?? null}
          ) v`;
        return row!;
      });
      return json({ version });
    } catch (error) {
      const answer = sqlRefusal(error, STATUS_OF_SQLSTATE);
      if (answer) return answer;
      throw error;
    }
  }),
);

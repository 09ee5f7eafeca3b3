import { findContact } from '../contacts';
import { ok, v3Error } from '../http-answers';
import { EMAIL, isAnswer, objectBody, optionalString } from '../request-fields';
import type { ApiRoute } from '../router';
import type { SandboxConversationStatus } from '../tenant-state';

const STATUSES: readonly SandboxConversationStatus[] = ['open', 'solved', 'pending', 'block'];

export const conversationRoutes: ApiRoute[] = [
  {
    method: 'PUT',
    path: '/api/ext/v3/conversations/:target/operator',
    name: 'assignOperator',
    handle({ tenant, params, body }) {
      const fields = objectBody(body ?? {});
      if (isAnswer(fields)) return fields.answer;
      const email = optionalString(fields.value, 'assignee_email');
      if (isAnswer(email)) return email.answer;
      if (email.value !== null && !EMAIL.test(email.value)) {
        return v3Error(400, `'${email.value}' is not a valid operator email.`);
      }
      const contact = findContact(tenant, params.target ?? '');
      if (!contact) return v3Error(404, 'Conversation not found.');
      // No email hands the conversation back to the bot.
      contact.assigneeEmail = email.value;
      return ok({ result: true });
    },
  },
  {
    method: 'PUT',
    path: '/api/ext/v3/conversations/:target/status',
    name: 'updateConversationStatus',
    handle({ tenant, params, body }) {
      const fields = objectBody(body);
      if (isAnswer(fields)) return fields.answer;
      const status = fields.value.new_status as SandboxConversationStatus;
      if (!STATUSES.includes(status)) {
        return v3Error(400, `The new_status field must be one of ${STATUSES.join(', ')}.`);
      }
      const contact = findContact(tenant, params.target ?? '');
      if (!contact) return v3Error(404, 'Conversation not found.');
      contact.conversationStatus = status;
      return ok({ result: true });
    },
  },
];

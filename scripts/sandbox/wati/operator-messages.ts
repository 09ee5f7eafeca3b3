import { ensureContact } from './contacts';
import { localMessageId } from './ids';
import type { MessageLifecycle } from './message-lifecycle';
import { acceptSessionMessage, SESSION_TEXT_LIMIT } from './messages';
import { EMAIL } from './request-fields';
import {
  optionalText,
  requiredText,
  SimulationInputError,
  whatsappNumber,
  type InputFields,
} from './simulation-input';
import type { SandboxMessage, SandboxTenant } from './tenant-state';

export type OperatorMessageInput = {
  /** The contact's WhatsApp number: digits with country code. */
  to: string;
  text: string;
  /** Default: `Wati Operator`. */
  operatorName?: string;
  /** Default: the conversation's assignee, or the tenant's operator. */
  operatorEmail?: string;
};

const DEFAULT_OPERATOR_NAME = 'Wati Operator';

function operatorEmail(fields: InputFields): string | null {
  const email = optionalText(fields, 'operatorEmail');
  if (email !== null && !EMAIL.test(email)) {
    throw new SimulationInputError('operatorEmail must be an email address');
  }
  return email;
}

/**
 * Someone answers from Wati's own dashboard: a text session message WCAP never sent, under a local
 * id Wati makes up, bound by the 24-hour window like a session message sent through the API.
 */
export function sendOperatorMessage(
  tenant: SandboxTenant,
  input: OperatorMessageInput,
  lifecycle: MessageLifecycle,
): SandboxMessage {
  const fields: InputFields = input;
  const to = whatsappNumber(fields, 'to');
  const text = requiredText(fields, 'text');
  if (text.length > SESSION_TEXT_LIMIT) {
    throw new SimulationInputError(`text must be at most ${SESSION_TEXT_LIMIT} characters`);
  }
  const name = optionalText(fields, 'operatorName') || DEFAULT_OPERATOR_NAME;
  const email = operatorEmail(fields);
  const contact = ensureContact(tenant, to);
  const operator = {
    name,
    email: email ?? contact.assigneeEmail ?? `operator+${tenant.id}@wati-sandbox.example`,
  };
  return acceptSessionMessage(
    tenant,
    contact,
    { type: 'text', text, localMessageId: localMessageId(), operator },
    lifecycle,
  );
}

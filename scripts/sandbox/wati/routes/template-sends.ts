import { channelProblem } from '../channel';
import { ensureContact, PHONE_NUMBER, phoneOfTarget } from '../contacts';
import { ok, v3Error, type Answer } from '../http-answers';
import { localMessageId, objectId } from '../ids';
import { createMessage } from '../messages';
import {
  isAnswer,
  objectBody,
  optionalString,
  requiredString,
  type Checked,
} from '../request-fields';
import type { ApiRequest, ApiRoute, ApiServices } from '../router';
import {
  fillPlaceholders,
  parameterProblem,
  readNameValues,
  type NameValue,
} from '../template-params';
import type { SandboxBroadcast } from '../tenant-state';

const MAX_RECIPIENTS = 10_000;

interface Recipient {
  phoneNumber: string | null;
  target: string | null;
  localMessageId: string | null;
  params: NameValue[];
}

function readRecipients(value: unknown): Checked<Recipient[]> {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_RECIPIENTS) {
    return {
      answer: v3Error(400, `The recipients field must hold 1 to ${MAX_RECIPIENTS} items.`),
    };
  }
  const recipients: Recipient[] = [];
  for (const [index, item] of value.entries()) {
    const refuse = (problem: string) => ({
      answer: v3Error(400, `recipients[${index}]: ${problem}`),
    });
    const fields = objectBody(item);
    if (isAnswer(fields)) return refuse('must be an object.');
    const phoneNumber = optionalString(fields.value, 'phone_number');
    const target = optionalString(fields.value, 'target');
    const local = optionalString(fields.value, 'local_message_id');
    if (isAnswer(phoneNumber) || isAnswer(target) || isAnswer(local)) {
      return refuse('phone_number, target and local_message_id must be strings.');
    }
    if (!phoneNumber.value && !target.value) return refuse('phone_number or target is required.');
    const params = readNameValues(fields.value.custom_params);
    if (params === null) return refuse('custom_params must be a list of {name, value}.');
    recipients.push({
      phoneNumber: phoneNumber.value,
      target: target.value,
      localMessageId: local.value,
      params,
    });
  }
  return { value: recipients };
}

/** `POST /messageTemplates/send` and `/schedule`: validate everything, then accept per recipient. */
function sendTemplateMessages(
  { tenant, body }: ApiRequest,
  { lifecycle, timers }: ApiServices,
  scheduled: boolean,
): Answer {
  const fields = objectBody(body);
  if (isAnswer(fields)) return fields.answer;
  const templateName = requiredString(fields.value, 'template_name');
  if (isAnswer(templateName)) return templateName.answer;
  const broadcastName = requiredString(fields.value, 'broadcast_name');
  if (isAnswer(broadcastName)) return broadcastName.answer;
  const channel = optionalString(fields.value, 'channel');
  if (isAnswer(channel)) return channel.answer;
  const wrongChannel = channelProblem(tenant, channel.value);
  if (wrongChannel) return wrongChannel;
  let scheduledAt: Date | null = null;
  if (scheduled) {
    const when = requiredString(fields.value, 'scheduled_at');
    if (isAnswer(when)) return when.answer;
    scheduledAt = new Date(when.value);
    if (Number.isNaN(scheduledAt.getTime())) {
      return v3Error(400, 'The scheduled_at field must be an ISO date-time.');
    }
  }
  const recipients = readRecipients(fields.value.recipients);
  if (isAnswer(recipients)) return recipients.answer;

  const template = tenant.templates.find((candidate) => candidate.name === templateName.value);
  if (!template) return v3Error(400, `Template '${templateName.value}' was not found.`);
  if (template.status !== 'APPROVED') {
    return ok({
      success: false,
      broadcast_id: null,
      error: `Template '${template.name}' is not approved (status ${template.status}).`,
      recipients: [],
    });
  }
  for (const [index, recipient] of recipients.value.entries()) {
    const problem = parameterProblem(template, recipient.params);
    if (problem) return v3Error(400, `recipients[${index}]: ${problem}`);
  }

  const now = new Date().toISOString();
  const broadcast: SandboxBroadcast = {
    id: objectId(),
    name: broadcastName.value,
    templateId: template.id,
    templateName: template.name,
    created: now,
    lastUpdated: now,
    scheduledAt: scheduledAt?.toISOString() ?? null,
    messageIds: [],
  };
  tenant.broadcasts.set(broadcast.id, broadcast);

  const results = recipients.value.map((recipient) => {
    const local = recipient.localMessageId ?? localMessageId();
    const phone =
      recipient.phoneNumber || (recipient.target && phoneOfTarget(tenant, recipient.target));
    const echo = { local_message_id: local, phone_number: phone ?? recipient.target };
    if (!phone || !PHONE_NUMBER.test(phone)) {
      return { ...echo, errors: ['Invalid phone number format.'] };
    }
    const givenName = recipient.params.find((param) => param.name === 'name')?.value;
    const contact = ensureContact(tenant, phone, givenName);
    const message = createMessage(contact, {
      kind: 'template',
      type: 'template',
      text: fillPlaceholders(template.body, recipient.params),
      localMessageId: local,
      templateId: template.id,
      templateName: template.name,
      broadcastId: broadcast.id,
      customParams: recipient.params,
      scheduledAt: broadcast.scheduledAt ?? undefined,
    });
    tenant.messages.set(message.id, message);
    broadcast.messageIds.push(message.id);
    const start = () => lifecycle.startTemplate(tenant, message, contact, template);
    if (scheduledAt) timers.later(scheduledAt.getTime() - Date.now(), start);
    else start();
    return { ...echo, errors: [] as string[] };
  });

  return ok({ success: true, broadcast_id: broadcast.id, error: null, recipients: results });
}

export const templateSendRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/api/ext/v3/messageTemplates/send',
    name: 'sendTemplateMessages',
    sendsMessages: true,
    handle: (request, services) => sendTemplateMessages(request, services, false),
  },
  {
    method: 'POST',
    path: '/api/ext/v3/messageTemplates/schedule',
    name: 'scheduleTemplateMessages',
    sendsMessages: true,
    handle: (request, services) => sendTemplateMessages(request, services, true),
  },
];

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatiSandbox, type WatiSandbox } from './sandbox';
import { sandboxApi } from '../../../test-support/wati/sandbox-api';
import { fixture, shapeDifferences } from '../../../test-support/wati/same-shape';

// Every answer the sandbox gives is compared with a fixture written from the reference
// (shared/reference/wati-api.md): same keys at every level, same JSON types.

let sandbox: WatiSandbox;
let api: ReturnType<typeof sandboxApi>;
const V3 = '/api/ext/v3';
const awa = {
  phone_number: '237650000001',
  local_message_id: 'wcap-1',
  custom_params: [{ name: 'name', value: 'Awa' }],
};

beforeAll(async () => {
  sandbox = await startWatiSandbox({ webhookDelayMs: { sent: 1, delivered: 2, read: 3 } });
  api = sandboxApi(sandbox, '100001');
});
afterAll(() => sandbox.stop());

async function expectShape(method: string, path: string, name: string, body?: unknown) {
  const reply = await api.call(method, path, body);
  expect(shapeDifferences(reply.json, fixture(name))).toEqual([]);
  return reply;
}

describe('V3 answers match the reference', () => {
  it('templates, page and single', async () => {
    const page = await expectShape(
      'GET',
      `${V3}/messageTemplates?page_number=1&page_size=100`,
      'v3-message-templates',
    );
    const [first] = (page.json as { templates: Array<{ id: string }> }).templates;
    await expectShape('GET', `${V3}/messageTemplates/${first?.id}`, 'v3-message-template');
  });

  it('template send, accepted with a bad number among the recipients', async () => {
    const reply = await expectShape(
      'POST',
      `${V3}/messageTemplates/send`,
      'v3-send-template-messages',
      {
        template_name: 'bienvenue',
        broadcast_name: 'shapes',
        recipients: [awa, { ...awa, phone_number: '+237 6500', local_message_id: 'wcap-2' }],
      },
    );
    expect(reply.json).toMatchObject({
      success: true,
      recipients: [
        { local_message_id: 'wcap-1', phone_number: '237650000001', errors: [] },
        { local_message_id: 'wcap-2', errors: ['Invalid phone number format.'] },
      ],
    });
  });

  it('template send refused for a template that is not approved', async () => {
    const reply = await expectShape(
      'POST',
      `${V3}/messageTemplates/send`,
      'v3-send-template-messages-refused',
      {
        template_name: 'enquete_satisfaction',
        broadcast_name: 'shapes',
        recipients: [{ phone_number: '237650000001' }],
      },
    );
    expect(reply.status).toBe(200);
  });

  it('schedule answers like send', async () => {
    await expectShape('POST', `${V3}/messageTemplates/schedule`, 'v3-send-template-messages', {
      template_name: 'bienvenue',
      broadcast_name: 'later',
      scheduled_at: new Date(Date.now() + 3_600_000).toISOString(),
      recipients: [awa],
    });
  });

  it('errors: {code, message, timestamp}', async () => {
    const reply = await expectShape('POST', `${V3}/messageTemplates/send`, 'v3-error', {});
    expect(reply.status).toBe(400);
  });

  it('session text, file and interactive messages', async () => {
    const target = '237650000001';
    await expectShape('POST', `${V3}/conversations/messages/text`, 'v3-session-message', {
      target,
      text: 'Bonjour',
    });
    await expectShape('POST', `${V3}/conversations/messages/fileViaUrl`, 'v3-session-message', {
      target,
      file_url: 'https://cdn.cnsa.example/guide.pdf',
      caption: 'Le guide',
    });
    await expectShape('POST', `${V3}/conversations/messages/interactive`, 'v3-session-message', {
      target,
      type: 'buttons',
      button_message: { body: 'Votre choix ?', buttons: [{ text: 'Oui' }, { text: 'Non' }] },
    });
  });

  it('contacts: add, get, list, update', async () => {
    await expectShape('POST', `${V3}/contacts`, 'v3-contact', {
      whatsapp_number: '237650000002',
      name: 'Jean',
      custom_params: [{ name: 'ville', value: 'Douala' }],
    });
    await expectShape('GET', `${V3}/contacts/237650000002`, 'v3-contact');
    await expectShape('GET', `${V3}/contacts?page_number=1&page_size=20`, 'v3-contacts');
    await expectShape('PUT', `${V3}/contacts`, 'v3-contacts-updated', {
      contacts: [{ target: '237650000002', customParams: [{ name: 'ville', value: 'Yaoundé' }] }],
    });
  });

  it('chatbots, teams, operator and status', async () => {
    const page = await expectShape(
      'GET',
      `${V3}/chatbots?page_number=1&page_size=20`,
      'v3-chatbots',
    );
    const [chatbot] = (page.json as { chatbot_list: Array<{ id: string }> }).chatbot_list;
    const target = '237650000002';
    await expectShape('POST', `${V3}/chatbots/start`, 'v3-result', {
      target,
      chatbot_id: chatbot?.id,
    });
    await expectShape('PUT', `${V3}/contacts/teams`, 'v3-result', { target, teams: ['Support'] });
    await expectShape('PUT', `${V3}/conversations/${target}/operator`, 'v3-result', {
      assignee_email: 'agent@cnsa.example',
    });
    await expectShape('PUT', `${V3}/conversations/${target}/status`, 'v3-result', {
      new_status: 'solved',
    });
  });

  it('broadcast read-back', async () => {
    const list = await expectShape(
      'GET',
      `${V3}/broadcasts?page_number=1&page_size=20`,
      'v3-broadcasts',
    );
    const [broadcast] = (list.json as { broadcasts: Array<{ id: string }> }).broadcasts;
    await expectShape('GET', `${V3}/broadcasts/${broadcast?.id}`, 'v3-broadcast');
    await expectShape(
      'GET',
      `${V3}/broadcasts/${broadcast?.id}/recipients?page_number=1&page_size=20`,
      'v3-broadcast-recipients',
    );
  });
});

describe('legacy answers match the reference', () => {
  it('v1 templates, camelCase with elementName, from the same store', async () => {
    const reply = await expectShape(
      'GET',
      '/100001/api/v1/getMessageTemplates?pageSize=100&pageNumber=1',
      'v1-message-templates',
    );
    const names = (reply.json as { messageTemplates: Array<{ elementName: string }> })
      .messageTemplates;
    expect(names.map((template) => template.elementName)).toContain('rappel_rendez_vous');
  });

  it('v2 webhook subscription', async () => {
    await expectShape('POST', '/100001/api/v2/webhookEndpoints', 'v2-webhook-endpoints', [
      {
        phoneNumber: '237650000000',
        url: 'http://127.0.0.1:9/never',
        status: 0,
        eventTypes: ['message'],
      },
    ]);
  });
});

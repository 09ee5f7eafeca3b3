import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatiSandbox, type WatiSandbox } from './sandbox';
import { TEMPLATE_BODY_MAX, TEMPLATE_NAME_MAX } from './template-creation';
import { sandboxApi } from '../../../test-support/wati/sandbox-api';
import { fixture, shapeDifferences } from '../../../test-support/wati/same-shape';
import {
  startWebhookReceiver,
  type ReceivedEvent,
  type WebhookReceiver,
} from '../../../test-support/wati/webhook-receiver';

// Legacy template creation: what WhatsApp would refuse is refused, the rest is kept pending, then
// reviewed (approved, or rejected for `sandbox_reject…` names) and told by `templateReviewed`.

const CREATE = (tenantId: string) => `/${tenantId}/api/v1/whatsApp/templates`;
const LIST = '/api/ext/v3/messageTemplates?page_number=1&page_size=100';
const REVIEW_DELAY_MS = 40;

let sandbox: WatiSandbox;
/** Reviews in a minute: what a pending template is, without racing the review. */
let slowSandbox: WatiSandbox;
let receiver: WebhookReceiver;
let tenants = 0;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  const webhookRetry = { attempts: 1, intervalMs: 10, timeoutMs: 1000 };
  sandbox = await startWatiSandbox({ templateReviewDelayMs: REVIEW_DELAY_MS, webhookRetry });
  slowSandbox = await startWatiSandbox({ templateReviewDelayMs: 60_000, webhookRetry });
});
afterAll(async () => {
  await sandbox.stop();
  await slowSandbox.stop();
  await receiver.stop();
});

/** A fresh tenant whose webhooks reach the receiver. */
function freshTenant(on: WatiSandbox = sandbox) {
  tenants += 1;
  const tenantId = `templates-${tenants}`;
  on.addTenant({ id: tenantId, webhookUrl: `${receiver.url}?tenant=${tenantId}` });
  const { call, token } = sandboxApi(on, tenantId);
  const create = (body: unknown, authorization?: string | null) =>
    call('POST', CREATE(tenantId), body, authorization);
  return { tenantId, call, create, token };
}

const promo = (fields: Record<string, unknown> = {}) => ({
  elementName: 'promo_soldes',
  category: 'MARKETING',
  language: 'fr',
  body: 'Bonjour {{1}}, les soldes commencent le {{2}} à Douala !',
  customParams: [
    { paramName: '1', paramValue: 'Awa' },
    { paramName: '2', paramValue: '2 janvier' },
  ],
  ...fields,
});

const reviewOf = (name: string) => (event: ReceivedEvent) =>
  event.eventType === 'templateReviewed' && event.templateName === name;

describe('template creation', () => {
  it('keeps the template pending until the review: listed, not sendable', async () => {
    const { call, create } = freshTenant(slowSandbox);
    const reply = await create(promo());
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      result: true,
      template: {
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        elementName: 'promo_soldes',
        status: 'PENDING',
        customParams: [
          { paramName: '1', paramValue: 'Awa' },
          { paramName: '2', paramValue: '2 janvier' },
        ],
      },
    });
    const id = (reply.json as { template: { id: string } }).template.id;
    const listed = await call('GET', LIST);
    expect((listed.json as { templates: unknown[] }).templates).toContainEqual(
      expect.objectContaining({
        id,
        name: 'promo_soldes',
        category: 'MARKETING',
        status: 'PENDING',
        language_option: expect.objectContaining({ value: 'fr' }),
        body: 'Bonjour {{1}}, les soldes commencent le {{2}} à Douala !',
        header: null,
        footer: null,
        buttons: [],
        custom_params: [
          { name: '1', value: 'Awa' },
          { name: '2', value: '2 janvier' },
        ],
      }),
    );
    // A pending template cannot be sent yet.
    const early = await call('POST', '/api/ext/v3/messageTemplates/send', {
      template_name: 'promo_soldes',
      broadcast_name: 'trop-tot',
      recipients: [{ phone_number: '237650000001', custom_params: [] }],
    });
    expect(early.json).toMatchObject({
      success: false,
      error: "Template 'promo_soldes' is not approved (status PENDING).",
    });
  });

  it('approves it after the review, posts templateReviewed, and then it can be sent', async () => {
    const { tenantId, call, create } = freshTenant();
    const reply = await create(promo());
    const id = (reply.json as { template: { id: string } }).template.id;
    const [event] = await receiver.waitFor(
      (received) => reviewOf('promo_soldes')(received) && received.watiTemplateId === id,
    );
    expect(shapeDifferences(event, fixture('webhook-template-reviewed'))).toEqual([]);
    expect(event).toMatchObject({
      watiTemplateId: id,
      oldTemplateStatus: 1,
      newTemplateStatus: 2,
      channelPhoneNumber: sandbox.tenant(tenantId).channel.phoneNumber,
    });
    expect(sandbox.tenant(tenantId).templates.find((t) => t.id === id)?.status).toBe('APPROVED');

    const sent = await call('POST', '/api/ext/v3/messageTemplates/send', {
      template_name: 'promo_soldes',
      broadcast_name: 'soldes',
      recipients: [
        {
          phone_number: '237650000002',
          custom_params: [
            { name: '1', value: 'Jean' },
            { name: '2', value: '3 janvier' },
          ],
        },
      ],
    });
    expect(sent.json).toMatchObject({ success: true });
  });

  it('rejects templates named sandbox_reject…', async () => {
    const { tenantId, create } = freshTenant();
    const reply = await create(promo({ elementName: 'sandbox_reject_promo' }));
    expect(reply.json).toMatchObject({ result: true, template: { status: 'PENDING' } });
    const [event] = await receiver.waitFor(reviewOf('sandbox_reject_promo'));
    expect(event).toMatchObject({ oldTemplateStatus: 1, newTemplateStatus: 3 });
    const template = sandbox.tenant(tenantId).templates.find((t) => t.name === event!.templateName);
    expect(template?.status).toBe('REJECTED');
  });

  it('refuses a name the tenant already uses in that language, not in another', async () => {
    const { tenantId, create } = freshTenant();
    expect((await create(promo())).json).toMatchObject({ result: true });
    expect((await create(promo())).json).toEqual({
      result: false,
      info: "A template named 'promo_soldes' already exists for language 'fr'.",
    });
    // The seeded templates count too.
    expect((await create(promo({ elementName: 'bienvenue' }))).json).toMatchObject({
      result: false,
      info: expect.stringContaining('already exists'),
    });
    expect((await create(promo({ language: 'en' }))).json).toMatchObject({ result: true });
    const named = sandbox.tenant(tenantId).templates.filter((t) => t.name === 'promo_soldes');
    expect(named.map((t) => t.language_option.value).sort()).toEqual(['en', 'fr']);
  });

  it.each([
    ['an uppercase name', { elementName: 'Promo' }, 'lowercase letters'],
    ['a name with a space', { elementName: 'promo soldes' }, 'lowercase letters'],
    ['a name too long', { elementName: 'a'.repeat(TEMPLATE_NAME_MAX + 1) }, 'at most 512'],
    [
      'a body too long',
      { body: 'é'.repeat(TEMPLATE_BODY_MAX + 1), customParams: [] },
      'at most 1024',
    ],
    ['a named variable', { body: 'Bonjour {{name}}, à bientôt.', customParams: [] }, 'written'],
    ['unbalanced braces', { body: 'Bonjour {{1}, à bientôt.', customParams: [] }, 'braces'],
    [
      'a gap in the numbering',
      {
        body: 'Bonjour {{1}}, rendez-vous le {{3}} !',
        customParams: [
          { paramName: '1', paramValue: 'Awa' },
          { paramName: '3', paramValue: 'lundi' },
        ],
      },
      'without gaps',
    ],
    ['a variable first', { body: '{{1}}, les soldes commencent le {{2}} !' }, 'start or end'],
    ['a variable last', { body: 'Bonjour {{1}}, les soldes commencent le {{2}}' }, 'start or end'],
    ['variables side by side', { body: 'Bonjour {{1}} {{2}}, à bientôt.' }, 'next to each other'],
    [
      'a missing sample',
      { customParams: [{ paramName: '1', paramValue: 'Awa' }] },
      'missing for {{2}}',
    ],
    [
      'an empty sample',
      {
        customParams: [
          { paramName: '1', paramValue: 'Awa' },
          { paramName: '2', paramValue: ' ' },
        ],
      },
      'missing for {{2}}',
    ],
    [
      'a sample for no variable',
      {
        customParams: [
          { paramName: '1', paramValue: 'Awa' },
          { paramName: '2', paramValue: 'lundi' },
          { paramName: 'ville', paramValue: 'Douala' },
        ],
      },
      'ville',
    ],
  ])('refuses %s, keeping nothing', async (_case, fields, reason) => {
    const { tenantId, create } = freshTenant();
    const before = sandbox.tenant(tenantId).templates.length;
    const reply = await create(promo(fields));
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ result: false, info: expect.stringContaining(reason) });
    expect(sandbox.tenant(tenantId).templates).toHaveLength(before);
  });

  it.each([
    ['a body that is not an object', [promo()], 'JSON object'],
    ['no name', { ...promo(), elementName: undefined }, 'elementName'],
    ['an authentication template', promo({ category: 'AUTHENTICATION' }), 'category'],
    ['a language that is no code', promo({ language: 'français' }), 'language'],
    ['samples that are not pairs', promo({ customParams: [{ name: '1', value: 'Awa' }] }), '[0]'],
  ])('answers 400 to %s', async (_case, body, field) => {
    const { create } = freshTenant();
    const reply = await create(body);
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ code: 400, message: expect.stringContaining(field) });
  });

  it("needs the tenant's own token", async () => {
    const { create } = freshTenant();
    const other = freshTenant();
    expect((await create(promo(), null)).status).toBe(401);
    expect((await create(promo(), `Bearer ${other.token}`)).status).toBe(401);
    expect(sandbox.calls(other.tenantId)).toEqual([]);
  });
});

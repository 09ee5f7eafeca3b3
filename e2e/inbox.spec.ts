import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { demoAccount, hasHorizontalScroll, signIn } from './support/accounts';
import { seriousAxeViolations } from './support/axe';
import {
  demoMemberClient,
  serviceClient,
  signInTo,
  testWithOrganization,
  type ThrowawayOrganization,
} from './support/throwaway-organization';

// « Boîte de réception »: a contact writes through the Wati sandbox (« Simuler un message »), the
// message arrives live, an agent answers, the sandbox receives the reply once and its ticks move
// forward; once the contact's 24-hour window is closed, the composer offers templates only. Each
// test has an organisation of its own in sandbox mode, removed afterwards.

const screenshotDir = 'test-results/screenshots';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

const test = testWithOrganization({ label: 'Boite e2e', demoData: true });

type SandboxMessage = {
  text: string | null;
  status: string;
  kind: string;
  templateName: string | null;
};

/** What the organisation's Wati sandbox workspace accepted, in order. */
async function sandboxMessages(
  request: APIRequestContext,
  organizationId: string,
): Promise<SandboxMessage[]> {
  const response = await request.get(
    `${required('WCAP_WATI_SANDBOX_URL')}/_sandbox/tenants/${organizationId}/messages`,
    { headers: { Authorization: `Bearer ${required('WCAP_WATI_SANDBOX_TOKEN')}` } },
  );
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { messages: SandboxMessage[] }).messages;
}

/** A contact writes through the organisation's Wati sandbox workspace, as from their phone. */
async function sandboxInbound(
  request: APIRequestContext,
  organizationId: string,
  from: string,
  text: string,
): Promise<void> {
  const response = await request.post(
    `${required('WCAP_WATI_SANDBOX_URL')}/_sandbox/tenants/${organizationId}/inbound`,
    {
      headers: { Authorization: `Bearer ${required('WCAP_WATI_SANDBOX_TOKEN')}` },
      data: { from, text },
    },
  );
  expect(response.ok()).toBe(true);
}

/** « Simuler un message »: the contact `name` (+237 6 90 …) writes `text`. */
async function contactWrites(page: Page, phone: string, name: string, text: string) {
  await page.getByRole('button', { name: 'Simuler un message' }).click();
  const dialog = page.getByRole('dialog', { name: 'Simuler un message' });
  await dialog.getByLabel('Numéro du contact (avec l’indicatif)').fill(phone);
  await dialog.getByLabel('Nom affiché (facultatif)').fill(name);
  await dialog.getByLabel('Texte', { exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Simuler', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The demo's campaign, as README's « npm start » walk-through has an admin launch it: the sandbox's
 * templates synchronised, « bienvenue » sent to « Assurés de Douala ». Returns a recipient who has
 * read it (the sandbox always fails +237650131026).
 */
async function demoCampaignRead(organization: ThrowawayOrganization) {
  const { client: admin } = await demoMemberClient('admin');
  const synced = await admin.functions.invoke('wati-sync-templates', {
    body: { organizationId: organization.id },
  });
  expect(synced.error).toBeNull();
  const [template, segment] = await Promise.all([
    admin
      .from('whatsapp_templates')
      .select('id')
      .eq('organization_id', organization.id)
      .eq('name', 'bienvenue')
      .single(),
    admin
      .from('segments')
      .select('id')
      .eq('organization_id', organization.id)
      .eq('name', 'Assurés de Douala')
      .single(),
  ]);
  if (template.error) throw template.error;
  if (segment.error) throw segment.error;
  const draft = await admin
    .from('campaigns')
    .insert({
      organization_id: organization.id,
      name: 'Bienvenue Douala',
      template_id: template.data.id,
      parameter_mapping: { name: { source: 'field', value: 'name' } },
      audience: { kind: 'segment', segmentId: segment.data.id },
    })
    .select('id')
    .single();
  if (draft.error) throw draft.error;
  const launched = await admin.rpc('launch_campaign', { campaign_id: draft.data.id });
  expect(launched.error).toBeNull();
  let recipient: { name: string; phone: string } | undefined;
  await expect
    .poll(
      async () => {
        const read = await admin
          .from('campaign_recipients')
          .select('contacts(name, phone)')
          .eq('campaign_id', draft.data.id)
          .eq('status', 'read')
          .limit(1);
        if (read.error) throw read.error;
        const contact = read.data[0]?.contacts;
        recipient = contact?.name ? { name: contact.name, phone: contact.phone } : undefined;
        return recipient !== undefined;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  return recipient!;
}

/** The seeded agent (agent@cnsa-demo.test) joins the organisation as an agent. */
async function demoAgentJoins(organization: ThrowawayOrganization) {
  const { userId } = await demoMemberClient('agent');
  const joined = await serviceClient()
    .from('memberships')
    .insert({ organization_id: organization.id, user_id: userId, role: 'agent' });
  expect(joined.error).toBeNull();
}

function conversationLink(page: Page, name: string) {
  return page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link')
    .filter({ hasText: name });
}

test('a contact writes, the agent answers live and, once the window is closed, sends a template', async ({
  page,
  organization,
  request,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, organization);

  // The sandbox's templates, synchronised: what the composer offers outside the window. The
  // welcome template's {{name}} comes from the contact's name.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Modèles' })
    .click();
  await page.getByRole('button', { name: 'Synchroniser' }).first().click();
  await expect(page.getByText(/^\d+ modèles reçus/)).toBeVisible();
  const mapped = await serviceClient()
    .from('whatsapp_templates')
    .update({ parameter_mapping: { name: { source: 'field', value: 'name' } } })
    .eq('organization_id', organization.id)
    .eq('name', 'bienvenue');
  expect(mapped.error).toBeNull();

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Boîte de réception' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boîte de réception' })).toBeVisible();
  await page.getByRole('button', { name: 'Toutes', exact: true }).click();
  await expect(page.getByText('Aucune conversation pour l’instant')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const question = 'Bonjour, mon rendez-vous de demain est-il confirmé ?';
  await contactWrites(page, '237690004242', 'Awa Inbox', question);

  // Live: no reload.
  const item = conversationLink(page, 'Awa Inbox');
  await expect(item).toBeVisible({ timeout: 20_000 });
  await expect(item).toContainText(question);
  await item.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Awa Inbox' })).toBeVisible();
  await expect(page.getByText(/^Fenêtre ouverte encore 2[34] h/)).toBeVisible();
  const thread = page.getByRole('region', { name: 'Messages de la conversation' });
  await expect(thread.getByText(question)).toBeVisible();

  // The reply leaves once, even clicked twice; its ticks move forward as Wati reports.
  const reply = 'Bonjour Awa, oui : il est confirmé pour demain à 9 h.';
  const composer = page.getByLabel('Réponse au contact');
  await composer.fill(reply);
  await page.getByRole('button', { name: 'Envoyer', exact: true }).dblclick();
  await expect(composer).toHaveValue('');
  const bubble = thread.getByRole('article').filter({ hasText: reply });
  await expect(bubble).toHaveCount(1);
  await expect(bubble.getByRole('img', { name: 'Lu' })).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(async () =>
      (await sandboxMessages(request, organization.id)).filter((message) => message.text === reply),
    )
    .toHaveLength(1);
  // Replying took the conversation.
  await expect(page.getByRole('button', { name: 'M’assigner' })).toBeHidden();

  await page.screenshot({ path: `${screenshotDir}/inbox-1280.png` });
  expect(await seriousAxeViolations(page)).toEqual([]);

  // A day later: the contact's last message is 25 hours old, the window closes on screen.
  const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString();
  const aged = await serviceClient()
    .from('conversations')
    .update({ last_inbound_at: dayAgo })
    .eq('organization_id', organization.id);
  expect(aged.error).toBeNull();
  await expect(page.getByText('Fenêtre fermée', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(composer).toHaveCount(0);
  await expect(
    page.getByText(/La fenêtre de 24 heures est fermée : seul un modèle approuvé/),
  ).toBeVisible();

  await page.getByLabel('Modèle approuvé').selectOption({ label: 'bienvenue (fr)' });
  await expect(page.getByLabel('{{name}}')).toHaveValue('Awa Inbox');
  await page.getByRole('button', { name: 'Envoyer le modèle' }).click();
  const templateBubble = thread.getByRole('article').filter({ hasText: 'Modèle « bienvenue »' });
  await expect(templateBubble).toContainText('Bonjour Awa Inbox, bienvenue');
  await expect(templateBubble.getByRole('img', { name: /^(Envoyé|Délivré|Lu)$/ })).toBeVisible({
    timeout: 20_000,
  });
  await expect
    .poll(async () =>
      (await sandboxMessages(request, organization.id)).some(
        (message) => message.templateName === 'bienvenue',
      ),
    )
    .toBe(true);

  // Resolved with Alt+E, reopened from the header.
  await page.keyboard.press('Alt+e');
  await expect(page.getByText('Conversation résolue.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rouvrir' })).toBeVisible();
});

test('on a phone, an agent answers a contact who replies to the demo campaign', async ({
  page,
  request,
  organization,
}) => {
  test.setTimeout(180_000);
  await demoAgentJoins(organization);
  const recipient = await demoCampaignRead(organization);
  const phone = recipient.phone.replace(/\D/g, '');

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, demoAccount('agent'));
  await page
    .getByRole('banner')
    .getByLabel('Organisation active')
    .selectOption({ label: organization.name });
  await expect(page.getByText(`${organization.name} · vous êtes agent`)).toBeVisible();
  await page.goto('/boite-de-reception?vue=all');
  await expect(page.getByRole('heading', { level: 1, name: 'Boîte de réception' })).toBeVisible();

  const question = 'Bonsoir, où se trouve le centre de vaccination ?';
  await contactWrites(page, phone, recipient.name, question);
  const item = conversationLink(page, recipient.name);
  await expect(item).toBeVisible({ timeout: 20_000 });
  await item.click();

  // The thread replaces the list, with its address and a way back.
  await expect(page).toHaveURL(/\/boite-de-reception\/[0-9a-f-]{36}\?vue=all$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Boîte de réception' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: recipient.name })).toBeVisible();
  const thread = page.getByRole('region', { name: 'Messages de la conversation' });
  await expect(thread.getByText(question)).toBeVisible();
  // The campaign message the contact answers is in the thread, as it was sent.
  await expect(
    thread.getByRole('article').filter({
      hasText: `Bonjour ${recipient.name}, bienvenue sur le canal WhatsApp`,
    }),
  ).toBeVisible();

  const reply = 'Bonsoir, au centre de santé de Bonanjo, ouvert de 8 h à 15 h.';
  await page.getByLabel('Réponse au contact').fill(reply);
  await page.getByLabel('Réponse au contact').press('Enter');
  const bubble = thread.getByRole('article').filter({ hasText: reply });
  await expect(bubble.getByRole('img', { name: /^(Envoyé|Délivré|Lu)$/ })).toBeVisible({
    timeout: 20_000,
  });
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshotDir}/inbox-360-thread.png` });

  // The contact's details, then back to the thread and to the list.
  await page.getByRole('link', { name: 'Fiche contact' }).click();
  await expect(page).toHaveURL(/\/contact\?vue=all$/);
  await expect(page.getByRole('link', { name: 'Ouvrir la fiche du contact' })).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);
  await page.getByRole('link', { name: 'Conversation', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: recipient.name })).toBeVisible();
  await page.getByRole('link', { name: 'Conversations', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boîte de réception' })).toBeVisible();
  await expect(conversationLink(page, recipient.name)).toContainText(reply);
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The contact's page follows the conversation live.
  await conversationLink(page, recipient.name).click();
  await page.getByRole('link', { name: 'Fiche contact' }).click();
  await page.getByRole('link', { name: 'Ouvrir la fiche du contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: recipient.name })).toBeVisible();
  const history = page.getByRole('region', { name: 'Messages' });
  await expect(history).toContainText(reply);
  await sandboxInbound(request, organization.id, phone, 'Merci, à demain.');
  await expect(history).toContainText('Merci, à demain.', { timeout: 20_000 });
});

test('two agents on one conversation see each other look at it and type', async ({
  browser,
  page,
  organization,
}) => {
  test.setTimeout(180_000);
  await demoAgentJoins(organization);
  // Agents see every conversation here, the one another has taken too.
  const settings = await serviceClient()
    .from('inbox_settings')
    .update({ agents_see_all: true })
    .eq('organization_id', organization.id);
  expect(settings.error).toBeNull();

  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, organization);
  await page.goto('/boite-de-reception?vue=all');
  await contactWrites(page, '237690004444', 'Nina Presence', 'Bonjour, qui me répond ?');
  await conversationLink(page, 'Nina Presence').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nina Presence' })).toBeVisible();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await context.newPage();
  await signIn(other, demoAccount('agent'));
  await other
    .getByRole('banner')
    .getByLabel('Organisation active')
    .selectOption({ label: organization.name });
  await expect(other.getByText(`${organization.name} · vous êtes agent`)).toBeVisible();
  await other.goto('/boite-de-reception?vue=all');
  await conversationLink(other, 'Nina Presence').click();
  await expect(other.getByRole('heading', { level: 2, name: 'Nina Presence' })).toBeVisible();

  await expect(page.getByText(/consulte aussi cette conversation$/)).toBeVisible({
    timeout: 15_000,
  });
  await other.getByLabel('Réponse au contact').fill('Je m’en occupe');
  await expect(page.getByText(/ écrit…$/)).toBeVisible({ timeout: 15_000 });
  await context.close();
});

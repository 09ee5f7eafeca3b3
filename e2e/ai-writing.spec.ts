import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { hasHorizontalScroll } from './support/accounts';
import { seriousAxeViolations } from './support/axe';
import { stackInfo, stackSql } from './support/stack';
import { signInTo, testWithOrganization } from './support/throwaway-organization';

// « Rédiger avec l'IA » where agents and admins write: in the inbox composer (a reply from the
// conversation so far) and in the FAQ editor (an answer). The stack's LLM sandbox answers; each
// generation costs one credit, shown before and after; an empty wallet is refused with the way to
// buy credits. Each test has an organisation of its own, its wallet set by an adjustment.

const test = testWithOrganization({ label: 'IA e2e' });

/** The wallet set to `target` credits, as the platform's admins would adjust it. */
async function setBalance(organizationId: string, target: number) {
  const [wallet] = await stackSql<{ balance: string }>(
    'select balance from public.credit_wallets where organization_id = $1',
    [organizationId],
  );
  const delta = target - Number(wallet!.balance);
  if (delta === 0) return;
  await stackSql(`select * from private.move_credits($1, $2, 'adjustment', $3)`, [
    organizationId,
    delta,
    `test:${randomUUID()}`,
  ]);
}

/** « Simuler un message »: a contact writes through the organisation's Wati sandbox. */
async function contactWrites(page: Page, phone: string, name: string, text: string) {
  await page.getByRole('button', { name: 'Simuler un message' }).click();
  const dialog = page.getByRole('dialog', { name: 'Simuler un message' });
  await dialog.getByLabel('Numéro du contact (avec l’indicatif)').fill(phone);
  await dialog.getByLabel('Nom affiché (facultatif)').fill(name);
  await dialog.getByLabel('Texte', { exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Simuler', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The user messages of the chat completions the LLM sandbox answered. */
async function modelInputs(request: APIRequestContext): Promise<string[]> {
  const { url, token } = stackInfo().sandboxes.llm as { url: string; token: string };
  const response = await request.get(`${url}/_sandbox/requests`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.ok()).toBe(true);
  const { requests } = (await response.json()) as {
    requests: { messages: { role: string; content: unknown }[] }[];
  };
  return requests.flatMap((entry) =>
    entry.messages
      .filter((message) => message.role === 'user' && typeof message.content === 'string')
      .map((message) => message.content as string),
  );
}

/** Generates in the open dialog; returns the three variants' texts. */
async function generate(page: Page, balanceBefore: number) {
  const dialog = page.getByRole('dialog', { name: 'Rédiger avec l’IA' });
  await expect(dialog.getByText(`Solde : ${balanceBefore} crédits`)).toBeVisible();
  await expect(
    dialog.getByText(
      '1 crédit par génération, débité seulement si les trois propositions sont valides.',
    ),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Générer', exact: true }).click();
  const proposals = dialog.getByRole('region', { name: 'Trois propositions' }).getByRole('article');
  await expect(proposals).toHaveCount(3, { timeout: 30_000 });
  // Paid once the three came back, and said so.
  const after = balanceBefore - 1;
  await expect(dialog.getByText(`Solde : ${after} crédit${after > 1 ? 's' : ''}`)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Générer à nouveau' })).toBeVisible();
  await expect(dialog.getByText(/^Générer à nouveau coûte un autre crédit/)).toBeVisible();
  const texts: string[] = [];
  for (const proposal of await proposals.all()) {
    await expect(proposal.getByText(/^\d+ caractères$/)).toBeVisible();
    texts.push(await proposal.getByRole('paragraph').first().innerText());
  }
  expect(new Set(texts).size).toBe(3);
  return { dialog, proposals, texts };
}

test('an agent’s reply is drafted from the conversation, put in the composer, paid one credit', async ({
  page,
  request,
  organization,
}) => {
  test.setTimeout(120_000);
  await setBalance(organization.id, 3);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, organization);
  await page.goto('/boite-de-reception?vue=all');
  const question = `Bonjour, le centre de Bonanjo est-il ouvert samedi ? (${randomUUID().slice(0, 8)})`;
  await contactWrites(page, '237690005151', 'Awa IA', question);
  const item = page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link')
    .filter({ hasText: 'Awa IA' });
  await expect(item).toBeVisible({ timeout: 20_000 });
  await item.click();
  const thread = page.getByRole('region', { name: 'Messages de la conversation' });
  await expect(thread.getByText(question)).toBeVisible();

  await page.getByRole('button', { name: 'Rédiger avec l’IA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rédiger avec l’IA' });
  await expect(dialog.getByLabel('Décrivez le message')).toHaveValue(
    'Répondre au dernier message du client',
  );
  await expect(dialog.getByLabel('Langue')).toHaveValue('');
  expect(await seriousAxeViolations(page)).toEqual([]);

  const { proposals, texts } = await generate(page, 3);
  expect(await seriousAxeViolations(page)).toEqual([]);
  // The model read the conversation so far.
  await expect
    .poll(async () => (await modelInputs(request)).some((input) => input.includes(question)))
    .toBe(true);
  expect((await modelInputs(request)).find((input) => input.includes(question))).toContain(
    `Client : ${question}`,
  );

  // « Copier » says it to screen readers; « Utiliser ce texte » fills the composer, not sent.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await proposals.nth(1).getByRole('button', { name: 'Copier' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Proposition 2 copiée' }),
  ).toBeVisible();
  await proposals.first().getByRole('button', { name: 'Utiliser ce texte' }).click();
  await expect(dialog).toBeHidden();
  const composer = page.getByLabel('Réponse au contact');
  await expect(composer).toHaveValue(texts[0]!);
  await expect(composer).toBeFocused();
  await expect(thread.getByRole('article').filter({ hasText: texts[0]! })).toHaveCount(0);

  // Opened again, the paid proposals are still there.
  await page.getByRole('button', { name: 'Rédiger avec l’IA' }).click();
  await expect(dialog.getByRole('article')).toHaveCount(3);
  await expect(dialog.getByText('Solde : 2 crédits')).toBeVisible();

  // An empty wallet: refused before the model is asked, nothing debited, a way to buy credits.
  await setBalance(organization.id, 0);
  await dialog.getByRole('button', { name: 'Générer à nouveau' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Crédits insuffisants : il vous reste 0 crédit.',
  );
  await expect(dialog.getByText('Solde : 0 crédit')).toBeVisible();
  const buy = dialog.getByRole('link', { name: 'Acheter des crédits' });
  await expect(buy).toHaveAttribute('href', '/parametres/credits');
  await expect(dialog.getByRole('article')).toHaveCount(3);
  await buy.click();
  await expect(page).toHaveURL(/\/parametres\/credits$/);
  await expect(dialog).toBeHidden();
});

test('on a phone, an FAQ answer is drafted from its question and fills the answer', async ({
  page,
  organization,
}) => {
  test.setTimeout(120_000);
  await setBalance(organization.id, 2);
  // Chosen at a desktop's width, where the banner shows the organisation switcher.
  await signInTo(page, organization);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/chatbot/faq');
  await page.getByRole('button', { name: 'Nouvelle réponse' }).first().click();
  const entry = page.getByRole('dialog', { name: 'Nouvelle réponse' });
  const question = 'À quelle heure ouvre le centre de vaccination de Bonanjo ?';
  await entry.getByLabel('Question 1').fill(question);

  await entry.getByRole('button', { name: 'Rédiger avec l’IA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rédiger avec l’IA' });
  await expect(dialog.getByLabel('Décrivez le message')).toHaveValue(
    `Répondre à la question « ${question} »`,
  );
  // Escape closes the AI's dialog only: the entry being written stays open.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(entry).toBeVisible();
  await expect(entry.getByLabel('Question 1')).toHaveValue(question);

  await entry.getByRole('button', { name: 'Rédiger avec l’IA' }).click();
  await dialog.getByLabel('Langue').selectOption({ label: 'Français' });
  const { proposals, texts } = await generate(page, 2);
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/ai-writing-360.png', fullPage: true });

  await proposals.nth(2).getByRole('button', { name: 'Utiliser ce texte' }).click();
  await expect(dialog).toBeHidden();
  await expect(entry).toBeVisible();
  await expect(entry.getByLabel('Réponse du bot')).toHaveValue(texts[2]!);

  await entry.getByRole('button', { name: 'Ajouter à la FAQ' }).click();
  await expect(entry).toBeHidden();
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  const saved = await stackSql<{ answer: string }>(
    'select answer from public.faq_entries where organization_id = $1',
    [organization.id],
  );
  expect(saved.map((row) => row.answer)).toEqual([texts[2]!.trim()]);
});

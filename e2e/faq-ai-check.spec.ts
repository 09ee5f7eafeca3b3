import { expect, type Locator } from '@playwright/test';
import { hasHorizontalScroll } from './support/accounts';
import { seriousAxeViolations } from './support/axe';
import { copyDemoFaq } from './support/demo-faq';
import { clearModelScript, scriptFaqChoice } from './support/llm-sandbox';
import { stackSql } from './support/stack';
import { demoMemberClient, signInTo, testWithOrganization } from './support/throwaway-organization';

// Chatbot › FAQ's AI check (issue 16): admins turn it on in Chatbot › Réglages, and « Tester »
// then asks the model which of the closest entries answers a message (« Vérifier avec l’IA »).
// The stack's LLM sandbox is the model, scripted to choose. Each test has an organisation of its
// own, with the demo organisation's FAQ.

const test = testWithOrganization({
  label: 'FAQ IA e2e',
  prepare: (organization) => copyDemoFaq(organization.id),
});

test.afterEach(async () => {
  await clearModelScript();
});

const storedAiCheck = async (organizationId: string) =>
  (
    await stackSql<{ faq_ai_check: boolean }>(
      'select faq_ai_check from public.bot_settings where organization_id = $1',
      [organizationId],
    )
  )[0]!.faq_ai_check;

/** Types `message` in « Tester » and waits for its candidates to replace the previous ones. */
async function testMessage(tester: Locator, message: string) {
  await tester.getByLabel('Message à tester').fill(message);
  // The outcome of the previous message goes as soon as the new one is asked; the button stays
  // disabled until its candidates replace the previous ones.
  await expect(
    tester.getByRole('paragraph').filter({ hasText: /^(Le bot répondrait|L’IA ne trouve)/ }),
  ).toHaveCount(0);
  await expect(tester.getByRole('button', { name: 'Vérifier avec l’IA' })).toBeEnabled();
  return tester.getByRole('list').getByRole('listitem');
}

test('an admin turns the AI check on in the bot’s settings', async ({ page, organization }) => {
  await signInTo(page, organization);
  await page.goto('/chatbot/reglages');
  const aiCheck = page.getByRole('checkbox', { name: 'Vérifier les réponses de la FAQ avec l’IA' });
  await expect(aiCheck).not.toBeChecked();
  await expect(aiCheck).toHaveAccessibleDescription(/^L’IA lit chaque message/);
  await aiCheck.check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages du chatbot enregistrés.')).toBeVisible();
  expect(await storedAiCheck(organization.id)).toBe(true);

  await page.reload();
  await expect(aiCheck).toBeChecked();
});

test('on a phone, « Tester » shows the entry the AI chooses, or that it finds none', async ({
  page,
  organization,
}) => {
  const { client } = await demoMemberClient('admin');
  const turnedOn = await client
    .from('bot_settings')
    .update({ faq_ai_check: true })
    .eq('organization_id', organization.id);
  expect(turnedOn.error).toBeNull();
  // Chosen at a desktop's width, where the banner shows the organisation switcher.
  await signInTo(page, organization);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/chatbot/faq');
  const tester = page.getByRole('region', { name: 'Tester' });
  const check = tester.getByRole('button', { name: 'Vérifier avec l’IA' });

  // Three entries close enough to be offered to the model; it chooses the second.
  const candidates = await testMessage(tester, 'c’est combien la cotisation');
  await expect(candidates).toHaveCount(3);
  await expect(
    tester.getByText(/^Avec la vérification par l’IA, le bot enverrait l’entrée que l’IA choisit/),
  ).toBeVisible();
  const second = await candidates.nth(1).getByRole('paragraph').first().innerText();
  await scriptFaqChoice('2');
  await check.click();
  const chosen = tester.getByRole('paragraph').filter({ hasText: 'Le bot répondrait' });
  await expect(chosen).toContainText(`Le bot répondrait : « ${second} »`);
  await expect(chosen.getByText('choisie par l’IA', { exact: true })).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await chosen.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/faq-ai-check-360.png' });

  // Another message, whose best entry reaches the threshold (60 %): the model finds that none
  // answers it, and the bot would not answer.
  const confident = await testMessage(tester, 'carte perdue remboursement');
  const best = Number(
    await confident.first().getByRole('progressbar').getAttribute('aria-valuenow'),
  );
  expect(best).toBeGreaterThanOrEqual(60);
  await scriptFaqChoice('none');
  await check.click();
  await expect(
    tester.getByText(
      'L’IA ne trouve aucune entrée qui réponde : le bot dirait qu’il n’a pas compris.',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(tester.getByText('Le bot répondrait', { exact: false })).toHaveCount(0);
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

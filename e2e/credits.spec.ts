import { expect, test, type Page } from '@playwright/test';
import {
  askSignInCode,
  firstBox,
  personalOrganizationOf,
  type Phone,
} from './support/whatsapp-login';
import {
  freshCameroonianMobile,
  messagesTo,
  nextCodeTo,
  nextMessagesTo,
  writeToPlatform,
} from './support/whatsapp-sandbox';

// Issue 18 from end to end, as one person lives it: they log in with WhatsApp (and get a personal
// organisation with its 5 welcome credits), buy a pack in the Flutterwave sandbox's hosted
// checkout with Mobile Money, see the balance grow without reloading, draft a campaign text with
// « Rédiger avec l’IA » for one credit, then spend and read the same wallet from WhatsApp.

async function logInWithWhatsApp(page: Page, phone: Phone) {
  await askSignInCode(page, phone);
  await firstBox(page).fill(await nextCodeTo(phone.e164));
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 15_000,
  });
}

/** The balance the Crédits page shows, as a number. */
const balanceCard = (page: Page) => page.getByRole('region', { name: 'Solde', exact: true });

async function expectBalance(page: Page, credits: number) {
  await expect(balanceCard(page).getByText(String(credits), { exact: true })).toBeVisible({
    timeout: 20_000,
  });
}

/**
 * Flutterwave sends the person back to the site URL the stack's functions know (config.toml's
 * site_url), which is not the port this run's SPA listens on: the return is brought to it.
 */
async function bringReturnToThisSite(page: Page) {
  const here = new URL(page.url()).origin;
  await page.route(
    (url) => url.pathname === '/parametres/credits' && url.origin !== here,
    (route) => {
      const target = new URL(route.request().url());
      return route.fulfill({
        status: 302,
        headers: { location: `${here}${target.pathname}${target.search}` },
      });
    },
  );
}

test('a pack bought with Mobile Money shows live, « Rédiger avec l’IA » spends one credit, and WhatsApp spends the same wallet', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const phone = freshCameroonianMobile();
  await logInWithWhatsApp(page, phone);

  // The personal organisation, named after the number, with its welcome credits.
  const organization = await personalOrganizationOf(phone);
  expect(organization.name).toMatch(/^Espace de \+237/);

  await page.goto('/parametres/credits');
  await expect(page.getByRole('heading', { level: 2, name: 'Acheter des crédits' })).toBeVisible();
  await expectBalance(page, 5);

  // Buying 50 credits: Flutterwave's hosted page, Mobile Money, approved as on the phone.
  await bringReturnToThisSite(page);
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: '50 crédits' }) })
    .getByRole('button', { name: 'Acheter' })
    .click();
  await expect(page.getByRole('heading', { name: /^Payer / })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('5 000 FCFA')).toBeVisible();
  await page.getByRole('radio', { name: 'Mobile Money' }).check();
  await page.getByLabel('Numéro de téléphone').fill(phone.national.replaceAll(' ', ''));
  // The sandbox's button stands for the person approving the prompt on their phone.
  await page.getByRole('button', { name: 'Approuver le paiement' }).click();

  await expect(page).toHaveURL(/\/parametres\/credits\?paiement=wcap-/, { timeout: 20_000 });
  await expect(page.getByText('Paiement reçu : +50 crédits')).toBeVisible({ timeout: 30_000 });
  await expectBalance(page, 55);

  // The campaign builder drafts three variants for one credit.
  await page.goto('/campagnes/nouvelle');
  await page.getByRole('button', { name: 'Rédiger avec l’IA' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Rédiger avec l’IA' });
  await expect(dialog.getByText('Solde : 55 crédits')).toBeVisible();
  await dialog
    .getByLabel('Décrivez le message')
    .fill('Promotion : -20 % sur les consultations à Douala ce samedi');
  await dialog.getByRole('button', { name: 'Générer', exact: true }).click();
  await expect(
    dialog.getByRole('region', { name: 'Trois propositions' }).getByRole('article'),
  ).toHaveCount(3, { timeout: 30_000 });
  await expect(dialog.getByText('Solde : 54 crédits')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/parametres/credits');
  await expectBalance(page, 54);

  // From WhatsApp: GEN gives three variants and the balance left; the page follows live; SOLDE
  // reads the same wallet as the web.
  const before = (await messagesTo(phone.e164)).length;
  await writeToPlatform(phone.e164, 'GEN Rappel : le centre de Bonanjo ouvre samedi à 8 h');
  const [generated] = await nextMessagesTo(phone.e164, { already: before });
  expect(generated!.text).toMatch(/\*1\.\* [\s\S]+\*2\.\* [\s\S]+\*3\.\* /);
  expect(generated!.text).toContain('il vous reste 53 crédits');
  await expectBalance(page, 53);

  await writeToPlatform(phone.e164, 'SOLDE');
  const [balance] = await nextMessagesTo(phone.e164, { already: before + 1 });
  expect(balance!.text).toContain(`Solde de ${organization.name} : 53 crédits.`);
  expect(balance!.text).toMatch(/Pour recharger : \S+\/parametres\/credits/);
});

import { expect, test, type Page } from '@playwright/test';
import { demoAccount, hasHorizontalScroll, signIn } from './support/accounts';

// Screenshots stay in test-results/ (Playwright empties it at the start of each run).
const screenshotDir = 'test-results/screenshots';

const shellPages = [
  '/',
  '/contacts',
  '/parametres/organisation',
  '/parametres/equipe',
  '/parametres/abonnement',
  '/profil',
];

async function expectNoHorizontalScrollOn(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Wait for the data-driven parts (lists, meters) before measuring.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await hasHorizontalScroll(page), `horizontal scroll on ${path}`).toBe(false);
  }
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the shell shows the sidebar and fits the width', async ({ page }) => {
    // Nine full page loads of the dev server: on a loaded machine they outlast the default 30 s.
    test.slow();
    await signIn(page, demoAccount('owner'));
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ouvrir le menu' })).toBeHidden();

    await expectNoHorizontalScrollOn(page, shellPages);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}/shell-1280.png`, fullPage: true });
    await page.goto('/parametres/equipe');
    await expect(page.getByRole('list', { name: 'Membres de l’équipe' })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}/team-1280.png`, fullPage: true });
    await page.goto('/parametres/abonnement');
    await expect(page.getByRole('progressbar', { name: 'Agents' })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}/subscription-1280.png`, fullPage: true });
  });
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the shell fits a phone, with the navigation in a drawer', async ({ page }) => {
    test.slow();
    await signIn(page, demoAccount('owner'));
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.getByRole('banner').getByText('Mode bac à sable')).toBeAttached();

    await expectNoHorizontalScrollOn(page, shellPages);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}/shell-375.png`, fullPage: true });

    // The drawer: focus moves in, Tab stays in, Escape closes and gives focus back.
    const menuButton = page.getByRole('button', { name: 'Ouvrir le menu' });
    await menuButton.click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('link', { name: 'Boîte de réception' })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}/drawer-375.png` });
    for (let press = 0; press < 15; press += 1) {
      await page.keyboard.press('Tab');
      expect(
        await drawer.evaluate((element) => element.contains(element.ownerDocument.activeElement)),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(menuButton).toBeFocused();

    // A link of the drawer navigates and closes it.
    await menuButton.click();
    await drawer.getByRole('link', { name: 'Chatbot' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Chatbot' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Sections du chatbot' }).getByRole('link', {
        name: 'Parcours',
      }),
    ).toBeVisible();
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.goto('/parametres/equipe');
    await expect(page.getByRole('list', { name: 'Membres de l’équipe' })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}/team-375.png`, fullPage: true });
  });

  test('the skip link leads to the main content', async ({ page }) => {
    await signIn(page, demoAccount('owner'));
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu principal' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts';

// A fresh account: the demo accounts' language must stay French for the other specs.
test('the user menu and the profile switch the interface language and keep the choice', async ({
  page,
}) => {
  const stamp = Date.now();
  await page.goto('/inscription');
  await signUp(page, {
    fullName: 'Lang Test',
    email: `langue-${stamp}@wcap.test`,
    password: 'LangueMdp2026!',
  });
  await page.getByLabel('Nom de l’organisation').fill(`Ecole Langue ${stamp}`);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('banner').getByRole('button', { name: 'Mon compte' }).click();
  const languages = page.getByRole('radiogroup', { name: 'Langue' });
  const french = languages.getByRole('radio', { name: 'Français' });
  const english = languages.getByRole('radio', { name: 'English' });
  await expect(french).toHaveAttribute('aria-checked', 'true');
  await expect(french).toHaveAttribute('lang', 'fr');
  await expect(english).toHaveAttribute('aria-checked', 'false');
  await expect(english).toHaveAttribute('lang', 'en');

  await english.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The page under the menu is drawn again in English, figures and all.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Messages this month' })).toBeVisible();
  await expect(page.getByText('No templates yet.')).toBeVisible();
  await expect(page.getByRole('navigation').first()).not.toContainText('Tableau de bord');
  // The menu is drawn again in English, still open, the focus on the chosen language.
  const languagesEn = page.getByRole('radiogroup');
  await expect(languagesEn.getByRole('radio', { name: 'English' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(languagesEn.getByRole('radio', { name: 'English' })).toBeFocused();

  // Keyboard: the arrows move through the group and choose.
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('radio', { name: 'Français' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Français' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('Escape');

  // The profile's select applies the language on save, and the choice survives a reload.
  await page.goto('/profil');
  const select = page.locator('select');
  await expect(select).toHaveValue('fr');
  await select.selectOption('en');
  await page.locator('button[type="submit"]').first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('select')).toHaveValue('en');

  // Validation messages and money follow the language too.
  await page.getByLabel('Full name').fill('');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Full name')).not.toHaveAccessibleDescription(/requis/);
  await page.goto('/parametres/abonnement');
  await expect(page.getByText('75,000\u00a0FCFA').first()).toBeVisible();
});

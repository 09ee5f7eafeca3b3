import { expect, test } from '@playwright/test';

function demoLogin(): { email: string; password: string } {
  const email = process.env.WCAP_DEMO_EMAIL;
  const password = process.env.WCAP_DEMO_PASSWORD;
  if (!email || !password) {
    throw new Error('WCAP_DEMO_EMAIL and WCAP_DEMO_PASSWORD must be set by the e2e global setup');
  }
  return { email, password };
}

test('a visitor is sent to sign-in, signs in with the demo login and signs out', async ({
  page,
}) => {
  const { email, password } = demoLogin();
  const signInHeading = page.getByRole('heading', { level: 1, name: 'Connexion' });
  const emailField = page.getByLabel('Adresse e-mail');
  const passwordField = page.getByLabel('Mot de passe');
  const signInButton = page.getByRole('button', { name: 'Se connecter' });
  const dashboardHeading = page.getByRole('heading', { level: 1, name: 'Tableau de bord' });

  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(signInHeading).toBeVisible();
  await expect(page.getByRole('link', { name: 'Créer un compte' })).toHaveAttribute(
    'href',
    '/inscription',
  );

  await emailField.fill(email);
  await passwordField.fill(`${password}-faux`);
  await signInButton.click();
  await expect(page.getByRole('alert')).toHaveText('E-mail ou mot de passe incorrect.');
  await expect(page).toHaveURL(/\/connexion$/);

  await passwordField.fill(password);
  await signInButton.click();
  await expect(dashboardHeading).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  // The shell: the seeded organisation, its sandbox badge, the modules.
  const header = page.getByRole('banner');
  await expect(header.getByText('CNSA (démo)', { exact: true })).toBeVisible();
  await expect(header.getByText('Mode bac à sable')).toBeVisible();
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  for (const module of ['Tableau de bord', 'Contacts', 'Campagnes', 'Paramètres']) {
    await expect(navigation.getByRole('link', { name: module })).toBeVisible();
  }

  // The session survives a reload, and a signed-in user is kept away from the sign-in page.
  await page.goto('/connexion');
  await expect(dashboardHeading).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  const accountButton = header.getByRole('button', { name: 'Mon compte' });
  await accountButton.click();
  await expect(accountButton).toHaveAttribute('aria-expanded', 'true');
  await expect(header.getByText(email, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(accountButton).toHaveAttribute('aria-expanded', 'false');
  await expect(accountButton).toBeFocused();

  await accountButton.click();
  await header.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(signInHeading).toBeVisible();

  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion$/);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the sign-in form explains invalid input in French', async ({ page }) => {
    await page.goto('/connexion');
    const emailField = page.getByLabel('Adresse e-mail');
    const passwordField = page.getByLabel('Mot de passe');
    const signInButton = page.getByRole('button', { name: 'Se connecter' });

    await signInButton.click();
    await expect(emailField).toHaveAttribute('aria-invalid', 'true');
    await expect(emailField).toHaveAccessibleDescription('Adresse e-mail requise');
    await expect(passwordField).toHaveAccessibleDescription('Mot de passe requis');

    await emailField.fill('awa@cnsa');
    await passwordField.fill('secret');
    await signInButton.click();
    await expect(emailField).toHaveAccessibleDescription('Adresse e-mail invalide');
    await expect(passwordField).not.toHaveAttribute('aria-invalid');

    for (const control of [emailField, passwordField, signInButton]) {
      const box = await control.boundingBox();
      if (!box) throw new Error('form control is not rendered');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
  });

  test('an unknown address shows the French not-found page', async ({ page }) => {
    await page.goto('/nulle-part');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  });
});

import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts';

test('a user changes their password and signs in with the new one', async ({ page }) => {
  const stamp = Date.now();
  const account = {
    fullName: 'Paul Motdepasse',
    email: `mdp-${stamp}@wcap.test`,
    password: 'AncienMdp2026!',
  };
  const newPassword = 'NouveauMdp2026!';

  await page.goto('/inscription');
  await signUp(page, account);
  await page.getByLabel('Nom de l’organisation').fill(`Ecole Avenir ${stamp}`);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();

  await page.goto('/profil');
  await expect(page.getByLabel('Nom complet')).toHaveValue('Paul Motdepasse');
  const password = page.getByLabel('Nouveau mot de passe', { exact: true });
  const confirmation = page.getByLabel('Confirmation du nouveau mot de passe');
  const submit = page.getByRole('button', { name: 'Modifier le mot de passe' });

  await password.fill(newPassword);
  await confirmation.fill(`${newPassword}x`);
  await submit.click();
  await expect(confirmation).toHaveAccessibleDescription('Les mots de passe ne correspondent pas');

  // The server's refusal, in French.
  await password.fill(account.password);
  await confirmation.fill(account.password);
  await submit.click();
  await expect(
    page.getByText('Le nouveau mot de passe doit être différent de l’actuel.'),
  ).toBeVisible();

  await password.fill(newPassword);
  await confirmation.fill(newPassword);
  await submit.click();
  await expect(page.getByText(/^Mot de passe modifié/)).toBeVisible();
  await expect(password).toHaveValue('');

  await page.getByRole('banner').getByRole('button', { name: 'Mon compte' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('E-mail ou mot de passe incorrect.')).toBeVisible();
  await page.getByLabel('Mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
});

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

test('the profile reads a national number with the organisation’s country, and the avatar keeps whole letters', async ({
  page,
}) => {
  const stamp = Date.now();
  await page.goto('/inscription');
  await signUp(page, {
    fullName: 'Émilie 😀 Ngono',
    email: `profil-${stamp}@wcap.test`,
    password: 'ProfilMdp2026!',
  });
  // The organisation's country is Cameroon (the default): numbers without a prefix are read as such.
  await page.getByLabel('Nom de l’organisation').fill(`Ecole Profil ${stamp}`);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();

  // Initials are cut by grapheme, the emoji skipped: « ÉN », never half an emoji.
  const account = page.getByRole('banner').getByRole('button', { name: 'Mon compte' });
  await expect(account.locator('[aria-hidden="true"]')).toHaveText('ÉN');

  await page.goto('/profil');
  const phone = page.getByLabel('Téléphone');
  await expect(phone).toHaveAccessibleDescription(
    'Numéro national (Cameroun) ou international, avec l’indicatif du pays.',
  );
  await phone.fill('12345');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/^Numéro invalide/);

  // The national form a contact form accepts is accepted here too, and stored in E.164.
  await phone.fill('677123456');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Profil enregistré.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Téléphone')).toHaveValue('+237677123456');
});

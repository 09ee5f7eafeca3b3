import { expect, test } from '@playwright/test';
import { demoAccount, signIn } from './support/accounts';

test('a viewer reads the settings but cannot manage the team', async ({ page }) => {
  await signIn(page, demoAccount('viewer'));
  await page.goto('/parametres');
  await expect(page).toHaveURL(/\/parametres\/organisation$/);
  const sections = page.getByRole('navigation', { name: 'Sections des paramètres' });
  await expect(sections.getByRole('link', { name: 'Équipe', exact: true })).toHaveCount(0);
  await expect(page.getByText('Seuls les propriétaires et les administrateurs')).toBeVisible();
  await expect(page.getByText('CNSA (démo)', { exact: true }).last()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);

  await page.goto('/parametres/equipe');
  await expect(page.getByText('Accès réservé aux propriétaires et administrateurs')).toBeVisible();
});

test('an admin manages the team but may not grant the owner role', async ({ page }) => {
  await signIn(page, demoAccount('admin'));
  await page.goto('/parametres/equipe');
  const members = page.getByRole('list', { name: 'Membres de l’équipe' });
  await expect(members.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByLabel('Rôle', { exact: true }).getByRole('option')).toHaveText([
    'Administrateur',
    'Agent',
    'Lecteur',
  ]);
  // The owner's row has no controls for an admin; the agent's row has.
  const ownerRow = members.getByRole('listitem').filter({ hasText: 'Awa Proprio' });
  await expect(ownerRow.getByRole('combobox')).toHaveCount(0);
  await expect(ownerRow.getByRole('button', { name: /Retirer/ })).toHaveCount(0);
  const agentRow = members.getByRole('listitem').filter({ hasText: 'Chantal Agent' });
  await expect(agentRow.getByLabel('Rôle de Chantal Agent')).toHaveValue('agent');
  await expect(agentRow.getByRole('button', { name: 'Retirer Chantal Agent' })).toBeVisible();
});

test('the subscription page shows the plan, the price in FCFA and accessible meters', async ({
  page,
}) => {
  await signIn(page, demoAccount('owner'));
  await page.goto('/parametres/abonnement');
  const current = page.getByRole('region', { name: 'Offre actuelle' });
  // Plans are named in the reader's language, not with the database's English names.
  await expect(current.getByText('Professionnel', { exact: true })).toBeVisible();
  await expect(current.getByText('200\u202f000\u00a0FCFA')).toBeVisible();
  const agents = page.getByRole('progressbar', { name: 'Agents' });
  await expect(agents).toHaveAttribute('aria-valuemin', '0');
  await expect(agents).toHaveAttribute('aria-valuemax', '5');
  await expect(agents).toHaveAttribute('aria-valuenow', '3');
  await expect(page.getByRole('progressbar', { name: 'Contacts' })).toHaveAttribute(
    'aria-valuemax',
    '25000',
  );
  const comparison = page.getByRole('region', { name: 'Comparer les offres' });
  await expect(comparison.getByRole('heading', { level: 3 })).toHaveText([
    'Essentiel',
    'Professionnel',
    'Entreprise',
  ]);
  await expect(comparison.getByText('25\u202f000 contacts')).toBeVisible();
  await expect(comparison.getByText('Messages illimités')).toBeVisible();
});

test('the profile validates the phone number in French and saves it', async ({ page }) => {
  await signIn(page, demoAccount('agent'));
  await page.getByRole('banner').getByRole('button', { name: 'Mon compte' }).click();
  await page.getByRole('link', { name: 'Mon profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue(demoAccount('agent').email);
  const phone = page.getByLabel('Téléphone');
  await phone.fill('12345');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/^Numéro invalide/);
  // A national number is read with the organisation's country (Cameroon), as in contact forms.
  await phone.fill('699123456');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Profil enregistré.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Téléphone')).toHaveValue('+237699123456');

  // Password change: validated in French before anything is sent.
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
  await page.getByLabel('Confirmation du nouveau mot de passe').fill('court');
  await page.getByRole('button', { name: 'Modifier le mot de passe' }).click();
  await expect(
    page.getByLabel('Nouveau mot de passe', { exact: true }),
  ).toHaveAccessibleDescription(/au moins 8 caractères/);
});

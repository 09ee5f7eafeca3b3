import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts';
import { watiSandboxWorkspace } from './support/wati-sandbox';

test('a new organisation goes live with its Wati credentials, then back to the sandbox', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const stamp = Date.now();
  await page.goto('/inscription');
  await signUp(page, {
    fullName: 'Marc Directeur',
    email: `directeur-${stamp}@wcap.test`,
    password: 'Directeur2026!',
  });
  await expect(page).toHaveURL(/\/bienvenue$/);
  await page.getByLabel('Nom de l’organisation').fill(`Centre Médical ${stamp}`);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner.getByText('Mode bac à sable')).toBeAttached();

  await page.getByRole('link', { name: 'Relier le compte Wati de l’organisation' }).click();
  await expect(page).toHaveURL(/\/parametres\/integration-wati$/);
  const workspace = await watiSandboxWorkspace(request, `e2e-${stamp}`);
  const endpoint = page.getByLabel('Adresse de l’API (API Endpoint URL)');
  const token = page.getByLabel('Jeton d’accès');
  const form = page.getByRole('region', { name: 'Passer en production' });

  // Wati refuses a wrong token: the French message shows in the form, nothing is saved.
  await endpoint.fill(workspace.endpoint);
  await token.fill('jeton-invalide-copie-a-moitie-000000');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByRole('alert')).toContainText('Wati refuse ce jeton');
  await expect(page.getByText('Mode bac à sable : les envois sont simulés.')).toBeVisible();

  await token.fill(workspace.token);
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Identifiants Wati enregistrés')).toBeVisible();
  const mode = page.getByRole('region', { name: 'Mode d’envoi' });
  await expect(mode.getByText('Connecté à Wati')).toBeVisible();
  await expect(mode.getByText(`••••••••${workspace.token.slice(-4)}`)).toBeVisible();
  await expect(mode.getByText(/Dernière vérification réussie le/)).toBeVisible();
  // The token is never kept in the page after saving.
  const credentials = page.getByRole('region', { name: 'Identifiants Wati' });
  await expect(credentials.getByLabel('Jeton d’accès')).toHaveValue('');
  await expect(credentials.getByLabel('Jeton d’accès')).toHaveAttribute('type', 'password');
  await expect(credentials.getByLabel('Adresse de l’API (API Endpoint URL)')).toHaveValue(
    workspace.endpoint,
  );
  await expect(banner.getByText('Mode bac à sable')).toHaveCount(0);

  await mode.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(mode.getByRole('status')).toContainText(
    'Connexion réussie à Wati : 7 modèles disponibles.',
  );

  await mode.getByRole('button', { name: 'Revenir au bac à sable' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revenir au bac à sable ?' });
  await expect(dialog).toContainText('Les identifiants Wati enregistrés seront supprimés');
  await dialog.getByRole('button', { name: 'Revenir au bac à sable' }).click();
  await expect(page.getByText('L’organisation est revenue en mode bac à sable.')).toBeVisible();
  await expect(page.getByText('Mode bac à sable : les envois sont simulés.')).toBeVisible();
  await expect(page.getByText('••••')).toHaveCount(0);
  // The earlier test result spoke of the credentials just removed.
  await expect(mode.getByRole('status')).toBeEmpty();
  await expect(banner.getByText('Mode bac à sable')).toBeAttached();
});

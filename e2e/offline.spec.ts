import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts';

// Offline on a phone in a taxi: the page says so, what the person saves waits, and it is sent when
// the network comes back, without a reload and without losing what was typed.
test('offline, a save waits with a notice and goes through on reconnection', async ({
  page,
  context,
}) => {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto('/inscription');
  await signUp(page, {
    fullName: 'Hors Ligne',
    email: `hors-ligne-${stamp}@wcap.test`,
    password: 'HorsLigne2026!',
  });
  await page.getByLabel('Nom de l’organisation').fill(`Taxi ${stamp}`);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await page.goto('/profil');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();

  const notice = page.getByText('Hors connexion.');
  await expect(notice).toHaveCount(0);
  await context.setOffline(true);
  await expect(notice).toBeVisible();

  await page.getByLabel('Nom complet').fill('Hors Ligne Renommée');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  // Held, not failed: no error, and nothing saved yet.
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(page.getByText('Profil enregistré.')).toHaveCount(0);

  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
  await expect(page.getByText('Profil enregistré.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Nom complet')).toHaveValue('Hors Ligne Renommée');
});

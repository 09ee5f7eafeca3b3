import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { createNodeClient } from '../scripts/node-supabase-client';
import { demoAccount, hasHorizontalScroll, signIn, signUp } from './support/accounts';

// Screenshots stay in test-results/ (Playwright empties it at the start of each run).
const screenshotDir = 'test-results/screenshots';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

/** A new owner with an organisation of their own, so the counts depend on this spec alone. */
async function ownerWithOrganisation(page: Page, stamp: number) {
  const account = {
    fullName: 'Nadège Segments',
    email: `segments-${stamp}@wcap.test`,
    password: 'Segments2026!',
  };
  await page.goto('/inscription');
  await signUp(page, account);
  await expect(page).toHaveURL(/\/bienvenue$/);
  await page.getByLabel('Nom de l’organisation').fill(`Mutuelle Segments ${stamp}`);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  return account;
}

/** Contacts inserted as the owner through supabase-js, as a script would. */
async function insertContacts(account: { email: string; password: string }) {
  // Untyped, as the scripts' clients are: the e2e project does not load the SPA's database types.
  const client: SupabaseClient = createNodeClient(
    required('WCAP_API_URL'),
    required('VITE_SUPABASE_ANON_KEY'),
  );
  const signedIn = await client.auth.signInWithPassword(account);
  expect(signedIn.error).toBeNull();
  const { data: memberships, error } = await client.from('memberships').select('organization_id');
  expect(error).toBeNull();
  const organizationId = (memberships as { organization_id: string }[])[0]!.organization_id;
  const contact = (name: string, phone: string, tags: string[], ville: string) => ({
    organization_id: organizationId,
    name,
    phone,
    tags,
    attributes: { ville },
    country_code: 'CM',
  });
  const inserted = await client
    .from('contacts')
    .insert([
      contact('Awa Mbarga', '+237690001001', ['vip'], 'Douala'),
      contact('Éric Ndjock', '+237690001002', ['vip'], 'Yaoundé'),
      contact('Chantal Ekani', '+237690001003', [], 'Douala'),
      contact('Paul Tchatchoua', '+237690001004', ['vip', 'relance'], 'douala'),
    ]);
  expect(inserted.error).toBeNull();
  await client.auth.signOut();
}

test('an owner builds a segment with a live count and a sample, saves, reopens and deletes it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const account = await ownerWithOrganisation(page, Date.now());
  await insertContacts(account);

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Segments' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible();
  await expect(page.getByText('Aucun segment pour l’instant')).toBeVisible();
  await page.getByRole('link', { name: 'Nouveau segment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau segment' })).toBeVisible();

  const count = page.getByTestId('segment-count');
  const sample = page.getByRole('list', { name: 'Exemples de contacts du segment' });
  const first = page.getByRole('group', { name: 'Condition 1' });
  // An empty tag is not a condition yet: no count until it is complete.
  await expect(count).toHaveText(/Complétez les conditions/);
  await first.getByLabel('Étiquette').fill('vip');
  await expect(count).toHaveText('3 contacts correspondent.');
  await expect(count).toHaveAttribute('aria-live', 'polite');

  // A second condition, from the keyboard: the new row's type gets the focus.
  await page.getByRole('button', { name: 'Ajouter une condition' }).click();
  const second = page.getByRole('group', { name: 'Condition 2' });
  await expect(second.getByLabel('Type de condition')).toBeFocused();
  await second.getByLabel('Type de condition').selectOption({ label: 'Attribut' });
  await second.getByLabel('Attribut').fill('ville');
  await expect(second.getByLabel('Comparaison')).toHaveValue('equals');
  await second.getByLabel('Valeur').fill('Douala');
  await expect(count).toHaveText('2 contacts correspondent.');
  await expect(sample.getByRole('listitem')).toHaveCount(2);
  await expect(sample).toContainText('Awa Mbarga');
  await expect(sample).toContainText('Paul Tchatchoua');
  await expect(sample).toContainText('+237 6 90 00 10 01');

  await page.getByLabel('Au moins un critère').check();
  await expect(count).toHaveText('4 contacts correspondent.');
  await page.getByLabel('Tous les critères').check();
  await expect(count).toHaveText('2 contacts correspondent.');

  // French validation before anything is sent.
  await page.getByRole('button', { name: 'Créer le segment' }).click();
  await expect(page.getByLabel('Nom du segment')).toHaveAccessibleDescription(
    /Donnez un nom au segment/,
  );
  await page.getByLabel('Nom du segment').fill('Relance VIP Douala');
  await page.getByLabel('Description (facultative)').fill('Les VIP de Douala à relancer');
  await page.screenshot({ path: `${screenshotDir}/segment-builder-1280.png`, fullPage: true });
  await page.getByRole('button', { name: 'Créer le segment' }).click();
  await expect(page.getByText('Segment « Relance VIP Douala » créé.')).toBeVisible();
  await expect(page).toHaveURL(/\/segments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Relance VIP Douala' })).toBeVisible();

  // Reopened from the server: the same conditions, the same count, nothing to save.
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Condition 1' }).getByLabel('Étiquette'),
  ).toHaveValue('vip');
  const reopened = page.getByRole('group', { name: 'Condition 2' });
  await expect(reopened.getByLabel('Type de condition')).toHaveValue('attribute');
  await expect(reopened.getByLabel('Attribut')).toHaveValue('ville');
  await expect(reopened.getByLabel('Valeur')).toHaveValue('Douala');
  await expect(page.getByTestId('segment-count')).toHaveText('2 contacts correspondent.');
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();

  // The export: a CSV for French Excel with the segment's contacts only.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^segment-relance-vip-douala-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFTéléphone;Nom;')).toBe(true);
  expect(csv).toContain('Awa Mbarga');
  expect(csv).toContain('Paul Tchatchoua');
  expect(csv).not.toContain('Éric Ndjock');
  await expect(page.getByText(/^Export terminé/)).toBeVisible();

  // Removing a row: the focus stays in the list, the count follows, saving keeps it.
  await reopened.getByRole('button', { name: 'Retirer la condition 2' }).click();
  await expect(page.getByRole('group', { name: 'Condition 2' })).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: 'Condition 1' }).getByLabel('Type de condition'),
  ).toBeFocused();
  await expect(page.getByTestId('segment-count')).toHaveText('3 contacts correspondent.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Segment enregistré.')).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await hasHorizontalScroll(page)).toBe(false);
  await page.screenshot({ path: `${screenshotDir}/segment-builder-375.png`, fullPage: true });

  await page.getByRole('link', { name: 'Tous les segments' }).click();
  const card = page.getByRole('list', { name: 'Segments' }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Relance VIP Douala');
  await expect(card).toContainText('Les VIP de Douala à relancer');
  await expect(card).toContainText('3 contacts');
  expect(await hasHorizontalScroll(page)).toBe(false);
  await page.screenshot({ path: `${screenshotDir}/segments-375.png`, fullPage: true });

  await card.getByRole('link', { name: 'Relance VIP Douala' }).click();
  await page.getByRole('button', { name: 'Supprimer le segment Relance VIP Douala' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Supprimer le segment « Relance VIP Douala » ?',
  });
  await expect(dialog).toContainText('Les contacts ne sont pas supprimés');
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Supprimer le segment' }).click();
  await expect(page.getByText('Segment « Relance VIP Douala » supprimé.')).toBeVisible();
  await expect(page).toHaveURL(/\/segments$/);
  await expect(page.getByText('Aucun segment pour l’instant')).toBeVisible();
});

test('the name’s limit is said before it is reached, and a longer name is refused, not cut', async ({
  page,
}) => {
  await signIn(page, demoAccount('admin'));
  await page.goto('/segments/nouveau');
  const name = page.getByLabel('Nom du segment');
  await expect(name).toHaveAccessibleDescription('0 caractère sur 120');
  await name.fill('Relance VIP Douala');
  await expect(name).toHaveAccessibleDescription('18 caractères sur 120');

  // Pasted or typed, a 121st character stays in the field and the limit is said at once.
  const longName = `Relance ${'x'.repeat(113)}`;
  await name.fill(longName);
  await expect(name).toHaveValue(longName);
  await expect(name).toHaveAccessibleDescription(
    'Le nom compte 120 caractères au plus. 121 caractères sur 120',
  );
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Créer le segment' }).click();
  await expect(page).toHaveURL(/\/segments\/nouveau$/);
  await expect(name).toHaveValue(longName);

  await name.press('Backspace');
  await expect(name).toHaveAccessibleDescription('120 caractères sur 120');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
});

test('a viewer reads a segment and its count without changing it', async ({ page }) => {
  await signIn(page, demoAccount('viewer'));
  await page.goto('/segments');
  const card = page
    .getByRole('list', { name: 'Segments' })
    .getByRole('listitem')
    .filter({ hasText: 'Assurés de Douala' });
  await expect(card).toContainText(/\d+ contacts?/);
  await expect(page.getByRole('link', { name: 'Nouveau segment' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: /Supprimer/ })).toHaveCount(0);

  await card.getByRole('link', { name: 'Assurés de Douala' }).click();
  await expect(page.getByText('Lecture seule')).toBeVisible();
  await expect(page.getByTestId('segment-count')).toHaveText(/contacts? correspond/);
  await expect(
    page.getByRole('group', { name: 'Condition 1' }).getByLabel('Étiquette'),
  ).toHaveValue('assurés');
  await expect(
    page.getByRole('group', { name: 'Condition 1' }).getByLabel('Type de condition'),
  ).toBeDisabled();
  await expect(page.getByRole('button', { name: /Enregistrer|Supprimer|Ajouter/ })).toHaveCount(0);
  // Taking every number away in a file is for owners and admins.
  await expect(page.getByRole('button', { name: 'Exporter en CSV' })).toHaveCount(0);

  await page.goto('/segments/nouveau');
  await expect(page.getByText('Accès réservé aux propriétaires et administrateurs')).toBeVisible();
});

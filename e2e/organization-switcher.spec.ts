import { expect, test } from '@playwright/test';
import { hasHorizontalScroll, signUp } from './support/accounts';

test('someone in two organisations switches between them, and the choice survives a reload', async ({
  page,
}) => {
  const stamp = Date.now();
  const first = `Association Lumière ${stamp}`;
  const second = `Coopérative Soleil ${stamp}`;

  await page.goto('/inscription');
  await signUp(page, {
    fullName: 'Odile Multi',
    email: `multi-${stamp}@wcap.test`,
    password: 'OdileMulti2026!',
  });
  await expect(page).toHaveURL(/\/bienvenue$/);
  await page.getByLabel('Nom de l’organisation').fill(first);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const header = page.getByRole('banner');
  // One organisation: its name, no switcher.
  await expect(header.getByText(first, { exact: true })).toBeVisible();
  await expect(header.getByLabel('Organisation active')).toHaveCount(0);

  await header.getByRole('button', { name: 'Mon compte' }).click();
  await header.getByRole('link', { name: 'Créer une organisation' }).click();
  await expect(page.getByRole('link', { name: 'Retour au tableau de bord' })).toBeVisible();
  await page.getByLabel('Nom de l’organisation').fill(second);
  await page.getByLabel('Pays', { exact: true }).selectOption({ label: 'Tchad' });
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();

  // Two organisations: a switcher, on the one just created.
  const switcher = header.getByLabel('Organisation active');
  await expect(switcher.getByRole('option')).toHaveText([first, second]);
  await expect(switcher.locator('option:checked')).toHaveText(second);
  await expect(page.getByText(`${second} · vous êtes propriétaire`)).toBeVisible();

  await switcher.selectOption({ label: first });
  await expect(page.getByText(`${first} · vous êtes propriétaire`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`${first} · vous êtes propriétaire`)).toBeVisible();
  await expect(header.getByLabel('Organisation active').locator('option:checked')).toHaveText(
    first,
  );

  // Settings follow the active organisation.
  await page.goto('/parametres/organisation');
  await expect(page.getByLabel('Nom de l’organisation')).toHaveValue(first);
  await expect(page.getByLabel('Fuseau horaire')).toHaveValue('Africa/Douala');
  await header.getByLabel('Organisation active').selectOption({ label: second });
  await expect(page.getByLabel('Nom de l’organisation')).toHaveValue(second);
  await expect(page.getByLabel('Fuseau horaire')).toHaveValue('Africa/Ndjamena');

  // An owner or admin edits the settings.
  await page.getByLabel('Nom de l’organisation').fill(`${second} (Tchad)`);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Paramètres de l’organisation enregistrés.')).toBeVisible();
  await expect(header.getByLabel('Organisation active').locator('option:checked')).toHaveText(
    `${second} (Tchad)`,
  );
});

test('on a 360 px phone, the header shows the organisation’s full name, switcher or not', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stamp = Date.now();
  const first = `CNSA (Centre national de santé animale) ${stamp}`;
  const second = `Coopérative des producteurs de cacao du Centre ${stamp}`;

  await page.goto('/inscription');
  await signUp(page, {
    fullName: 'Nadège Mobile',
    email: `mobile-${stamp}@wcap.test`,
    password: 'NadegeMobile2026!',
  });
  await expect(page).toHaveURL(/\/bienvenue$/);
  await page.getByLabel('Nom de l’organisation').fill(first);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const header = page.getByRole('banner');

  /** The name as the header draws it: whole, inside the screen, not cut by an ellipsis. */
  async function expectFullNameShown(name: string) {
    const shown = header.getByText(name, { exact: true }).filter({ visible: true });
    await expect(shown).toHaveCount(1);
    const layout = await shown.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const style = element.ownerDocument.defaultView?.getComputedStyle(element);
      return {
        left: box.left,
        right: box.right,
        clipped: element.scrollWidth > element.clientWidth,
        ellipsis: style?.textOverflow === 'ellipsis',
      };
    });
    expect(layout.left).toBeGreaterThanOrEqual(0);
    expect(layout.right).toBeLessThanOrEqual(360);
    expect(layout.clipped).toBe(false);
    expect(layout.ellipsis).toBe(false);
  }

  // One organisation: its name, wrapped.
  await expectFullNameShown(first);

  await header.getByRole('button', { name: 'Mon compte' }).click();
  await header.getByRole('link', { name: 'Créer une organisation' }).click();
  await page.getByLabel('Nom de l’organisation').fill(second);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();

  // Two: the switcher shows the active one's full name, and still switches.
  const switcher = header.getByLabel('Organisation active');
  await expect(switcher.locator('option:checked')).toHaveText(second);
  await expectFullNameShown(second);
  await switcher.selectOption({ label: first });
  await expect(page.getByText(`${first} · vous êtes propriétaire`)).toBeVisible();
  await expectFullNameShown(first);
  // The page itself does not scroll sideways.
  expect(await hasHorizontalScroll(page)).toBe(false);
});

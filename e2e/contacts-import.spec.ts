import fs from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { toWindows1252Csv } from '../scripts/contacts/sample-contacts';
import { demoAccount, hasHorizontalScroll, signIn } from './support/accounts';
import {
  serviceClient,
  signInTo,
  throwawayOrganization,
  type ThrowawayOrganization,
} from './support/throwaway-organization';

// Screenshots stay in test-results/ (Playwright empties it at the start of each run).
const screenshotDir = 'test-results/screenshots';

/** What French Excel writes for « Enregistrer sous › CSV (séparateur : point-virgule) ». */
const fileRows = [
  ['Nom', 'Prénom', 'Téléphone', 'Ville', 'Étiquettes'],
  ['Ngo Biyong', 'Éloïse', '699 12 34 56', 'Yaoundé', 'adhérents'],
  ['Mbarga', 'Zoé', '+237 677-12-34-56', 'Douala', 'bénévoles'],
  ['Essomba', 'Anaïs', '00237 655 44 33 22', 'Kribi', ''],
  ['Owona', 'Jérôme', '6.90.00.00.01', 'Bafoussam', ''],
  ['Atangana', 'Hélène', '12345', 'Ébolowa', ''],
  ['Ngo Biyong', 'Éloïse', '+237699123456', 'Yaoundé', ''],
  ['Fouda', 'Cécile', '(677) 98 76 54', 'Garoua', 'adhérents, bénévoles'],
];
const fileName = 'adhérents-cnsa.csv';
const fileBytes = () => Buffer.from(toWindows1252Csv(fileRows, ';'));

// Each test gets an organisation of its own (with the plan's contact quota it asks for), removed
// after it: the contacts imported here never show in « CNSA (démo) », which other specs read.
const test = base.extend<{ contactsQuota: number; organization: ThrowawayOrganization }>({
  contactsQuota: [1000, { option: true }],
  organization: async ({ contactsQuota }, use) => {
    const organization = await throwawayOrganization({
      label: 'Import e2e',
      plan: { contacts_quota: contactsQuota },
    });
    await use(organization);
    await organization.remove();
  },
});

async function contactsOf(organizationId: string) {
  const { data, error } = await serviceClient()
    .from('contacts')
    .select('phone, name, tags, attributes, opt_in_source')
    .eq('organization_id', organizationId)
    .order('phone');
  if (error) throw error;
  return data;
}

/** Signs in as the seeded admin and opens the import wizard in `organization`. */
async function openWizard(page: Page, organization: ThrowawayOrganization) {
  await signInTo(page, organization);
  await page.goto('/contacts/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importer des contacts' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: /Choisissez le fichier/ }),
  ).toBeVisible();
}

async function chooseFile(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'text/csv', buffer: fileBytes() });
  await expect(
    page.getByRole('heading', { level: 2, name: /Vérifiez les colonnes/ }),
  ).toBeVisible();
}

/** The figure a stat card shows for `label`, in a description list. */
function figure(list: Locator, label: string): Locator {
  return list
    .locator('> div')
    .filter({ has: list.page().getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');
}

test.describe('importing contacts', () => {
  test('an admin imports a French Excel CSV, downloads the error report, and a second import adds nothing', async ({
    page,
    organization,
  }) => {
    test.setTimeout(90_000);
    await openWizard(page, organization);
    const steps = page.getByRole('list', { name: 'Étapes de l’import' });
    await expect(steps.locator('[aria-current="step"]')).toHaveText(/Fichier/);

    // Step 1 → 2: the file is read in the worker; what was detected is said.
    await chooseFile(page);
    await expect(page.getByText(fileName)).toBeVisible();
    await expect(
      page.getByText('Texte Windows-1252 (Excel), séparateur point-virgule, 7 lignes'),
    ).toBeVisible();
    await expect(steps.locator('[aria-current="step"]')).toHaveText(/Colonnes/);

    // The detected mapping, with samples whose accents survived Windows-1252.
    await expect(page.getByLabel('Colonne « Nom »')).toHaveValue('last_name');
    await expect(page.getByLabel('Colonne « Prénom »')).toHaveValue('first_name');
    await expect(page.getByLabel('Colonne « Prénom »')).toHaveAccessibleDescription(
      'Exemples : Éloïse · Zoé · Anaïs',
    );
    await expect(page.getByLabel('Colonne « Téléphone »')).toHaveValue('phone');
    await expect(page.getByLabel('Colonne « Ville »')).toHaveValue('attribute');
    await expect(page.getByLabel('Colonne « Ville »').locator('option:checked')).toHaveText(
      'Attribut « ville »',
    );
    await expect(page.getByLabel('Colonne « Étiquettes »')).toHaveValue('tags');
    await expect(page.getByLabel('Pays des numéros sans indicatif')).toHaveValue('CM');

    // Exactly one phone column: without it the check cannot start.
    await page.getByLabel('Colonne « Téléphone »').selectOption({ label: 'Ne pas importer' });
    await expect(page.getByRole('alert')).toContainText('Indiquez la colonne qui contient');
    await expect(page.getByRole('button', { name: 'Vérifier les données' })).toBeDisabled();
    await page.getByLabel('Colonne « Téléphone »').selectOption({ label: 'Numéro WhatsApp' });
    await expect(page.getByRole('button', { name: 'Vérifier les données' })).toBeEnabled();
    await page.screenshot({
      path: `${screenshotDir}/contacts-import-columns-1280.png`,
      fullPage: true,
    });

    // Step 3: counts and the preview, problems said in words.
    await page.getByRole('button', { name: 'Vérifier les données' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: /Vérifiez les données/ }),
    ).toBeFocused();
    const counts = page.locator('dl[aria-label="Bilan de la vérification"]');
    await expect(figure(counts, 'Numéros valides')).toHaveText('5');
    await expect(figure(counts, 'Invalides')).toHaveText('1');
    await expect(figure(counts, 'Doublons dans le fichier')).toHaveText('1');

    const preview = page.getByRole('region', { name: /Aperçu des 7 lignes/ });
    const line = (number: number) =>
      preview
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: String(number), exact: true }) });
    await expect(line(2)).toHaveAttribute('data-status', 'valid');
    await expect(line(2)).toContainText('Ngo Biyong');
    await expect(line(2)).toContainText('+237699123456');
    await expect(line(5)).toContainText('+237690000001');
    await expect(line(6)).toHaveAttribute('data-status', 'invalid');
    await expect(line(6)).toContainText('Invalide');
    await expect(line(7)).toHaveAttribute('data-status', 'duplicate');
    await expect(line(7)).toContainText('Numéro déjà présent ligne 2');

    await expect(
      page.getByText(/Il vous reste 1\u202f000 contacts sur votre abonnement/),
    ).toBeVisible();
    await expect(page.getByLabel('Ignorer les contacts existants')).toBeChecked();
    const tags = page.getByLabel('Étiquettes à ajouter à tous les contacts importés');
    await tags.fill('import-novembre');
    await tags.press('Enter');
    await expect(page.getByRole('list', { name: 'Étiquettes choisies' })).toHaveText(
      /import-novembre/,
    );
    await page.screenshot({
      path: `${screenshotDir}/contacts-import-review-1280.png`,
      fullPage: true,
    });

    // Steps 4 and 5.
    await page.getByRole('button', { name: 'Importer 5 contacts' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Import terminé/ })).toBeVisible({
      timeout: 30_000,
    });
    const result = page.locator('dl[aria-label="Résultat de l’import"]');
    await expect(figure(result, 'Importés')).toHaveText(/^5\D/);
    await expect(figure(result, 'Mis à jour')).toHaveText(/^0\D/);
    await expect(figure(result, 'Inchangés')).toHaveText(/^0\D/);
    await expect(figure(result, 'Doublons')).toHaveText(/^1\D/);
    await expect(figure(result, 'Invalides')).toHaveText(/^1\D/);
    await expect(figure(result, 'Hors quota')).toHaveText(/^0\D/);
    await page.screenshot({
      path: `${screenshotDir}/contacts-import-summary-1280.png`,
      fullPage: true,
    });

    // The error report: French Excel's CSV (BOM, `;`), one line per row set aside, with the
    // contact's name as mapped (first and last names) so that people find the row.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le rapport d’erreurs (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^rapport-import-adherents-cnsa-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const report = fs.readFileSync(await download.path(), 'utf8');
    expect(report.startsWith('\uFEFFLigne;Nom;Valeur;Motif\r\n')).toBe(true);
    expect(report).toContain('6;Hélène Atangana;12345;Numéro trop court');
    expect(report).toContain('7;Éloïse Ngo Biyong;+237699123456;Numéro déjà présent ligne 2');

    // In the database, accents intact.
    const stored = await contactsOf(organization.id);
    expect(stored.map((contact) => contact.phone)).toEqual([
      '+237655443322',
      '+237677123456',
      '+237677987654',
      '+237690000001',
      '+237699123456',
    ]);
    expect(stored.find((contact) => contact.phone === '+237699123456')).toMatchObject({
      name: 'Éloïse Ngo Biyong',
      attributes: { ville: 'Yaoundé' },
      tags: ['adhérents', 'import-novembre'],
      opt_in_source: 'import',
    });
    expect(stored.find((contact) => contact.phone === '+237677987654')).toMatchObject({
      name: 'Cécile Fouda',
      attributes: { ville: 'Garoua' },
    });

    // In the contacts list too, found without typing the accents.
    await page.getByRole('link', { name: 'Voir les contacts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    const list = page.getByRole('table', { name: 'Contacts' });
    await expect(list.getByRole('link', { name: 'Éloïse Ngo Biyong' })).toBeVisible();
    await page.getByLabel('Rechercher un contact').fill('eloise');
    await expect(list.getByRole('link', { name: 'Éloïse Ngo Biyong' })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Cécile Fouda' })).toHaveCount(0);

    // The same file again: nothing new.
    await page.goto('/contacts/import');
    await chooseFile(page);
    await page.getByRole('button', { name: 'Vérifier les données' }).click();
    await page.getByRole('button', { name: 'Importer 5 contacts' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Import terminé/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(figure(result, 'Importés')).toHaveText(/^0\D/);
    await expect(figure(result, 'Inchangés')).toHaveText(/^5\D/);
    expect(await contactsOf(organization.id)).toEqual(stored);
  });

  test('at 1280 px the check shows each row’s state in full, however wide the file', async ({
    page,
    organization,
  }) => {
    await openWizard(page, organization);
    const wide = [
      [
        'Nom',
        'Prénom',
        'Téléphone',
        'Adresse e-mail',
        'Ville',
        'Quartier',
        'Profession',
        'Date de naissance',
        'Étiquettes',
      ],
      [
        'Ngo Biyong',
        'Éloïse',
        '699 12 34 56',
        'eloise.ngo-biyong@exemple.cm',
        'Yaoundé',
        'Bastos',
        'Institutrice',
        '1988-03-12',
        'adhérents, bénévoles',
      ],
      [
        'Atangana',
        'Hélène',
        '12345',
        'helene.atangana@exemple.cm',
        'Ébolowa',
        'Centre',
        'Commerçante',
        '1975-11-02',
        '',
      ],
      [
        'Ngo Biyong',
        'Éloïse',
        '+237699123456',
        'eloise.ngo-biyong@exemple.cm',
        'Yaoundé',
        'Bastos',
        'Institutrice',
        '1988-03-12',
        '',
      ],
    ];
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choisir un fichier' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toWindows1252Csv(wide, ';')),
    });
    await page.getByRole('button', { name: 'Vérifier les données' }).click();
    const preview = page.getByRole('region', { name: /Aperçu des 3 lignes/ });
    await expect(preview).toBeVisible();

    // Each state is read in full: not cut inside its cell, and not pushed out of the table's
    // frame (where only scrolling sideways would reach it).
    const frame = (await preview.boundingBox())!;
    const states = preview.locator('td[data-column="state"]');
    await expect(states).toHaveCount(3);
    for (const state of await states.all()) {
      const text = await state.innerText();
      const size = await state.evaluate((element) => ({
        scroll: element.scrollWidth,
        client: element.clientWidth,
      }));
      expect(size.scroll, text).toBeLessThanOrEqual(size.client);
      const box = (await state.boundingBox())!;
      expect(box.x, text).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width, text).toBeLessThanOrEqual(frame.x + frame.width);
    }
    await expect(states.nth(1)).toHaveText(/^Invalide\s*Numéro trop court$/);
    await expect(states.nth(2)).toHaveText(/^Doublon\s*Numéro déjà présent ligne 2$/);
    await page.screenshot({
      path: `${screenshotDir}/contacts-import-review-wide-1280.png`,
      fullPage: true,
    });
  });

  test('a picture renamed .csv is said not to be a text file', async ({ page, organization }) => {
    await openWizard(page, organization);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choisir un fichier' }).click();
    // A PNG's signature and first chunk, as a photo saved under the name « contacts.csv ».
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00,
    ]);
    await (await chooser).setFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: png });
    await expect(page.getByRole('alert')).toContainText(
      'Ce fichier n’est pas un fichier texte : c’est un fichier PNG, pas un tableau.',
    );
    await expect(
      page.getByRole('heading', { level: 2, name: /Choisissez le fichier/ }),
    ).toBeVisible();
  });

  test.describe('with room for 3 more contacts', () => {
    test.use({ contactsQuota: 3 });

    test('the import stops cleanly at the plan’s contact quota', async ({ page, organization }) => {
      await openWizard(page, organization);
      await chooseFile(page);
      await page.getByRole('button', { name: 'Vérifier les données' }).click();
      await expect(page.getByText(/Il vous reste 3 contacts sur votre abonnement/)).toBeVisible();
      await expect(page.getByRole('note')).toContainText(
        'Ce fichier contient 5 numéros valides : si plus de 3 sont nouveaux, l’import s’arrêtera au quota',
      );
      await page.getByRole('button', { name: 'Importer 5 contacts' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /Import terminé/ })).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.getByRole('alert').filter({ hasText: /quota/i })).toContainText(
        /Quota de contacts atteint/,
      );
      const result = page.locator('dl[aria-label="Résultat de l’import"]');
      await expect(figure(result, 'Importés')).toHaveText(/^3\D/);
      await expect(figure(result, 'Hors quota')).toHaveText(/^2\D/);
      expect(await contactsOf(organization.id)).toHaveLength(3);

      // Another file starts from the first step, the focus on its title.
      await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: /Choisissez le fichier/ }),
      ).toBeFocused();
    });
  });

  test.describe('at 375 px', () => {
    test.use({ viewport: { width: 375, height: 812 } });

    test('every step fits a phone', async ({ page, organization }) => {
      test.setTimeout(60_000);
      await openWizard(page, organization);
      expect(await hasHorizontalScroll(page), 'horizontal scroll on the file step').toBe(false);
      await chooseFile(page);
      expect(await hasHorizontalScroll(page), 'horizontal scroll on the columns').toBe(false);
      await page.screenshot({
        path: `${screenshotDir}/contacts-import-columns-375.png`,
        fullPage: true,
      });
      await page.getByRole('button', { name: 'Vérifier les données' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: /Vérifiez les données/ }),
      ).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await hasHorizontalScroll(page), 'horizontal scroll on the check').toBe(false);
      await page.screenshot({
        path: `${screenshotDir}/contacts-import-review-375.png`,
        fullPage: true,
      });
      await page.getByRole('button', { name: 'Importer 5 contacts' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /Import terminé/ })).toBeVisible({
        timeout: 30_000,
      });
      expect(await hasHorizontalScroll(page), 'horizontal scroll on the summary').toBe(false);
      await page.screenshot({
        path: `${screenshotDir}/contacts-import-summary-375.png`,
        fullPage: true,
      });
    });
  });
});

test('an agent is told that importing is for admins', async ({ page }) => {
  await signIn(page, demoAccount('agent'));
  await page.goto('/contacts/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importer des contacts' }),
  ).toBeVisible();
  await expect(page.getByText('Accès réservé aux propriétaires et administrateurs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choisir un fichier' })).toHaveCount(0);
});

import { expect, test, type Page } from '@playwright/test';
import { demoAccount, hasHorizontalScroll, signIn } from './support/accounts';
import { seriousAxeViolations } from './support/axe';

// Screenshots stay in test-results/ (Playwright empties it at the start of each run).
const screenshotDir = 'test-results/screenshots';

// The owner synchronises the sandbox's templates and maps one; the agent then reads them.
test.describe.configure({ mode: 'serial' });

function settingsSections(page: Page) {
  return page.getByRole('navigation', { name: 'Sections des paramètres' });
}

function templateCard(page: Page, name: string) {
  return page
    .getByRole('list', { name: 'Modèles WhatsApp' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

test('an owner sees the Wati sandbox, tests it and manages the webhook address', async ({
  page,
}) => {
  await signIn(page, demoAccount('owner'));
  await page.goto('/parametres');
  await settingsSections(page).getByRole('link', { name: 'Intégration Wati' }).click();
  await expect(page).toHaveURL(/\/parametres\/integration-wati$/);

  const mode = page.getByRole('region', { name: 'Mode d’envoi' });
  await expect(mode.getByText('Mode bac à sable : les envois sont simulés.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Passer en production' })).toContainText(
    'API Endpoint URL',
  );
  // No credentials yet: no masked token anywhere, empty fields, the token hidden.
  await expect(page.getByText('••••')).toHaveCount(0);
  await expect(page.getByLabel('Adresse de l’API (API Endpoint URL)')).toHaveValue('');
  const token = page.getByLabel('Jeton d’accès');
  await expect(token).toHaveAttribute('type', 'password');
  await expect(token).toHaveAttribute('autocomplete', 'off');
  await token.fill('jeton-de-test');
  await page.getByRole('button', { name: 'Afficher le jeton' }).click();
  await expect(token).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Masquer le jeton' }).click();
  await expect(token).toHaveAttribute('type', 'password');

  // Invalid input is explained in French before anything is sent.
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByLabel('Adresse de l’API (API Endpoint URL)')).toHaveAccessibleDescription(
    /Adresse de l’API requise/,
  );
  await expect(token).toHaveAccessibleDescription(/Jeton trop court/);

  await mode.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(mode.getByRole('status')).toContainText(
    /Connexion réussie au bac à sable Wati : \d+ modèles? disponibles?\./,
  );
  await expect(mode.getByRole('alert')).toBeEmpty();

  const webhook = page.getByLabel('Adresse du webhook');
  await expect(webhook).toHaveValue(/\/functions\/v1\/wati-webhook\?org=[0-9a-f-]{36}&token=/);
  await expect(webhook).toHaveAttribute('readonly', '');
  const previousUrl = await webhook.inputValue();
  await page.getByRole('button', { name: 'Régénérer le secret' }).click();
  const dialog = page.getByRole('dialog', { name: 'Régénérer le secret du webhook ?' });
  await expect(dialog).toContainText('cessera aussitôt de fonctionner');
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Régénérer le secret' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Nouvelle adresse de webhook créée')).toBeVisible();
  await expect(webhook).not.toHaveValue(previousUrl);
  await expect(webhook).toHaveValue(/\/functions\/v1\/wati-webhook\?org=/);
  await page.screenshot({ path: `${screenshotDir}/wati-integration-1280.png`, fullPage: true });
});

test('an owner synchronises the templates and maps a parameter with a live preview', async ({
  page,
}) => {
  await signIn(page, demoAccount('owner'));
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Modèles' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modèles' })).toBeVisible();
  await expect(page.getByText('Aucun modèle : synchronisez depuis Wati')).toBeVisible();

  await page.getByRole('button', { name: 'Synchroniser' }).first().click();
  await expect(page.getByText('7 modèles reçus : 7 ajoutés, 0 mis à jour.')).toBeVisible();

  await expect(templateCard(page, 'bienvenue')).toContainText('Approuvé');
  await expect(templateCard(page, 'bienvenue')).toContainText('Marketing');
  await expect(templateCard(page, 'rappel_rendez_vous')).toContainText('Approuvé');
  await expect(templateCard(page, 'rappel_rendez_vous')).toContainText('Utilitaire');
  await expect(templateCard(page, 'enquete_satisfaction')).toContainText('En attente');
  await expect(templateCard(page, 'offre_partenaire')).toContainText('Refusé');
  await expect(page.getByRole('status').filter({ hasText: /^7 modèles$/ })).toBeVisible();

  // Search and status filter, on the client.
  await page.getByLabel('Rechercher un modèle').fill('carnet de sante');
  await expect(
    page.getByRole('list', { name: 'Modèles WhatsApp' }).getByRole('listitem'),
  ).toHaveCount(1);
  await page.getByLabel('Rechercher un modèle').fill('');
  await page.getByLabel('Statut').selectOption({ label: 'En attente' });
  await expect(
    page.getByRole('list', { name: 'Modèles WhatsApp' }).getByRole('listitem'),
  ).toHaveText([/enquete_satisfaction/]);
  await page.getByLabel('Statut').selectOption({ label: 'Tous les statuts' });
  await page.screenshot({ path: `${screenshotDir}/templates-1280.png`, fullPage: true });

  await page.getByRole('link', { name: 'bienvenue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'bienvenue' })).toBeVisible();
  const preview = page.getByTestId('message-preview');
  await expect(preview).toContainText('Bienvenue à la CNSA');
  await expect(preview).toContainText('Bonjour {{name}}, bienvenue sur le canal WhatsApp');
  await expect(preview).toContainText('CNSA — Votre santé, notre priorité');
  await expect(
    preview.getByRole('list', { name: 'Boutons du message' }).getByRole('listitem'),
  ).toHaveText(['Nos services', 'STOP']);

  const source = page.getByRole('group', { name: '{{name}}' }).getByLabel('Source');
  await expect(source).toHaveValue('');
  await source.selectOption({ label: 'Nom du contact' });
  await expect(preview).toContainText('Bonjour Awa Ndjock, bienvenue sur le canal WhatsApp');
  // A fixed text shows as typed; back to the contact's name before saving.
  await source.selectOption({ label: 'Texte fixe' });
  await page.getByLabel('Texte à insérer').fill('chère adhérente');
  await expect(preview).toContainText('Bonjour chère adhérente, bienvenue');
  await source.selectOption({ label: 'Nom du contact' });
  await page.screenshot({ path: `${screenshotDir}/template-1280.png`, fullPage: true });
  expect(await seriousAxeViolations(page), 'axe on a template at 1280 px').toEqual([]);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Correspondance des paramètres enregistrée.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('group', { name: '{{name}}' }).getByLabel('Source')).toHaveValue(
    'field:name',
  );
  await expect(page.getByTestId('message-preview')).toContainText('Bonjour Awa Ndjock, bienvenue');
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
});

test('an agent reads the templates without managing them, and has no Wati settings', async ({
  page,
}) => {
  await signIn(page, demoAccount('agent'));
  await page.goto('/parametres');
  await expect(settingsSections(page).getByRole('link', { name: 'Abonnement' })).toBeVisible();
  await expect(settingsSections(page).getByRole('link', { name: 'Intégration Wati' })).toHaveCount(
    0,
  );
  await page.goto('/parametres/integration-wati');
  await expect(page.getByText('Accès réservé aux propriétaires et administrateurs')).toBeVisible();
  await expect(page.getByLabel('Jeton d’accès')).toHaveCount(0);

  await page.goto('/modeles');
  await expect(page.getByRole('heading', { level: 1, name: 'Modèles' })).toBeVisible();
  await expect(templateCard(page, 'bienvenue')).toContainText('Approuvé');
  await expect(page.getByRole('button', { name: 'Synchroniser' })).toHaveCount(0);

  await page.getByRole('link', { name: 'bienvenue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'bienvenue' })).toBeVisible();
  await expect(page.getByTestId('message-preview')).toContainText('Bonjour Awa Ndjock');
  await expect(
    page.getByText('Seuls les propriétaires et les administrateurs modifient'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Paramètres' })).toContainText('Nom du contact');
  await expect(page.getByRole('main').getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the Wati settings and the templates fit a phone', async ({ page }) => {
    await signIn(page, demoAccount('owner'));
    await page.goto('/parametres/integration-wati');
    await expect(page.getByLabel('Adresse du webhook')).toBeVisible();
    expect(await hasHorizontalScroll(page), 'horizontal scroll on the Wati settings').toBe(false);
    await page.screenshot({ path: `${screenshotDir}/wati-integration-375.png`, fullPage: true });

    await page.goto('/modeles');
    await expect(templateCard(page, 'alerte_sante')).toBeVisible();
    expect(await hasHorizontalScroll(page), 'horizontal scroll on the templates').toBe(false);
    await page.screenshot({ path: `${screenshotDir}/templates-375.png`, fullPage: true });

    await page.getByRole('link', { name: 'rappel_rendez_vous', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'rappel_rendez_vous' })).toBeVisible();
    await page.getByRole('group', { name: '{{centre}}' }).getByLabel('Source').selectOption({
      label: 'Attribut du contact',
    });
    await page.getByLabel('Clé de l’attribut').fill('centre');
    await expect(page.getByTestId('message-preview')).toContainText('au centre de santé de Bastos');
    expect(await hasHorizontalScroll(page), 'horizontal scroll on a template').toBe(false);
    await page.screenshot({ path: `${screenshotDir}/template-375.png`, fullPage: true });
    expect(await seriousAxeViolations(page), 'axe on a template at 375 px').toEqual([]);
  });
});

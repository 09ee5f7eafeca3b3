import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { createNodeClient } from '../scripts/node-supabase-client';
import type { Database } from '../src/lib/database.types';
import { hasHorizontalScroll, signIn } from './support/accounts';

// The contacts pages in a workspace of their own (other specs import into the demo organisation
// at the same time): an owner, an agent and a viewer, 1,503 contacts imported through the RPC the
// wizard uses, so the table has windows to fetch while scrolling.

const screenshotDir = 'test-results/screenshots';
const password = 'Contacts2026!';
const bulkCount = 1_500;

test.describe.configure({ mode: 'serial' });

type Account = { email: string; password: string };
type Workspace = { organizationId: string; owner: Account; agent: Account; viewer: Account };

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

async function signedUp(label: string, fullName: string) {
  const client = createNodeClient<Database>(
    required('WCAP_API_URL'),
    required('VITE_SUPABASE_ANON_KEY'),
  );
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@wcap.test`;
  const { error } = await client.auth.signUp({
    email,
    password,
    options: { data: { full_name: fullName } },
  });
  if (error) throw error;
  return { client, account: { email, password } };
}

async function invite(
  owner: SupabaseClient<Database>,
  organizationId: string,
  role: 'agent' | 'viewer',
  member: SupabaseClient<Database>,
) {
  const invitation = await owner.rpc('create_invitation', {
    organization_id: organizationId,
    role,
  });
  if (invitation.error) throw invitation.error;
  const token = (invitation.data as { token: string }[])[0]!.token;
  const accepted = await member.rpc('accept_invitation', { token });
  if (accepted.error) throw accepted.error;
}

let workspace: Workspace;

test.beforeAll(async () => {
  const owner = await signedUp('contacts-owner', 'Olive Proprio');
  const agent = await signedUp('contacts-agent', 'Arnaud Agent');
  const viewer = await signedUp('contacts-viewer', 'Vera Lectrice');
  const created = await owner.client.rpc('create_organization', {
    name: `Contacts e2e ${Date.now()}`,
    country_code: 'CM',
  });
  if (created.error) throw created.error;
  const organizationId = (created.data as { id: string }).id;
  await invite(owner.client, organizationId, 'agent', agent.client);
  await invite(owner.client, organizationId, 'viewer', viewer.client);

  const rows = [
    {
      line: 2,
      phone: '+237671000001',
      name: 'Awa Mbárga',
      tags: ['vip', 'douala'],
      attributes: { ville: 'Douala', quartier: 'Akwa' },
    },
    {
      line: 3,
      phone: '+237671000002',
      name: 'Éloïse Ngo Biyong',
      tags: ['vip'],
      attributes: { ville: 'Yaoundé' },
    },
    {
      line: 4,
      phone: '+237671000003',
      name: 'Jean-Paul Essomba',
      tags: [],
      attributes: { ville: 'Douala' },
    },
    ...Array.from({ length: bulkCount }, (_, index) => ({
      line: index + 5,
      phone: `+2376990${String(index).padStart(5, '0')}`,
      name: `Membre ${String(index + 1).padStart(4, '0')}`,
      tags: ['adherent'],
      attributes: { ville: index % 2 ? 'Bafoussam' : 'Garoua' },
    })),
  ];
  // The RPC reads its JSON body whole (one unnamed json argument), so the body is its argument.
  const body = { organization_id: organizationId, rows, update_existing: false, add_tags: [] };
  const imported = await owner.client.rpc(
    'import_contacts',
    body as unknown as Database['public']['Functions']['import_contacts']['Args'],
  );
  if (imported.error) throw imported.error;
  expect((imported.data as { imported: number }).imported).toBe(rows.length);
  workspace = {
    organizationId,
    owner: owner.account,
    agent: agent.account,
    viewer: viewer.account,
  };
});

function table(page: Page) {
  return page.getByRole('table', { name: 'Contacts' });
}

function row(page: Page, name: string | RegExp) {
  return table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name }) });
}

async function openContacts(page: Page) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
}

test('the list pages through 1,503 contacts, searches, filters and keeps them in the address', async ({
  page,
}) => {
  await signIn(page, workspace.owner);
  await openContacts(page);
  await expect(page.getByText('1\u202f503 contacts dans l’organisation.')).toBeVisible();
  await expect(table(page)).toHaveAttribute('aria-rowcount', '1504');
  await expect(row(page, /^Membre /).first()).toBeVisible();

  // Scrolled to the end: the last window is fetched and shown, not placeholders.
  const region = page.getByRole('region', { name: 'Liste des contacts' });
  await region.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(table(page).locator('[aria-rowindex="1504"]')).toBeVisible();
  await expect(table(page).locator('[aria-rowindex="1504"]').getByRole('link')).toBeVisible();
  await expect(page.getByText('Chargement…')).toHaveCount(0);
  await page.screenshot({ path: `${screenshotDir}/contacts-1280.png`, fullPage: true });

  // Accent-insensitive search on name and number.
  await page.getByLabel('Rechercher un contact').fill('MBARGA');
  await expect(page).toHaveURL(/q=MBARGA/);
  await expect(
    page.getByRole('status').filter({ hasText: /^1 contact sur 1\u202f503$/ }),
  ).toBeVisible();
  await expect(row(page, 'Awa Mbárga')).toContainText('+237 6 71 00 00 01');
  await expect(row(page, 'Awa Mbárga')).toContainText('Abonné');
  // The Wati sync runs in the background against the sandbox: any of its states may show.
  await expect(row(page, 'Awa Mbárga')).toContainText(/En attente|En cours|Synchronisé/);
  await page.getByLabel('Rechercher un contact').fill('671000002');
  await expect(row(page, 'Éloïse Ngo Biyong')).toBeVisible();
  await expect(table(page)).toHaveAttribute('aria-rowcount', '2');
  await page.getByLabel('Rechercher un contact').fill('');

  await page.getByLabel('Étiquette', { exact: true }).fill('vip');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '3');
  await page.getByLabel('Attribut', { exact: true }).fill('ville');
  await page.getByLabel('Valeur de l’attribut').fill('Douala');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '2');
  await expect(row(page, 'Awa Mbárga')).toBeVisible();

  // The address keeps the filters: a reload finds the same list.
  await page.getByLabel('Trier par').selectOption({ label: 'Nom (A → Z)' });
  await expect(page).toHaveURL(/etiquette=vip.*attribut=ville.*valeur=Douala.*tri=nom/);
  await page.reload();
  await expect(page.getByLabel('Étiquette', { exact: true })).toHaveValue('vip');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '2');
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(table(page)).toHaveAttribute('aria-rowcount', '1504');
  await expect(page.getByLabel('Trier par')).toHaveValue('nom');
  await expect(table(page).getByRole('row').nth(1)).toContainText('Awa Mbárga');
});

test('an agent adds a contact and is told about a number already there', async ({ page }) => {
  await signIn(page, workspace.agent);
  await openContacts(page);
  await expect(page.getByRole('link', { name: 'Importer' })).toHaveCount(0);
  // The whole book of numbers in a file is for owners and admins.
  await expect(page.getByRole('button', { name: 'Exporter' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ajouter un contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un contact' });
  await dialog.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(dialog.getByLabel('Numéro WhatsApp')).toHaveAccessibleDescription(/Numéro manquant/);

  // A national number, read with the organisation's country (Cameroon).
  await dialog.getByLabel('Numéro WhatsApp').fill('6 99 12 34 56');
  // The name's limit shows as it comes near, and a longer name is refused, never cut.
  const nameField = dialog.getByLabel('Nom', { exact: true });
  await nameField.fill('x'.repeat(100));
  await expect(nameField).toHaveAccessibleDescription('100 / 120 caractères');
  await nameField.fill('x'.repeat(125));
  await dialog.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(nameField).toHaveAccessibleDescription(
    /Le nom compte 120 caractères au plus.*125 \/ 120 caractères : 5 de trop/,
  );
  await expect(nameField).toHaveValue('x'.repeat(125));
  await nameField.fill('Chantal Nouvelle');
  await dialog.getByLabel('Adresse e-mail').fill('chantal@exemple.cm');
  await dialog.getByLabel('Nouvelle étiquette').fill('nouveau');
  await dialog.getByLabel('Nouvelle étiquette').press('Enter');
  await expect(dialog.getByRole('button', { name: /^Retirer l’étiquette/ })).toHaveText([
    'Retirer l’étiquette nouveau',
  ]);
  await dialog.getByRole('button', { name: 'Ajouter un attribut' }).click();
  const attribute = dialog.getByRole('group', { name: 'Attribut 1' });
  await attribute.getByLabel('Nom').fill('ville');
  await attribute.getByLabel('Valeur').fill('Kribi');
  await dialog.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Contact ajouté : Chantal Nouvelle.')).toBeVisible();
  await expect(page.getByText('1\u202f504 contacts dans l’organisation.')).toBeVisible();

  // The same number again: refused, with a link to the contact who has it.
  await page.getByRole('button', { name: 'Ajouter un contact' }).click();
  await dialog.getByLabel('Numéro WhatsApp').fill('+237 671 00 00 01');
  await dialog.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Ce numéro existe déjà');
  await dialog.getByRole('link', { name: 'Voir la fiche de ce contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Awa Mbárga' })).toBeVisible();
});

test('an agent changes a profile: consent recorded with who did it, tags, fields', async ({
  page,
}) => {
  await signIn(page, workspace.agent);
  await page.goto('/contacts?q=awa');
  await row(page, 'Awa Mbárga').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Awa Mbárga' })).toBeVisible();

  const details = page.getByRole('region', { name: 'Coordonnées' });
  await expect(details).toContainText('+237 6 71 00 00 01');
  await expect(details).toContainText('Cameroun');
  await expect(page.getByRole('region', { name: 'Attributs' })).toContainText('Akwa');
  await expect(page.getByRole('region', { name: 'Messages' })).toContainText(
    'Aucun message échangé avec ce contact',
  );
  await expect(page.getByRole('button', { name: 'Supprimer' })).toHaveCount(0);
  const consent = page.getByRole('region', { name: 'Consentement' });
  await consent.getByRole('button', { name: 'Désinscrire' }).click();
  const confirm = page.getByRole('dialog', { name: 'Désinscrire Awa Mbárga ?' });
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Désinscrire' }).click();
  await expect(page.getByText('Awa Mbárga est désinscrit.')).toBeVisible();
  const history = consent.getByRole('list', { name: 'Historique du consentement' });
  await expect(history.getByRole('listitem').first()).toContainText('Désabonné');
  await expect(history.getByRole('listitem').first()).toContainText('Manuel · par Arnaud Agent');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  // Undoing a « STOP » is for owners and admins, with a reason and a proof (next test).
  await expect(consent.getByRole('button', { name: 'Réabonner' })).toHaveCount(0);
  await expect(consent).toContainText('Seuls les propriétaires et les administrateurs réabonnent');

  // Tags change on the spot; the edit form changes the rest.
  const tags = page.getByRole('region', { name: 'Étiquettes' });
  await tags.getByLabel('Nouvelle étiquette').fill('ambassadrice');
  await tags.getByRole('button', { name: 'Ajouter l’étiquette' }).click();
  await expect(page.getByText('Étiquettes enregistrées.')).toBeVisible();
  await expect(tags.getByRole('button', { name: /^Retirer l’étiquette/ })).toHaveText([
    'Retirer l’étiquette douala',
    'Retirer l’étiquette vip',
    'Retirer l’étiquette ambassadrice',
  ]);
  await page.getByRole('button', { name: 'Modifier' }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier le contact' });
  await edit.getByLabel('Adresse e-mail').fill('awa@exemple.cm');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();
  await expect(details).toContainText('awa@exemple.cm');
  await page.screenshot({ path: `${screenshotDir}/contact-1280.png`, fullPage: true });
});

test('the owner re-subscribes someone who opted out, with a reason and a proof of consent', async ({
  page,
}) => {
  await signIn(page, workspace.owner);
  await page.goto('/contacts?q=awa');
  await row(page, 'Awa Mbárga').getByRole('link').click();
  const consent = page.getByRole('region', { name: 'Consentement' });
  await expect(consent).toContainText('Désabonné');
  await consent.getByRole('button', { name: 'Réabonner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réabonner Awa Mbárga ?' });
  const reason = dialog.getByLabel('Raison du réabonnement');
  const proof = dialog.getByLabel('Preuve du consentement');
  await expect(reason).toBeFocused();

  // Both are required.
  await dialog.getByRole('button', { name: 'Réabonner' }).click();
  await expect(reason).toHaveAccessibleDescription(/Indiquez pourquoi ce contact est réabonné/);
  await expect(proof).toHaveAccessibleDescription(/Indiquez la preuve de son accord/);

  await reason.fill('A redemandé les rappels au guichet de Bonanjo.');
  await proof.fill('Formulaire papier signé le 3 mars, classé au dossier 12.');
  await dialog.getByRole('button', { name: 'Réabonner' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Awa Mbárga est réabonné.')).toBeVisible();
  const history = consent.getByRole('list', { name: 'Historique du consentement' });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  const latest = history.getByRole('listitem').first();
  await expect(latest).toContainText('Abonné');
  await expect(latest).toContainText('Manuel · par Olive Proprio');
  await expect(latest).toContainText('Raison : A redemandé les rappels au guichet de Bonanjo.');
  await expect(latest).toContainText(
    'Preuve : Formulaire papier signé le 3 mars, classé au dossier 12.',
  );
});

test('bulk actions tag, opt out and delete, each with the exact count', async ({ page }) => {
  await signIn(page, workspace.owner);
  await openContacts(page);
  await page.getByLabel('Rechercher un contact').fill('membre 000');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '10');

  await page.getByRole('checkbox', { name: 'Sélectionner Membre 0001' }).check();
  await page.getByRole('checkbox', { name: 'Sélectionner Membre 0002' }).check();
  const bar = page.getByRole('region', { name: 'Actions sur la sélection' });
  await expect(bar.getByRole('status')).toHaveText('2 contacts sélectionnés');
  await bar.getByRole('button', { name: 'Ajouter une étiquette' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Ajouter une étiquette' });
  await expect(tagDialog).toContainText('L’étiquette sera ajoutée à 2 contacts.');
  await tagDialog.getByLabel('Étiquette').fill('relance');
  await tagDialog.getByRole('button', { name: 'Ajouter à 2 contacts' }).click();
  await expect(page.getByText('Étiquette « relance » ajoutée à 2 contacts.')).toBeVisible();
  await expect(bar).toBeHidden();

  // All 9 matching contacts (not only those on screen), counted again before confirming.
  await page.getByRole('checkbox', { name: 'Sélectionner Membre 0003' }).check();
  await bar.getByRole('button', { name: 'Sélectionner les 9 contacts correspondants' }).click();
  await expect(bar.getByRole('status')).toHaveText(
    'Les 9 contacts correspondants sont sélectionnés',
  );
  await bar.getByRole('button', { name: 'Désinscrire' }).click();
  const optOut = page.getByRole('dialog', { name: 'Désinscrire 9 contacts ?' });
  await expect(optOut.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await optOut.getByRole('button', { name: 'Désinscrire' }).click();
  await expect(page.getByText('9 contacts désinscrits.')).toBeVisible();
  await expect(row(page, 'Membre 0005')).toContainText('Désabonné');

  await page.getByLabel('Rechercher un contact').fill('');
  await page.getByLabel('Étiquette', { exact: true }).fill('relance');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '3');
  await page
    .getByRole('checkbox', { name: 'Sélectionner tous les contacts correspondants' })
    .check();
  await bar.getByRole('button', { name: 'Supprimer' }).click();
  const remove = page.getByRole('dialog', { name: 'Supprimer 2 contacts ?' });
  await expect(remove).toContainText('irréversible');
  await remove.getByRole('button', { name: 'Annuler' }).click();
  await expect(remove).toBeHidden();
  await bar.getByRole('button', { name: 'Supprimer' }).click();
  await remove.getByRole('button', { name: 'Supprimer 2 contacts' }).click();
  await expect(page.getByText('2 contacts supprimés.')).toBeVisible();
  await expect(page.getByText('Aucun contact ne correspond à ces filtres')).toBeVisible();
  await expect(page.getByText('1\u202f502 contacts dans l’organisation.')).toBeVisible();
});

test('the export downloads a CSV that French Excel opens: BOM, semicolons, French headers', async ({
  page,
}) => {
  await signIn(page, workspace.owner);
  await openContacts(page);
  await page.getByLabel('Étiquette', { exact: true }).fill('vip');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '3');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByText(/Export terminé : 2 contacts/)).toBeVisible();
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    'Téléphone;Nom;E-mail;Étiquettes;Statut;Désinscrit le;Créé le;quartier;ville',
  );
  expect(lines.slice(1, -1).sort()).toEqual([
    expect.stringMatching(
      /^\+237671000001;Awa Mbárga;awa@exemple\.cm;douala, vip, ambassadrice;Abonné;;\d{4}-\d{2}-\d{2} \d{2}:\d{2};Akwa;Douala$/,
    ),
    expect.stringMatching(/^\+237671000002;Éloïse Ngo Biyong;;vip;Abonné;;.*;;Yaoundé$/),
  ]);
});

test('a viewer reads contacts without any write action', async ({ page }) => {
  await signIn(page, workspace.viewer);
  await openContacts(page);
  await expect(row(page, /^Membre /).first()).toBeVisible();
  await page.getByLabel('Rechercher un contact').fill('awa');
  await expect(row(page, 'Awa Mbárga')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un contact' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Importer' })).toHaveCount(0);
  await expect(table(page).getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exporter' })).toHaveCount(0);
  await row(page, 'Awa Mbárga').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Awa Mbárga' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Consentement' })).toContainText('Abonné');
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
});

test('an organisation without contacts is pointed to the import wizard', async ({ page }) => {
  const owner = await signedUp('contacts-empty', 'Emma Vide');
  const created = await owner.client.rpc('create_organization', {
    name: `Sans contacts ${Date.now()}`,
    country_code: 'GA',
  });
  if (created.error) throw created.error;
  await signIn(page, owner.account);
  await openContacts(page);
  await expect(page.getByRole('heading', { name: 'Aucun contact pour l’instant' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exporter' })).toBeDisabled();
  await page.getByRole('link', { name: 'Importer un fichier Excel ou CSV' }).click();
  await expect(page).toHaveURL(/\/contacts\/import$/);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the list becomes cards that scroll in their box, and the profile fits', async ({
    page,
  }) => {
    await signIn(page, workspace.owner);
    await page.goto('/contacts');
    await expect(row(page, /^Membre /).first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await hasHorizontalScroll(page), 'horizontal scroll on the contacts').toBe(false);
    await page.screenshot({ path: `${screenshotDir}/contacts-375.png`, fullPage: true });

    await page
      .getByRole('checkbox', { name: 'Sélectionner tous les contacts correspondants' })
      .check();
    await expect(page.getByRole('region', { name: 'Actions sur la sélection' })).toBeVisible();
    expect(await hasHorizontalScroll(page), 'horizontal scroll with the selection bar').toBe(false);
    await page.screenshot({ path: `${screenshotDir}/contacts-selection-375.png`, fullPage: true });

    await page.getByRole('button', { name: 'Ajouter un contact' }).click();
    await page.getByRole('button', { name: 'Ajouter un attribut' }).click();
    expect(await hasHorizontalScroll(page), 'horizontal scroll with the contact form').toBe(false);
    await page.screenshot({ path: `${screenshotDir}/contact-form-375.png` });
    await page.keyboard.press('Escape');

    await page.goto('/contacts?q=awa');
    await row(page, 'Awa Mbárga').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Awa Mbárga' })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await hasHorizontalScroll(page), 'horizontal scroll on a contact').toBe(false);
    await page.screenshot({ path: `${screenshotDir}/contact-375.png`, fullPage: true });
  });
});

import { test as base, expect, type Page } from '@playwright/test';
import { demoAccount, hasHorizontalScroll, signIn } from './support/accounts';
import { seriousAxeViolations } from './support/axe';
import {
  serviceClient,
  signInTo,
  throwawayOrganization,
  type ThrowawayOrganization,
} from './support/throwaway-organization';

// Screenshots stay in test-results/ (Playwright empties it at the start of each run).
const screenshotDir = 'test-results/screenshots';

/**
 * An organisation of its own, in sandbox mode, with the demo's contacts and segment « Assurés de
 * Douala ». The demo organisation itself is left alone: wati-templates.spec.ts expects it to have
 * no template until it synchronises them, and other specs read its usage.
 */
const campaignOrganization = () =>
  throwawayOrganization({
    label: 'Campagnes e2e',
    plan: { plan_id: 'professional', contacts_quota: 25000, messages_quota: 50000 },
    demoData: true,
  });

const test = base.extend<{ organization: ThrowawayOrganization }>({
  // Playwright reads from this pattern which fixtures a fixture needs: none here.
  // eslint-disable-next-line no-empty-pattern
  organization: async ({}, use) => {
    const organization = await campaignOrganization();
    await use(organization);
    await organization.remove();
  },
});

/** Signs in as the seeded admin and opens the campaigns of `organization`. */
async function openCampaigns(page: Page, organization: ThrowawayOrganization) {
  await signInTo(page, organization);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Campagnes' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campagnes' })).toBeVisible();
}

/** The number of the contact the preview shows (its last digits tell which seeded contact). */
async function previewedPhone(page: Page): Promise<string> {
  const line = page.getByText(/^Pour .+\(\+237/);
  await expect(line).toBeVisible();
  return ((await line.textContent()) ?? '').replace(/\D/g, '');
}

function isDoualaContact(digits: string): boolean {
  // +2376500NNNNN is seeded contact n; Douala is n % 4 = 0; +237650131026 is n = 60.
  return digits === '237650131026' || Number(digits.slice(-5)) % 4 === 0;
}

test('an admin builds a campaign for a segment, launches it and watches it complete live', async ({
  page,
  organization,
}) => {
  test.setTimeout(180_000);
  await openCampaigns(page, organization);
  await expect(page.getByText('Aucune campagne pour l’instant')).toBeVisible();
  await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle campagne' })).toBeVisible();

  // No approved template yet: the builder sends to the templates page to synchronise them.
  await expect(page.getByText('Aucun modèle approuvé')).toBeVisible();
  await page.getByRole('link', { name: 'Aller aux modèles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modèles' })).toBeVisible();
  await page.getByRole('button', { name: 'Synchroniser' }).first().click();
  await expect(page.getByText(/^\d+ modèles reçus/)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle campagne' })).toBeVisible();

  // French validation before anything is saved.
  await page.getByRole('button', { name: 'Lancer la campagne' }).click();
  await expect(page.getByLabel('Nom de la campagne')).toHaveAccessibleDescription(
    /Donnez un nom à la campagne/,
  );
  await expect(page.getByLabel('Modèle approuvé')).toHaveAccessibleDescription(
    /Choisissez un modèle approuvé/,
  );

  await page.getByLabel('Nom de la campagne').fill('Rappel Douala');
  await page.getByLabel('Modèle approuvé').selectOption({ label: 'bienvenue' });
  const source = page.getByRole('group', { name: '{{name}}' }).getByLabel('Source');
  await expect(source).toHaveValue('');
  await source.selectOption({ label: 'Nom du contact' });

  // The audience: the segment; the preview fills the template for its contacts, one by one.
  await page.getByRole('radio', { name: /^Un segment/ }).check();
  await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'Assurés de Douala' });
  const preview = page.getByTestId('campaign-preview');
  await expect(preview).toContainText(/Bonjour [^{}]+, bienvenue sur le canal WhatsApp/);
  await expect(preview).not.toContainText('{{name}}');
  await expect.poll(async () => isDoualaContact(await previewedPhone(page))).toBe(true);
  const first = await previewedPhone(page);
  await page.getByRole('button', { name: 'Contact suivant' }).click();
  await expect.poll(() => previewedPhone(page)).not.toBe(first);
  expect(isDoualaContact(await previewedPhone(page))).toBe(true);

  // The estimate: the 15 contacts of Douala, nobody excluded, the plan's 50,000 messages left.
  const estimate = page.getByTestId('campaign-estimate');
  await expect(estimate).toContainText('15 destinataires');
  await expect(estimate).toContainText(/Désinscrits\s*0/);
  await expect(estimate).toContainText(/Numéros invalides\s*0/);
  await expect(estimate).toContainText(/Paramètre manquant\s*0/);
  await expect(estimate).toContainText(/Quota restant ce mois-ci\s*50\u202f000/);
  await expect(page.getByRole('button', { name: 'Lancer la campagne' })).toBeEnabled();
  await page.screenshot({ path: `${screenshotDir}/campaign-builder-1280.png`, fullPage: true });

  // The builder fits a phone.
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(estimate).toContainText('15 destinataires');
  expect(await hasHorizontalScroll(page), 'horizontal scroll on the builder').toBe(false);
  await page.screenshot({ path: `${screenshotDir}/campaign-builder-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: 'Lancer la campagne' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Envoyer le modèle « bienvenue » à 15 contacts maintenant ?',
  });
  await expect(dialog.getByRole('button', { name: 'Pas maintenant' })).toBeFocused();
  await page.screenshot({ path: `${screenshotDir}/campaign-launch-dialog-1280.png` });
  await dialog.getByRole('button', { name: 'Envoyer maintenant' }).click();
  await expect(page.getByText('Campagne « Rappel Douala » lancée.')).toBeVisible();
  await expect(page).toHaveURL(/\/campagnes\/[0-9a-f-]{36}$/);

  // Live, without reloading: the dispatcher sends, the sandbox answers, the broadcast moves the bar.
  // The chart and the recipients table follow the live figures within seconds of the first sends,
  // not minutes later nor only at the end.
  const results = page.getByRole('list', { name: 'Résultats' });
  await expect(results.getByRole('listitem').filter({ hasText: 'Envoyés' })).not.toContainText(
    /^Envoyés\s*0\b/,
    { timeout: 120_000 },
  );
  await expect(page.getByRole('figure', { name: /^Messages par intervalle de temps/ })).toBeVisible(
    { timeout: 6_000 },
  );
  const recipients = page.getByRole('region', { name: /^Tous : destinataires 1 à 15 sur 15$/ });
  await expect(
    recipients
      .locator('tbody')
      .getByText(/^(Envoyé|Délivré|Lu|A répondu|Échec)$/)
      .first(),
  ).toBeVisible({ timeout: 6_000 });
  const progress = page.getByRole('progressbar', { name: 'Progression de l’envoi' });
  await expect(progress).toHaveAttribute('aria-valuenow', '100', { timeout: 120_000 });
  // The sandbox fails +237650131026 (Meta 131026, undeliverable); the 14 others are sent.
  await expect(results.getByRole('listitem').filter({ hasText: 'Envoyés' })).toContainText(
    /^Envoyés\s*14\b/,
    { timeout: 60_000 },
  );
  await expect(results.getByRole('listitem').filter({ hasText: 'Échecs' })).toContainText(
    /^Échecs\s*1\b/,
    { timeout: 60_000 },
  );
  // Every column in full at 1280 px, the failure reason included: the table fits its frame.
  await expect(recipients.locator('tbody')).toContainText('131026');
  expect(
    await recipients.evaluate(
      (frame: { scrollWidth: number; clientWidth: number }) =>
        frame.scrollWidth <= frame.clientWidth,
    ),
    'the recipients table is cut at 1280 px',
  ).toBe(true);
  await page.screenshot({ path: `${screenshotDir}/campaign-sent-1280.png`, fullPage: true });
  expect(await seriousAxeViolations(page), 'axe on a sent campaign at 1280 px').toEqual([]);

  // A phone: the table scrolls inside its own frame, never the page.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(recipients).toBeVisible();
  // The chart follows the new width on its next resize observation.
  await expect
    .poll(() => hasHorizontalScroll(page), { message: 'horizontal scroll on the campaign page' })
    .toBe(false);
  await page.screenshot({ path: `${screenshotDir}/campaign-sent-360.png`, fullPage: true });
  expect(await seriousAxeViolations(page), 'axe on a sent campaign at 360 px').toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The list: the campaign, completed, then a copy made and deleted.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Campagnes' })
    .click();
  const items = page.getByRole('list', { name: 'Campagnes' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Rappel Douala');
  await expect(items.first()).toContainText('Terminée');
  await expect(items.first()).toContainText(/Modèle :\s*bienvenue/);
  await expect(items.first()).toContainText(/Destinataires :\s*15/);
  // Live: a draft another admin creates shows up without a reload.
  const other = await serviceClient()
    .from('campaigns')
    .insert({ organization_id: organization.id, name: 'Relance Yaoundé' });
  expect(other.error).toBeNull();
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Relance Yaoundé');
  await expect(items.first()).toContainText('Brouillon');

  await page.getByRole('button', { name: 'Dupliquer la campagne Rappel Douala' }).click();
  await expect(page.getByText('Brouillon « Copie de Rappel Douala » créé.')).toBeVisible();
  await expect(items).toHaveCount(3);
  const copy = items.filter({ hasText: 'Copie de Rappel Douala' });
  await expect(copy).toContainText('Brouillon');
  expect(await hasHorizontalScroll(page)).toBe(false);

  await page.setViewportSize({ width: 375, height: 812 });
  expect(await hasHorizontalScroll(page), 'horizontal scroll on the list').toBe(false);
  await page.screenshot({ path: `${screenshotDir}/campaigns-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await copy.getByRole('button', { name: 'Supprimer le brouillon Copie de Rappel Douala' }).click();
  const confirm = page.getByRole('dialog', {
    name: 'Supprimer le brouillon « Copie de Rappel Douala » ?',
  });
  await confirm.getByRole('button', { name: 'Supprimer le brouillon' }).click();
  await expect(page.getByText('Brouillon « Copie de Rappel Douala » supprimé.')).toBeVisible();
  await expect(items).toHaveCount(2);
});

/** Tomorrow's date on Douala's calendar (UTC+1, no summer time), YYYY-MM-DD. */
function tomorrowInDouala(): string {
  return new Date(Date.now() + 60 * 60 * 1000 + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

test('an admin saves a scheduled draft with quiet hours, reopens it and schedules it', async ({
  page,
  organization,
}) => {
  test.setTimeout(90_000);
  // The templates, fetched as `npm start` does for the demo organisation.
  const synced = await serviceClient().functions.invoke('wati-sync-templates', {
    body: { organizationId: organization.id },
  });
  expect(synced.error).toBeNull();

  await openCampaigns(page, organization);
  await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
  await page.getByLabel('Nom de la campagne').fill('Employeurs : rappel');
  await page.getByLabel('Modèle approuvé').selectOption({ label: 'bienvenue' });
  await page
    .getByRole('group', { name: '{{name}}' })
    .getByLabel('Source')
    .selectOption({ label: 'Nom du contact' });

  // Tags, picked among those in use.
  await page.getByRole('radio', { name: /^Des étiquettes/ }).check();
  const tagField = page.getByRole('combobox', { name: 'Étiquettes : nouvelle étiquette' });
  await tagField.fill('EMPLO');
  const suggestions = page.getByRole('listbox', { name: 'Étiquettes utilisées' });
  await expect(suggestions.getByRole('option')).toHaveText(['employeurs']);
  await page.screenshot({ path: `${screenshotDir}/campaign-tag-suggestions-1280.png` });
  await tagField.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: 'employeurs' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await tagField.press('Enter');
  await expect(tagField).toHaveValue('');
  await expect(page.getByRole('list', { name: 'Étiquettes choisies' })).toHaveText([/^employeurs/]);
  // 20 employers, one of them (n = 42) opted out.
  const estimate = page.getByTestId('campaign-estimate');
  await expect(estimate).toContainText('19 destinataires');
  await expect(estimate).toContainText(/Désinscrits\s*1/);
  await expect(page.getByTestId('campaign-preview')).toContainText(/Bonjour [^{}]+, bienvenue/);

  // Tomorrow 09:30 in Douala, no sending from 22:00 to 07:00.
  const day = tomorrowInDouala();
  await page.getByRole('radio', { name: 'Programmer l’envoi' }).check();
  await page.getByLabel('Date d’envoi').fill(day);
  await page.getByLabel('Heure d’envoi').fill('09:30');
  await expect(
    page.getByText(/^Départ le .+ à 09:30 \(Heure de Douala \(UTC\+1\)\)\.$/),
  ).toBeVisible();
  await page.getByLabel('Respecter des heures de silence').check();
  await expect(page.getByLabel('Pas d’envoi à partir de')).toHaveValue('21:00');
  await expect(page.getByLabel('Reprise de l’envoi à')).toHaveValue('08:00');
  await page.getByLabel('Pas d’envoi à partir de').fill('22:00');
  await page.getByLabel('Reprise de l’envoi à').fill('07:00');

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
  await expect(page).toHaveURL(/\/campagnes\/[0-9a-f-]{36}\/modifier$/);
  const campaignId = /\/campagnes\/([0-9a-f-]{36})\/modifier$/.exec(page.url())![1]!;
  const { data: saved, error } = await serviceClient()
    .from('campaigns')
    .select('status, audience, scheduled_at, quiet_hours_start, quiet_hours_end, parameter_mapping')
    .eq('id', campaignId)
    .single();
  expect(error).toBeNull();
  expect(saved).toEqual({
    status: 'draft',
    audience: { kind: 'tags', tags: ['employeurs'] },
    // 09:30 in Douala is 08:30 UTC.
    scheduled_at: `${day}T08:30:00+00:00`,
    quiet_hours_start: '22:00:00',
    quiet_hours_end: '07:00:00',
    parameter_mapping: { name: { source: 'field', value: 'name' } },
  });

  // Reopened from the server: the same choices.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Employeurs : rappel' })).toBeVisible();
  await expect(page.getByLabel('Nom de la campagne')).toHaveValue('Employeurs : rappel');
  await expect(page.getByRole('group', { name: '{{name}}' }).getByLabel('Source')).toHaveValue(
    'field:name',
  );
  await expect(page.getByRole('radio', { name: /^Des étiquettes/ })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Étiquettes choisies' })).toHaveText([/^employeurs/]);
  await expect(page.getByRole('radio', { name: 'Programmer l’envoi' })).toBeChecked();
  await expect(page.getByLabel('Date d’envoi')).toHaveValue(day);
  await expect(page.getByLabel('Heure d’envoi')).toHaveValue('09:30');
  await expect(page.getByLabel('Respecter des heures de silence')).toBeChecked();
  await expect(page.getByLabel('Pas d’envoi à partir de')).toHaveValue('22:00');
  await expect(page.getByLabel('Reprise de l’envoi à')).toHaveValue('07:00');
  await expect(estimate).toContainText('19 destinataires');

  await page.getByRole('button', { name: 'Lancer la campagne' }).click();
  const dialog = page.getByRole('dialog', { name: /^Programmer l’envoi pour le .+ à 09:30 \?$/ });
  await expect(dialog).toContainText('partira à 19 contacts');
  await dialog.getByRole('button', { name: 'Programmer l’envoi' }).click();
  await expect(page.getByText('Campagne « Employeurs : rappel » programmée.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/campagnes/${campaignId}$`));

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Campagnes' })
    .click();
  const item = page.getByRole('list', { name: 'Campagnes' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Programmée');
  await expect(item).toContainText(/Programmée pour le\s*.+ à 09:30/);
  await expect(item).toContainText(/Destinataires :\s*19/);
  // Launched: no longer deletable.
  await expect(item.getByRole('button', { name: /Supprimer/ })).toHaveCount(0);
});

test('a launch writes nothing until it is confirmed, and a draft is launched in place', async ({
  page,
  organization,
}) => {
  test.setTimeout(90_000);
  const synced = await serviceClient().functions.invoke('wati-sync-templates', {
    body: { organizationId: organization.id },
  });
  expect(synced.error).toBeNull();
  const name = 'Relance cotisations';
  const savedIds = async () => {
    const { data, error } = await serviceClient()
      .from('campaigns')
      .select('id')
      .eq('organization_id', organization.id);
    expect(error).toBeNull();
    return (data ?? []).map((row) => row.id);
  };

  await openCampaigns(page, organization);
  await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
  const nameField = page.getByLabel('Nom de la campagne');

  // The name's limit is said as it is typed, and a longer name is not cut silently.
  await nameField.fill('é'.repeat(121));
  await expect(nameField).toHaveValue('é'.repeat(121));
  await expect(nameField).toHaveAccessibleDescription(/121 caractères sur 120/);
  await nameField.blur();
  await expect(nameField).toHaveAccessibleDescription(/Le nom compte 120 caractères au plus\./);
  await nameField.fill(name);
  await expect(nameField).toHaveAccessibleDescription(/19 caractères sur 120/);

  await page.getByLabel('Modèle approuvé').selectOption({ label: 'bienvenue' });
  await page
    .getByRole('group', { name: '{{name}}' })
    .getByLabel('Source')
    .selectOption({ label: 'Nom du contact' });
  // Scheduled for tomorrow: nothing is sent during the test.
  await page.getByRole('radio', { name: 'Programmer l’envoi' }).check();
  await page.getByLabel('Date d’envoi').fill(tomorrowInDouala());
  await page.getByLabel('Heure d’envoi').fill('10:00');
  const launch = page.getByRole('button', { name: 'Lancer la campagne' });
  await expect(launch).toBeEnabled();

  // Asked, then dismissed: nothing was written and the form is still the new campaign's.
  await launch.click();
  const question = page.getByRole('dialog', { name: /^Programmer l’envoi pour le .+ à 10:00 \?$/ });
  await question.getByRole('button', { name: 'Pas maintenant' }).click();
  await expect(question).toBeHidden();
  await expect(page).toHaveURL(/\/campagnes\/nouvelle$/);
  expect(await savedIds()).toEqual([]);
  await expect(nameField).toHaveValue(name);

  // Saved as a draft, asked and dismissed again: still that one draft.
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page).toHaveURL(/\/campagnes\/[0-9a-f-]{36}\/modifier$/);
  const [draftId] = await savedIds();
  expect(draftId).toBeDefined();
  await expect(launch).toBeEnabled();
  await launch.click();
  await question.getByRole('button', { name: 'Pas maintenant' }).click();
  await expect(question).toBeHidden();
  expect(await savedIds()).toEqual([draftId]);

  // Confirmed: that draft is the campaign launched, and the list has it once.
  await launch.click();
  await question.getByRole('button', { name: 'Programmer l’envoi' }).click();
  await expect(page.getByText(`Campagne « ${name} » programmée.`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/campagnes/${draftId}$`));
  expect(await savedIds()).toEqual([draftId]);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Campagnes' })
    .click();
  const items = page.getByRole('list', { name: 'Campagnes' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.filter({ hasText: name })).toHaveCount(1);
  await expect(items.first()).toContainText('Programmée');
});

test('an agent follows campaigns without building them', async ({ page }) => {
  await signIn(page, demoAccount('agent'));
  await page.goto('/campagnes');
  await expect(page.getByRole('heading', { level: 1, name: 'Campagnes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nouvelle campagne' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Dupliquer|Supprimer/ })).toHaveCount(0);

  await page.goto('/campagnes/nouvelle');
  await expect(page.getByText('Accès réservé aux propriétaires et administrateurs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lancer la campagne' })).toHaveCount(0);
});

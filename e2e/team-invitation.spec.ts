import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts';
import { waitForMail } from '../test-support/mail';

test('a new user creates an organisation, invites an agent by link, and the agent joins it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const organizationName = `Clinique Espoir ${stamp}`;
  const founder = {
    fullName: 'Fatou Fondatrice',
    email: `fondatrice-${stamp}@wcap.test`,
    password: 'Fondatrice2026!',
  };
  const agent = {
    fullName: 'Koffi Agent',
    email: `agent-${stamp}@wcap.test`,
    password: 'AgentKoffi2026!',
  };

  // Sign up: a brand-new account has no organisation and lands on onboarding.
  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Créer un compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();
  await signUp(page, founder);
  await expect(page).toHaveURL(/\/bienvenue$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Créez votre organisation' }),
  ).toBeVisible();

  // The country's derived settings are previewed before anything is created.
  const country = page.getByLabel('Pays', { exact: true });
  await expect(country).toHaveValue('CM');
  await expect(page.getByText('Heure de Douala (UTC+1)')).toBeVisible();
  await country.selectOption({ label: 'Gabon' });
  await expect(page.getByText('Gabon (+241)')).toBeVisible();
  await expect(page.getByText('Heure de Libreville (UTC+1)')).toBeVisible();
  await expect(page.getByText(/démarre sur l’offre Essentiel/)).toBeVisible();
  await page.getByLabel('Nom de l’organisation').fill(organizationName);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByRole('banner').getByText(organizationName, { exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Mode bac à sable')).toBeVisible();

  // Paramètres › Équipe: invite an agent and read the link from the page.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Paramètres' })
    .click();
  await expect(page.getByLabel('Fuseau horaire')).toHaveValue('Africa/Libreville');
  const settingsSections = page.getByRole('navigation', { name: 'Sections des paramètres' });
  await settingsSections.getByRole('link', { name: 'Équipe', exact: true }).click();
  await expect(page).toHaveURL(/\/parametres\/equipe$/);
  const members = page.getByRole('list', { name: 'Membres de l’équipe' });
  await expect(members.getByRole('listitem')).toHaveCount(1);
  await expect(members.getByText('Fatou Fondatrice')).toBeVisible();

  const roleSelect = page.getByLabel('Rôle', { exact: true });
  // An owner may grant every role.
  await expect(roleSelect.getByRole('option')).toHaveText([
    'Propriétaire',
    'Administrateur',
    'Agent',
    'Lecteur',
  ]);
  await roleSelect.selectOption('agent');
  // A note tells the pending links apart; its limit is said in the field.
  const note = page.getByLabel('Note', { exact: true });
  await expect(note).toHaveAttribute('maxlength', '120');
  await expect(note).toHaveAccessibleDescription(/0\/120 caractères/);
  await note.fill('pour Koffi, accueil Libreville');
  await expect(note).toHaveAccessibleDescription(/30\/120 caractères/);
  // The link can also leave by e-mail, caught here by the stack's mail sandbox.
  const inviteeEmail = `koffi-${Date.now()}@wcap.test`;
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(inviteeEmail);
  await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
  const linkField = page.getByLabel('Lien d’invitation', { exact: true });
  await expect(linkField).toHaveValue(/\/invitation\/[0-9a-f]{48}$/);
  const invitationLink = await linkField.inputValue();
  await expect(page.getByText(`Invitation envoyée à ${inviteeEmail}.`)).toBeVisible();
  const mail = await waitForMail(process.env.WCAP_MAIL_SANDBOX_URL ?? '', inviteeEmail);
  expect(mail.html).toContain(invitationLink);
  expect(mail.html).toContain(organizationName);
  const share = page.getByRole('link', { name: /Partager sur WhatsApp/ });
  const shareUrl = new URL((await share.getAttribute('href')) ?? '');
  expect(shareUrl.origin).toBe('https://wa.me');
  expect(shareUrl.searchParams.get('text')).toContain(invitationLink);
  expect(shareUrl.searchParams.get('text')).toContain(`« ${organizationName} »`);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.getByText(/Lien copié|Copie impossible/)).toBeVisible();
  const pending = page.getByRole('list', { name: 'Invitations en attente' }).getByRole('listitem');
  await expect(pending).toHaveCount(1);
  await expect(pending.first()).toContainText('pour Koffi, accueil Libreville');
  await expect(pending.first()).toContainText('Agent');

  // A new browser, signed out: the link shows who invites to what, and leads to sign-up.
  const agentContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Africa/Douala' });
  try {
    const agentPage = await agentContext.newPage();
    await agentPage.goto(invitationLink);
    await expect(
      agentPage.getByRole('heading', { level: 1, name: `Rejoindre « ${organizationName} »` }),
    ).toBeVisible();
    await expect(agentPage.getByText(/Fatou Fondatrice\s+vous invite/)).toBeVisible();
    await expect(agentPage.getByText(/en tant qu’agent/)).toBeVisible();
    await agentPage.getByRole('link', { name: 'Créer un compte' }).click();
    await expect(agentPage).toHaveURL(/\/inscription$/);
    await expect(agentPage.getByText('Vous avez reçu une invitation')).toBeVisible();
    await signUp(agentPage, agent);

    // Back on the invitation, signed in: join.
    await expect(agentPage).toHaveURL(/\/invitation\/[0-9a-f]{48}$/);
    await agentPage.getByRole('button', { name: `Rejoindre ${organizationName}` }).click();
    await expect(
      agentPage.getByRole('heading', { level: 1, name: 'Tableau de bord' }),
    ).toBeVisible();
    await expect(
      agentPage.getByRole('banner').getByText(organizationName, { exact: true }),
    ).toBeVisible();

    // The agent sees the modules, but not the team settings.
    const navigation = agentPage.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link')).toHaveCount(9);
    await navigation.getByRole('link', { name: 'Paramètres' }).click();
    const agentSections = agentPage.getByRole('navigation', { name: 'Sections des paramètres' });
    await expect(agentSections.getByRole('link', { name: 'Organisation' })).toBeVisible();
    await expect(agentSections.getByRole('link', { name: 'Abonnement' })).toBeVisible();
    await expect(agentSections.getByRole('link', { name: 'Équipe', exact: true })).toHaveCount(0);
    // Read-only organisation settings for an agent.
    await expect(agentPage.getByLabel('Nom de l’organisation')).toHaveCount(0);
    await expect(
      agentPage.getByText('Seuls les propriétaires et les administrateurs'),
    ).toBeVisible();
    await agentPage.goto('/parametres/equipe');
    await expect(
      agentPage.getByText('Accès réservé aux propriétaires et administrateurs'),
    ).toBeVisible();
    await expect(agentPage.getByRole('button', { name: 'Créer un lien d’invitation' })).toHaveCount(
      0,
    );

    // The link served once.
    await agentPage.goto(invitationLink);
    await expect(
      agentPage.getByRole('heading', { level: 1, name: 'Invitation déjà utilisée' }),
    ).toBeVisible();
  } finally {
    await agentContext.close();
  }

  // The owner sees the agent in the team; the Starter plan's two seats are now taken.
  await page.reload();
  await expect(members.getByRole('listitem')).toHaveCount(2);
  const agentRow = members.getByRole('listitem').filter({ hasText: 'Koffi Agent' });
  await expect(agentRow.getByLabel('Rôle de Koffi Agent')).toHaveValue('agent');
  await expect(page.getByText('Aucune invitation en attente')).toBeVisible();
  await roleSelect.selectOption('agent');
  await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
  await expect(page.getByText('Limite de sièges atteinte')).toBeVisible();
  // The database's message; its plan name is the lead's to translate with the error codes.
  await expect(page.getByText(/Votre offre \S+ comprend 2 agents au plus/)).toBeVisible();
  // Viewers take no seat: making the agent a viewer frees one.
  await roleSelect.selectOption('viewer');
  await note.fill('pour Awa, lecture des rapports');
  await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
  await expect(linkField).toHaveValue(/\/invitation\/[0-9a-f]{48}$/);
  await agentRow.getByLabel('Rôle de Koffi Agent').selectOption('viewer');
  await agentRow.getByRole('button', { name: 'Enregistrer le rôle de Koffi Agent' }).click();
  await expect(page.getByText('Koffi Agent est désormais lecteur.')).toBeVisible();
  await expect(agentRow.getByRole('button', { name: /Enregistrer/ })).toHaveCount(0);
  await expect(agentRow.getByLabel('Rôle de Koffi Agent')).toHaveValue('viewer');
  await roleSelect.selectOption('agent');
  await note.fill('pour Jean, accueil Douala');
  await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
  await expect(page.getByText('Limite de sièges atteinte')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Nouvelle invitation (agent)' })).toBeVisible();

  // The only owner cannot leave: the database's French message shows in the dialog.
  await settingsSections.getByRole('link', { name: 'Organisation' }).click();
  const leaveButton = page.getByRole('button', { name: 'Quitter l’organisation' });
  await leaveButton.click();
  const dialog = page.getByRole('dialog', { name: `Quitter « ${organizationName} » ?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(leaveButton).toBeFocused();
  await leaveButton.click();
  await dialog.getByRole('button', { name: 'Quitter l’organisation' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    "L'organisation doit garder au moins un propriétaire : nommez-en un autre avant de partir.",
  );
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

  // Removing a member and revoking a link both ask first.
  await settingsSections.getByRole('link', { name: 'Équipe', exact: true }).click();
  await members.getByRole('button', { name: 'Retirer Koffi Agent' }).click();
  const removeDialog = page.getByRole('dialog', { name: 'Retirer Koffi Agent de l’équipe ?' });
  await removeDialog.getByRole('button', { name: 'Retirer le membre' }).click();
  await expect(removeDialog).toBeHidden();
  await expect(page.getByText('Koffi Agent a été retiré de l’équipe.')).toBeVisible();
  await expect(members.getByRole('listitem')).toHaveCount(1);
  // Each pending link reads its note, so the right one is revoked.
  await expect(pending).toHaveCount(2);
  await expect(pending.filter({ hasText: 'pour Jean, accueil Douala' })).toContainText('Agent');
  await expect(pending.filter({ hasText: 'pour Awa, lecture des rapports' })).toContainText(
    'Lecteur',
  );
  await pending
    .filter({ hasText: 'pour Awa, lecture des rapports' })
    .getByRole('button', {
      name: 'Révoquer l’invitation « pour Awa, lecture des rapports » (lecteur)',
    })
    .click();
  const revokeDialog = page.getByRole('dialog', { name: 'Révoquer cette invitation ?' });
  await expect(revokeDialog).toContainText('pour Awa, lecture des rapports');
  await revokeDialog.getByRole('button', { name: 'Révoquer' }).click();
  await expect(page.getByText('Invitation révoquée.')).toBeVisible();
  await expect(pending).toHaveCount(1);
  await expect(pending).toContainText('pour Jean, accueil Douala');
});

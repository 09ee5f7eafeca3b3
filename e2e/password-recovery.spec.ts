import { expect, test } from '@playwright/test';
import { createNodeClient } from '../scripts/node-supabase-client';
import { linkIn, waitForMail } from '../test-support/mail';
import { signUp } from './support/accounts';

// « Mot de passe oublié ? »: Supabase Auth's recovery e-mail, caught by the stack's mail sandbox,
// leads to a page where the person chooses a new password; the link serves once.

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

test('a person who forgot their password gets a link by e-mail and chooses a new one', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const email = `oubli-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@wcap.test`;
  await page.goto('/inscription');
  await signUp(page, { fullName: 'Odile Oubli', email, password: 'AncienMdp2026!' });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Créez votre organisation' }),
  ).toBeVisible();
  // Signed out through the app: clearing the storage raced the client writing its session back.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Mot de passe oublié ?' })).toBeVisible();

  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByLabel('Adresse e-mail')).toHaveAccessibleDescription(
    'Adresse e-mail requise',
  );
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByText(`Si un compte existe pour ${email}`)).toBeVisible();

  // Auth sends one e-mail a minute per address: asking again at once is refused, in French.
  await page.getByRole('button', { name: 'Renvoyer un e-mail' }).click();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByRole('alert')).toContainText('patientez une minute');

  const mail = await waitForMail(required('WCAP_MAIL_SANDBOX_URL'), email);
  expect(mail.subject).toContain('Réinitialisez votre mot de passe');
  expect(mail.html).toContain('Bonjour Odile Oubli');
  const link = linkIn(mail, required('WCAP_API_URL'));

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau mot de passe' })).toBeVisible();
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('NouveauMdp2026!');
  await page.getByLabel('Confirmation du nouveau mot de passe').fill('NouveauMdp2026!');
  await page.getByRole('button', { name: 'Modifier le mot de passe' }).click();
  await expect(page.getByText('Mot de passe modifié.')).toBeVisible();
  await expect(page).not.toHaveURL(/nouveau-mot-de-passe/);

  // The new password signs in; the old one no longer does.
  const client = createNodeClient(required('WCAP_API_URL'), required('VITE_SUPABASE_ANON_KEY'));
  const old = await client.auth.signInWithPassword({ email, password: 'AncienMdp2026!' });
  expect(old.error?.code).toBe('invalid_credentials');
  const fresh = await client.auth.signInWithPassword({ email, password: 'NouveauMdp2026!' });
  expect(fresh.error).toBeNull();

  // The same link a second time: it has served, and the page says so with a way to ask again.
  await page.context().clearCookies();
  await page.evaluate('localStorage.clear()');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Lien expiré' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toBeVisible();
});

test('the recovery e-mail is in English for someone who reads the interface in English', async () => {
  const email = `forgot-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@wcap.test`;
  const client = createNodeClient(required('WCAP_API_URL'), required('VITE_SUPABASE_ANON_KEY'));
  const created = await client.auth.signUp({
    email,
    password: 'EnglishMdp2026!',
    options: { data: { full_name: 'Emma Forgot', language: 'en' } },
  });
  expect(created.error).toBeNull();
  const asked = await client.auth.resetPasswordForEmail(email);
  expect(asked.error).toBeNull();
  const mail = await waitForMail(required('WCAP_MAIL_SANDBOX_URL'), email);
  expect(mail.html).toContain('Hello Emma Forgot');
  expect(mail.html).toContain('reset the password');
  expect(mail.html).not.toContain('Bonjour');
});

import { expect, test, type Page } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { createNodeClient } from '../scripts/node-supabase-client';
import { signIn } from './support/accounts';
import { stackSql } from './support/stack';
import {
  freshCameroonianMobile,
  nextCodeTo,
  nextMessagesTo,
  writeToPlatform,
} from './support/whatsapp-sandbox';
import {
  askSignInCode,
  codeGroup,
  firstBox,
  personalOrganizationOf,
  whatsAppTab,
  type Phone,
} from './support/whatsapp-login';

// Logging in with a code received on WhatsApp (issue 17): the platform number is the stack's
// WhatsApp sandbox, which records the codes it was asked to send. A number without an account gets
// one at its first login, with a personal organisation (its wallet comes with it).

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

/**
 * Where a new account lands: the dashboard of the personal organisation its first WhatsApp login
 * made (issue 18: everyone who logs in by WhatsApp has a wallet), named after the number.
 */
async function expectPersonalWorkspace(page: Page, phone: Phone) {
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 15_000,
  });
  const organization = await personalOrganizationOf(phone);
  expect(organization).toMatchObject({ country_code: 'CM' });
  expect(organization.name).toMatch(/^Espace de \+237/);
}

/** Another six-digit code than `code`. */
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

test('a new person logs in with the code received on WhatsApp and lands in a personal organisation', async ({
  page,
}) => {
  const phone = freshCameroonianMobile();
  await askSignInCode(page, phone);
  const code = await nextCodeTo(phone.e164);
  // Typed into the first box, the code fills the six and is sent.
  await firstBox(page).fill(code);
  await expectPersonalWorkspace(page, phone);
});

test('a wrong code is refused and the boxes emptied; the right one then logs in', async ({
  page,
}) => {
  const phone = freshCameroonianMobile();
  await askSignInCode(page, phone);
  const code = await nextCodeTo(phone.e164);

  await firstBox(page).fill(wrongCode(code));
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
    'Code invalide ou expiré.',
  );
  for (let position = 1; position <= 6; position += 1) {
    await expect(page.getByLabel(`Chiffre ${position} sur 6`)).toHaveValue('');
  }
  await expect(firstBox(page)).toBeFocused();

  await firstBox(page).fill(code);
  await expectPersonalWorkspace(page, phone);
});

test('a member links their number in the profile, then logs in with it as themselves', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const account = { email: `whatsapp-${stamp}@wcap.test`, password: 'WhatsApp2026!' };
  const organizationName = `Mutuelle WhatsApp ${stamp}`;
  // Untyped, as the scripts' clients are: the e2e project does not load the SPA's database types.
  const client: SupabaseClient = createNodeClient(
    required('WCAP_API_URL'),
    required('VITE_SUPABASE_ANON_KEY'),
  );
  const signedUp = await client.auth.signUp({
    ...account,
    options: { data: { full_name: 'Wassila Numéro' } },
  });
  expect(signedUp.error).toBeNull();
  const organization = await client.rpc('create_organization', {
    name: organizationName,
    country_code: 'CM',
  });
  expect(organization.error).toBeNull();
  const phone = freshCameroonianMobile();

  await signIn(page, account);
  await page.goto('/profil');
  const section = page.getByRole('region', { name: 'WhatsApp' });
  await expect(section.getByText('Aucun numéro lié.')).toBeVisible();
  await section.getByRole('button', { name: 'Lier un numéro' }).click();
  // The organisation's country reads the national number.
  await expect(section.getByLabel('Pays', { exact: true })).toHaveValue('CM');
  await section.getByLabel('Numéro WhatsApp').fill(phone.national);
  await section.getByRole('button', { name: 'Recevoir le code' }).click();
  await expect(codeGroup(page)).toBeVisible();
  await firstBox(page).fill(await nextCodeTo(phone.e164));
  await expect(
    page.getByText('Numéro WhatsApp lié : vous pouvez vous connecter avec.'),
  ).toBeVisible();
  await expect(section.getByText(`+237 ${phone.national}`)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Changer de numéro' })).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Mon compte' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion$/);

  // WCAP sends a number one code a minute: the link's code is made a minute old, as
  // whatsapp-login.int.test.ts does, rather than waiting for it.
  await stackSql(
    `update private.otp_challenges set created_at = created_at - interval '61 seconds'
     where phone = $1`,
    [phone.e164],
  );
  await askSignInCode(page, phone);
  await firstBox(page).fill(await nextCodeTo(phone.e164, 1));

  // The member's own account: their organisation's dashboard, their address.
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  const header = page.getByRole('banner');
  await expect(header.getByText(organizationName, { exact: true })).toBeVisible();
  await header.getByRole('button', { name: 'Mon compte' }).click();
  await expect(header.getByText(account.email, { exact: true })).toBeVisible();
});

test('someone who writes CONNEXION to the platform number logs in from the link and code sent back', async ({
  page,
}) => {
  const phone = freshCameroonianMobile();
  await writeToPlatform(phone.e164, 'CONNEXION');
  const sent = await nextMessagesTo(phone.e164, { count: 2 });
  const code = sent.find((message) => message.kind === 'template')?.code;
  expect(code).toMatch(/^\d{6}$/);
  const text = sent.find((message) => message.kind === 'text')?.text ?? '';
  const link = /https?:\/\/\S+/.exec(text)?.[0];
  expect(link, `a link in « ${text} »`).toBeDefined();
  const url = new URL(link!);
  expect(url.pathname).toBe('/connexion');
  expect(url.searchParams.get('whatsapp')).toBe(phone.e164);

  // The link leads to the site Auth is configured with; here the app is served on a port of its own.
  await page.goto(`${url.pathname}${url.search}`);
  await expect(whatsAppTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(codeGroup(page)).toBeVisible();
  await expect(page.getByText(`envoyé sur WhatsApp au +237 ${phone.national}`)).toBeVisible();
  await firstBox(page).fill(code!);
  await expectPersonalWorkspace(page, phone);
});

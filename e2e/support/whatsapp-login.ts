import { expect, type Page } from '@playwright/test';
import { stackSql } from './stack';
import type { freshCameroonianMobile } from './whatsapp-sandbox';

// The sign-in page's WhatsApp tab, as a person uses it, and what their first login made.

export type Phone = ReturnType<typeof freshCameroonianMobile>;

export const codeGroup = (page: Page) =>
  page.getByRole('group', { name: 'Code reçu sur WhatsApp' });
export const firstBox = (page: Page) => page.getByLabel('Chiffre 1 sur 6');
export const whatsAppTab = (page: Page) =>
  page.getByRole('tablist', { name: 'Se connecter avec' }).getByRole('tab', { name: 'WhatsApp' });

/** From the sign-in page's WhatsApp tab, has a code sent to `phone`, typed nationally. */
export async function askSignInCode(page: Page, phone: Phone) {
  await page.goto('/connexion');
  await whatsAppTab(page).click();
  await expect(whatsAppTab(page)).toHaveAttribute('aria-selected', 'true');
  // The browser speaks French from France: the country is chosen, as a Cameroonian in Paris would.
  await page.getByLabel('Pays', { exact: true }).selectOption('CM');
  await page.getByLabel('Numéro WhatsApp').fill(phone.national);
  await page.getByRole('button', { name: 'Recevoir le code' }).click();
  await expect(codeGroup(page)).toBeVisible();
  await expect(page.getByText(`envoyé sur WhatsApp au +237 ${phone.national}`)).toBeVisible();
}

/** The organisation the person behind `phone` owns: the personal one of their first login. */
export async function personalOrganizationOf(phone: Phone) {
  const [organization] = await stackSql<{ id: string; name: string; country_code: string }>(
    `select o.id, o.name, o.country_code from public.organizations o
     join public.memberships m on m.organization_id = o.id
     join auth.users u on u.id = m.user_id
     where u.phone = $1 and m.role = 'owner'`,
    [phone.e164.slice(1)],
  );
  return organization!;
}

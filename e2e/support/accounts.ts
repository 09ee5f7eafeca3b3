import { expect, type Page } from '@playwright/test';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

/** The seeded accounts of « CNSA (démo) », one per role. */
export function demoAccount(role: 'owner' | 'admin' | 'agent' | 'viewer'): {
  email: string;
  password: string;
} {
  const variable = {
    owner: 'WCAP_DEMO_EMAIL',
    admin: 'WCAP_DEMO_ADMIN_EMAIL',
    agent: 'WCAP_DEMO_AGENT_EMAIL',
    viewer: 'WCAP_DEMO_VIEWER_EMAIL',
  }[role];
  return { email: required(variable), password: required('WCAP_DEMO_PASSWORD') };
}

/** Signs in through the form and waits for the dashboard. */
export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const dashboard = page.getByRole('heading', { level: 1, name: 'Tableau de bord' });
  // A refusal shows in the form's alert: say it, rather than only that the dashboard never came.
  const refusal = page.getByRole('alert').filter({ hasText: /\S/ });
  await expect(dashboard.or(refusal).first()).toBeVisible({ timeout: 15_000 });
  if (await refusal.isVisible()) {
    throw new Error(`Sign-in refused: ${await refusal.innerText()}`);
  }
}

/** Fills and sends the sign-up form of the current page. */
export async function signUp(
  page: Page,
  account: { fullName: string; email: string; password: string },
) {
  await page.getByLabel('Nom complet').fill(account.fullName);
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByLabel('Confirmation du mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
}

/** Whether the page scrolls sideways (it never should, down to 360 px). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  // A string, as the e2e TypeScript project has no DOM types.
  const scrolls = await page.evaluate(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth',
  );
  return scrolls === true;
}

import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';
import { demoAccount, hasHorizontalScroll, signIn } from './support/accounts';

// Every main page of « CNSA (démo) », as an owner and as an agent, on a computer and on a phone:
// axe-core finds no serious or critical violation, and no page scrolls sideways at 360 px. The
// walk only reads, so it can share the demo organisation with the other specs. (The demo's templates
// are synchronised by wati-templates.spec.ts only, and its campaigns are built in throwaway
// organisations: those specs check their detail pages with the same helper.)

// The demo's published welcome flow (supabase/seed.sql), in the editor.
const editorPage = '/chatbot/parcours/f0000000-0000-4000-8000-000000000001';

const listPages = [
  '/',
  '/contacts',
  '/segments',
  '/campagnes',
  '/modeles',
  '/boite-de-reception',
  '/chatbot',
  '/chatbot/faq',
  '/chatbot/non-compris',
  '/chatbot/chatbots-wati',
  '/chatbot/reglages',
  editorPage,
  '/analytique',
  '/parametres/organisation',
  '/parametres/equipe',
  '/parametres/abonnement',
  '/parametres/credits',
  '/profil',
];
const ownerOnlyPages = [
  '/contacts/import',
  '/segments/nouveau',
  '/campagnes/nouvelle',
  '/parametres/integration-wati',
];

/** The address of the first item of a list page (a contact, a segment), once the list shows it. */
async function firstItemPath(page: Page, listPath: string, linkSelector: string): Promise<string> {
  await page.goto(listPath);
  const link = page.getByRole('main').locator(linkSelector).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href, `a link to a detail page on ${listPath}`).toBeTruthy();
  return href!;
}

/** What fails on the page as it stands, each line starting with `what`. */
async function audit(page: Page, what: string, checkWidth: boolean): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const failures = (await seriousAxeViolations(page)).map((violation) => `${what}: ${violation}`);
  if (checkWidth && (await hasHorizontalScroll(page))) failures.push(`${what}: sideways scroll`);
  return failures;
}

/** Every page of the walk, with what fails on each: one run shows them all. */
async function walk(page: Page, paths: string[], checkWidth: boolean) {
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    failures.push(...(await audit(page, path, checkWidth)));
  }
  expect(failures).toEqual([]);
}

for (const role of ['owner', 'agent'] as const) {
  for (const width of [1280, 360]) {
    test(`as ${role} at ${width} px, every main page passes axe${width === 360 ? ' and fits the width' : ''}`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
      await signIn(page, demoAccount(role));
      const details = [
        await firstItemPath(page, '/contacts', 'a[href^="/contacts/fiche/"]'),
        await firstItemPath(
          page,
          '/segments',
          'a[href^="/segments/"]:not([href="/segments/nouveau"])',
        ),
      ];
      await walk(
        page,
        [...listPages, ...details, ...(role === 'owner' ? ownerOnlyPages : [])],
        width === 360,
      );
    });
  }
}

test('the sign-in and sign-up pages pass axe at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await walk(page, ['/connexion', '/inscription'], true);
});

test('the WhatsApp sign-in and the profile’s WhatsApp number pass axe at 360 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const failures: string[] = [];
  await page.goto('/connexion');
  await page.getByRole('tab', { name: 'WhatsApp' }).click();
  // The number, refused: its message is part of what is checked.
  await page.getByRole('button', { name: 'Recevoir le code' }).click();
  await expect(page.getByLabel('Numéro WhatsApp')).toHaveAttribute('aria-invalid', 'true');
  failures.push(...(await audit(page, 'WhatsApp sign-in, number', true)));
  // The assistant's link opens on the code; nothing is sent to this number.
  await page.goto(`/connexion?whatsapp=${encodeURIComponent('+237690000000')}`);
  await expect(page.getByRole('group', { name: 'Code reçu sur WhatsApp' })).toBeVisible();
  failures.push(...(await audit(page, 'WhatsApp sign-in, code', true)));

  // Only the form is opened: the seeded agent's account keeps no number.
  await signIn(page, demoAccount('agent'));
  await page.goto('/profil');
  const section = page.getByRole('region', { name: 'WhatsApp' });
  await section.getByRole('button', { name: 'Lier un numéro' }).click();
  await expect(section.getByLabel('Numéro WhatsApp')).toBeFocused();
  failures.push(...(await audit(page, 'profile, linking a WhatsApp number', true)));
  expect(failures).toEqual([]);
});

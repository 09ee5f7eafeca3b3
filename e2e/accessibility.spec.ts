import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { demoAccount, hasHorizontalScroll, signIn } from './support/accounts';

// Every main page of « CNSA (démo) », as an owner and as an agent, on a computer and on a phone:
// axe-core finds no serious or critical violation, and no page scrolls sideways at 360 px. The
// walk only reads, so it can share the demo organisation with the other specs. (The demo's templates
// are synchronised by wati-templates.spec.ts only, and its campaigns are built in throwaway
// organisations: those specs check their detail pages with the same helper.)

const listPages = [
  '/',
  '/contacts',
  '/segments',
  '/campagnes',
  '/modeles',
  '/boite-de-reception',
  '/chatbot',
  '/analytique',
  '/parametres/organisation',
  '/parametres/equipe',
  '/parametres/abonnement',
  '/profil',
];
const ownerOnlyPages = [
  '/contacts/import',
  '/segments/nouveau',
  '/campagnes/nouvelle',
  '/parametres/integration-wati',
];

/** The first item of a list page, opened through its link (a contact, a segment). */
async function openFirst(page: Page, listPath: string, linkPattern: RegExp): Promise<string> {
  await page.goto(listPath);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const link = page
    .getByRole('main')
    .locator('a[href]')
    .filter({ has: page.locator(':scope') });
  const hrefs = await link.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
  );
  const href = hrefs.find((candidate) => linkPattern.test(candidate));
  expect(href, `a link to a detail page on ${listPath}`).toBeTruthy();
  return href!;
}

async function walk(page: Page, paths: string[], checkWidth: boolean) {
  for (const path of paths) {
    await page.goto(path);
    await expectAccessible(page, path);
    if (checkWidth)
      expect(await hasHorizontalScroll(page), `sideways scroll on ${path}`).toBe(false);
  }
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
        await openFirst(page, '/contacts', /^\/contacts\/fiche\//),
        await openFirst(page, '/segments', /^\/segments\/[0-9a-f-]{36}$/),
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

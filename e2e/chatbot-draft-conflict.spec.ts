import { expect, test as base, type Page } from '@playwright/test';
import type { Json } from '../src/lib/database.types';
import {
  demoMemberClient,
  serviceClient,
  signInTo,
  throwawayOrganization,
  type ThrowawayOrganization,
} from './support/throwaway-organization';

// Chatbot › Parcours, two admins on one flow: while the editor is open, another admin saves the
// draft through the API, as their own editor would. The next save of the page is refused rather
// than written over theirs; the page says so, loads their version when asked, or keeps its own.

type OtherAdmin = Awaited<ReturnType<typeof demoMemberClient>>['client'];

const test = base.extend<{ organization: ThrowawayOrganization; otherAdmin: OtherAdmin }>({
  // eslint-disable-next-line no-empty-pattern
  organization: async ({}, use) => {
    const organization = await throwawayOrganization({
      label: 'Chatbot conflit e2e',
      plan: { plan_id: 'professional', contacts_quota: 25000, messages_quota: 50000 },
    });
    await use(organization);
    await organization.remove();
  },
  // The seeded owner, admin of the throwaway organisation too, signed in through supabase-js.
  otherAdmin: async ({ organization }, use) => {
    const { client, userId } = await demoMemberClient('owner');
    const joined = await serviceClient()
      .from('memberships')
      .insert({ organization_id: organization.id, user_id: userId, role: 'admin' });
    if (joined.error) throw joined.error;
    await use(client);
  },
});

/**
 * A start, then one message saying `text`, stored as written: without the message's media, a
 * default the editor fills in when it opens the draft.
 */
function draftSaying(text: string): NonNullable<Json> {
  return {
    schemaVersion: 1,
    nodes: [
      {
        id: 'start',
        type: 'start',
        position: { x: 0, y: 0 },
        data: { triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['bonjour'] }] },
      },
      { id: 'theirs', type: 'message', position: { x: 0, y: 200 }, data: { text } },
    ],
    edges: [{ id: 'start-next-theirs', source: 'start', sourceHandle: 'next', target: 'theirs' }],
  };
}

async function saveAsOtherAdmin(client: OtherAdmin, flowId: string, text: string) {
  const { error } = await client
    .from('bot_flows')
    .update({ draft: draftSaying(text) })
    .eq('id', flowId);
  if (error) throw error;
}

/** Adds a message step in the page: the autosave follows. */
async function editInPage(page: Page) {
  await page.getByRole('button', { name: 'Ajouter : Message' }).click();
}

test('says another admin saved meanwhile, and loads their version or keeps its own', async ({
  page,
  organization,
  otherAdmin,
}) => {
  const created = await otherAdmin
    .from('bot_flows')
    .insert({ organization_id: organization.id, name: 'Accueil partagé', draft: draftSaying('') })
    .select('id')
    .single();
  if (created.error) throw created.error;
  const flowId = created.data.id;

  await signInTo(page, organization);
  await page.goto(`/chatbot/parcours/${flowId}`);
  const saved = page.getByRole('status').filter({ hasText: /^Enregistré$/ });
  await expect(saved).toBeVisible();

  // Behind the page's back.
  await saveAsOtherAdmin(otherAdmin, flowId, 'Réponse de l’autre administrateur');
  await editInPage(page);
  const conflict = page.getByText(
    'Un autre administrateur a modifié ce parcours pendant que vous l’éditiez.',
  );
  await expect(conflict).toBeVisible();

  await page.getByRole('button', { name: 'Charger sa version' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Charger la version de l’autre administrateur ?',
  });
  await dialog.getByRole('button', { name: 'Charger sa version' }).click();
  await expect(dialog).toBeHidden();
  await expect(conflict).toBeHidden();
  await expect(saved).toBeVisible();
  await page.getByRole('button', { name: 'Liste des étapes' }).click();
  await expect(page.getByText('Réponse de l’autre administrateur', { exact: true })).toBeVisible();
  // The step this page added is gone with its edits.
  await expect(page.getByText('À compléter', { exact: true })).toHaveCount(0);

  // Again; this time the page keeps its own draft, saved over theirs.
  await saveAsOtherAdmin(otherAdmin, flowId, 'Deuxième réponse de l’autre administrateur');
  await editInPage(page);
  await expect(conflict).toBeVisible();
  await page.getByRole('button', { name: 'Garder la mienne' }).click();
  await expect(saved).toBeVisible();
  const draft = await otherAdmin.from('bot_flows').select('draft').eq('id', flowId).single();
  if (draft.error) throw draft.error;
  const texts = (draft.data.draft as { nodes: Array<{ data: { text?: string } }> }).nodes.map(
    (node) => node.data.text,
  );
  expect(texts).toContain('Réponse de l’autre administrateur');
  expect(texts).not.toContain('Deuxième réponse de l’autre administrateur');
  expect(texts).toContain('');
});

test('follows its own publications and roll-backs without taking them for another admin’s', async ({
  page,
  organization,
  otherAdmin,
}) => {
  const created = await otherAdmin
    .from('bot_flows')
    .insert({
      organization_id: organization.id,
      name: 'Accueil publié',
      draft: draftSaying('Bonjour et bienvenue.'),
    })
    .select('id')
    .single();
  if (created.error) throw created.error;
  const flowId = created.data.id;

  await signInTo(page, organization);
  await page.goto(`/chatbot/parcours/${flowId}`);
  const saved = page.getByRole('status').filter({ hasText: /^Enregistré$/ });
  const conflict = page.getByText(
    'Un autre administrateur a modifié ce parcours pendant que vous l’éditiez.',
  );
  await expect(saved).toBeVisible();

  const revision = async () => {
    const read = await otherAdmin
      .from('bot_flows')
      .select('draft_revision')
      .eq('id', flowId)
      .single();
    if (read.error) throw read.error;
    return read.data.draft_revision;
  };

  // Publishing writes the editor's document, defaults filled in, as the draft: its revision moves on.
  await page.getByRole('button', { name: 'Publier' }).click();
  await expect(page.getByText('Version 1 publiée.')).toBeVisible();
  expect(await revision()).toBe(1);
  // The next edit is saved over that revision, not refused as someone else's.
  await editInPage(page);
  await expect.poll(revision).toBe(2);
  await expect(saved).toBeVisible();
  await expect(conflict).toBeHidden();

  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('button', { name: /^Revenir à cette version/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revenir à la version 1' }).click();
  await expect(
    page.getByText('Version 1 publiée de nouveau et copiée dans le brouillon.'),
  ).toBeVisible();
  expect(await revision()).toBe(3);
  await editInPage(page);
  await expect.poll(revision).toBe(4);
  await expect(saved).toBeVisible();
  await expect(conflict).toBeHidden();
});

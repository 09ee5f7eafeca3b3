import { expect } from '@playwright/test';
import { signInTo, testWithOrganization } from './support/throwaway-organization';

// Chatbot › Parcours: an admin builds a flow of three steps on the canvas (the start's keyword,
// buttons, the message one button leads to), sees publishing refuse a button title WhatsApp
// would cut, publishes once it fits, and plays the contact in the simulator beside the canvas.

const test = testWithOrganization({ label: 'Chatbot e2e' });

test('builds a flow of three steps, publishes it and tries it in the simulator', async ({
  page,
  organization,
}) => {
  await signInTo(page, organization);
  await page.goto('/chatbot/parcours');
  await page.getByRole('button', { name: 'Nouveau parcours' }).first().click();
  await page.getByLabel('Nom du parcours', { exact: true }).fill('Accueil e2e');
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click();
  const publish = page.getByRole('button', { name: 'Publier' });
  await expect(publish).toBeVisible();

  // 1. The start: the keyword « menu ».
  await page.getByRole('group', { name: /^Départ/ }).click();
  await page.getByRole('button', { name: 'Ajouter un mot-clé' }).click();
  await page.getByRole('textbox', { name: 'Mot-clé 1', exact: true }).fill('menu');
  // 2. Buttons after it, with a title over WhatsApp's 20 characters.
  await page.getByRole('button', { name: 'Ajouter : Boutons' }).click();
  await page.getByLabel('Texte du message', { exact: true }).fill('Que voulez-vous savoir ?');
  await page.getByLabel('Titre du bouton 1', { exact: true }).fill('Nos horaires d’ouverture');
  // 3. The message the button leads to.
  await page.getByRole('button', { name: 'Ajouter : Message' }).click();
  await page
    .getByLabel('Texte du message', { exact: true })
    .fill('Du lundi au vendredi, 8 h – 17 h.');

  await publish.click();
  const refusal = page.getByRole('button', { name: /Le bouton « Nos horaires d’ouverture »/ });
  await expect(refusal).toBeVisible();
  await refusal.click();
  const title = page.getByLabel('Titre du bouton 1', { exact: true });
  await expect(title).toBeFocused();
  await title.fill('Nos horaires');

  await publish.click();
  await expect(page.getByText('Version 1 publiée.')).toBeVisible();

  await page.getByRole('tab', { name: 'Tester' }).click();
  // The radio is drawn by its label (a segmented control): the label takes the click.
  await page.getByText('Version publiée', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Version publiée' })).toBeChecked();
  await page.getByLabel('Message du contact', { exact: true }).fill('Menu');
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  const conversation = page.getByRole('log', { name: 'Conversation simulée' });
  await expect(conversation.getByText('Que voulez-vous savoir ?')).toBeVisible();
  await conversation.getByRole('button', { name: 'Nos horaires' }).click();
  await expect(conversation.getByText('Du lundi au vendredi, 8 h – 17 h.')).toBeVisible();
});

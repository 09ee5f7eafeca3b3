import { z } from 'zod';
import { asCaller, identifyCaller, refusalResponse } from '../_shared/caller.ts';
import { requireEnv } from '../_shared/env.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';
import { serviceWatiConnection } from '../_shared/wati-connection.ts';

// What a contact may send, as the Wati sandbox's /inbound takes it (scripts/sandbox/wati/README.md),
// checked here first so that a person reads what is wrong in French.
const text = (max: number, what: string) =>
  z
    .string({ error: `${what} : texte attendu.` })
    .trim()
    .min(1, `${what} : ne peut pas être vide.`)
    .max(max, `${what} : ${max} caractères au plus.`);

const httpUrl = z
  .string({ error: 'Adresse du fichier : texte attendu.' })
  .max(2048, 'Adresse du fichier : 2 048 caractères au plus.')
  .regex(/^https?:\/\/\S+$/i, 'Adresse du fichier : elle doit commencer par http:// ou https://.');

const coordinate = (bound: number, what: string) =>
  z
    .number({ error: `${what} : nombre attendu.` })
    .min(-bound, `${what} : entre -${bound} et ${bound}.`)
    .max(bound, `${what} : entre -${bound} et ${bound}.`);

const inboundContent = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('text'), text: text(4096, 'Message') }),
    z.object({
      type: z.enum(['image', 'document', 'audio', 'voice', 'video', 'sticker']),
      url: httpUrl,
      caption: text(1024, 'Légende').optional(),
      fileName: text(240, 'Nom du fichier').optional(),
    }),
    z.object({
      type: z.literal('location'),
      latitude: coordinate(90, 'Latitude'),
      longitude: coordinate(180, 'Longitude'),
      name: text(240, 'Nom du lieu').optional(),
      address: text(240, 'Adresse').optional(),
    }),
    z.object({
      type: z.literal('contacts'),
      contacts: z
        .array(
          z.object({ name: text(120, 'Nom du contact'), phone: text(32, 'Numéro du contact') }),
        )
        .min(1, 'Ajoutez au moins une fiche de contact.')
        .max(10, 'Dix fiches de contact au plus.'),
    }),
    z.object({
      type: z.literal('button'),
      text: text(256, 'Bouton'),
      payload: text(256, 'Valeur du bouton').optional(),
    }),
    z.object({
      type: z.literal('interactive'),
      title: text(256, 'Bouton'),
      buttonId: text(256, 'Identifiant du bouton').optional(),
    }),
    z.object({
      type: z.literal('list_reply'),
      id: text(256, 'Identifiant de la ligne'),
      title: text(256, 'Ligne'),
      description: text(256, 'Description de la ligne').optional(),
    }),
  ],
  { error: 'Type de message inconnu.' },
);

const input = z.object({
  organizationId: z.uuid({ error: 'Organisation invalide.' }),
  from: z
    .string({ error: 'Numéro : texte attendu.' })
    .regex(/^[1-9][0-9]{7,14}$/, 'Numéro : indicatif du pays puis le numéro, 8 à 15 chiffres.'),
  senderName: text(120, 'Nom du contact').optional(),
});

const sandboxOnly = (): Response =>
  errorResponse(409, 'sandbox_only', 'La simulation n’existe qu’en mode bac à sable.');

const sandboxUnavailable = (): Response =>
  errorResponse(
    502,
    'wati_unavailable',
    'Le bac à sable Wati ne répond pas correctement : réessayez dans quelques instants.',
  );

/**
 * « Simuler un message » (sandbox mode only): a member who answers in the inbox (agent and up)
 * has a contact write to the organisation's number, as the Wati sandbox's /inbound does, so that
 * the inbox, the bot and the opt-out can be tried without a phone. The sandbox then posts Wati's
 * webhooks to the organisation's webhook URL like any message.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (caller?.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour simuler un message.');
    }
    const asked = await readPersonRequest(request);
    if (!asked.ok) return asked.response;
    const body = asked.value;
    const target = input.safeParse(body);
    // A text message needs no `type`, as for the sandbox.
    const message = inboundContent.safeParse({ type: 'text', ...body });
    if (!target.success || !message.success) {
      const issue = (target.error ?? message.error)?.issues[0];
      return errorResponse(422, 'invalid_input', issue?.message ?? 'Message simulé invalide.');
    }
    const { organizationId, from, senderName } = target.data;

    // SQL refuses viewers and strangers (42501 with its code), as for every inbox action.
    try {
      await asCaller(caller, (sql) => sql`select private.require_inbox_agent(${organizationId})`);
    } catch (error) {
      const refused = refusalResponse(error);
      if (refused) return refused;
      throw error;
    }

    // The organisation's sandbox tenant (its id is the organisation's), created with its webhook
    // URL if need be; an organisation with its own Wati credentials has no sandbox.
    let response: Response;
    try {
      const connection = await serviceWatiConnection(organizationId);
      if (connection?.source !== 'sandbox') return sandboxOnly();
      response = await fetch(
        `${requireEnv('WATI_SANDBOX_URL')}/_sandbox/tenants/${organizationId}/inbound`,
        {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${requireEnv('WATI_SANDBOX_TOKEN')}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ from, senderName, ...message.data }),
        },
      );
    } catch (error) {
      console.error('wati-sandbox-simulate: the sandbox could not be reached', error);
      return sandboxUnavailable();
    }
    const answer = await response.text();
    if (response.status === 400) {
      console.warn(`wati-sandbox-simulate: the sandbox refused the message: ${answer}`);
      return errorResponse(
        422,
        'invalid_input',
        'Le bac à sable refuse ce message : vérifiez le numéro et le contenu.',
      );
    }
    if (!response.ok) {
      console.error(`wati-sandbox-simulate: the sandbox answered ${response.status}: ${answer}`);
      return sandboxUnavailable();
    }
    return json({ ok: true });
  }),
);

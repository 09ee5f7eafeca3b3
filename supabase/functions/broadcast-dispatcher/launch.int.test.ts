import { describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import {
  addContacts,
  campaignAction,
  campaignRow,
  campaignTeam,
  createDraft,
  dispatchByHand,
  expectSentExactlyOnce,
  launch,
  recipientsOf,
  sandboxSends,
  sendCalls,
  pause,
  someContacts,
  tenantWatiClient,
  untilEnded,
  type Audience,
  type CampaignTeam,
} from '../../../test-support/campaign-fixtures';
import { reportFromAnswer, sendRequest } from './batch.ts';

// Launching a campaign, as its admins do from the builder: the recipients snapshot (one row per
// eligible contact, parameters rendered), exclusions counted by reason, audiences, scheduling,
// who may launch, the month's quota under concurrent launches, and the French refusals.

async function estimate(
  team: CampaignTeam,
  fields: { template?: 'bienvenue' | 'rappel_rendez_vous'; mapping?: object; audience: Audience },
) {
  const { data, error } = await team.clients.admin.rpc('estimate_campaign', {
    organization_id: team.organizationId,
    template_id: team.templates[fields.template ?? 'bienvenue'],
    parameter_mapping: fields.mapping ?? {},
    audience: fields.audience,
  });
  if (error) throw new Error(error.message);
  return (data as Record<string, number | null>[])[0]!;
}

async function messagesThisMonth(team: CampaignTeam): Promise<number> {
  const { data, error } = await team.clients.viewer.rpc('organization_usage', {
    organization_id: team.organizationId,
  });
  if (error) throw new Error(error.message);
  return (data as { messages_this_month: number }[])[0]!.messages_this_month;
}

describe('launching a campaign', () => {
  it('snapshots one recipient per eligible contact with its parameters rendered, and counts the others by reason', async () => {
    const team = await campaignTeam('launch-snapshot');
    const [awa, bruno] = await addContacts(team.organizationId, [
      { name: 'Awa Ngo Biyong', attributes: { centre: 'centre de santé de Bastos' } },
      { name: 'Bruno Etoa', attributes: { centre: 'hôpital Laquintinie' } },
      // Opted out, and missing the attribute too: counted once, as opted out.
      { name: 'Chantal Désabonnée', optedOut: true },
      { name: 'Didier Sans Centre', attributes: { ville: 'Garoua' } },
      // The name comes from the template's own mapping: a contact without one lacks a parameter.
      { name: null, attributes: { centre: 'centre de Mvog-Ada' } },
      // A number the contacts table takes but WhatsApp cannot reach.
      {
        name: 'Numéro Court',
        phone: `+2376${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`,
        attributes: { centre: 'centre de Bastos' },
      },
    ]);
    const mapping = {
      date: { source: 'text', value: '12/03/2026' },
      heure: { source: 'text', value: '09h30' },
      centre: { source: 'attribute', value: 'centre' },
    } as const;

    const [quota] = await sql<{ messages_quota: number }>(
      `select messages_quota from public.organizations where id = $1`,
      [team.organizationId],
    );
    expect(
      await estimate(team, {
        template: 'rappel_rendez_vous',
        mapping,
        audience: { kind: 'all' },
      }),
    ).toEqual({
      recipients: 2,
      opted_out: 1,
      invalid_number: 1,
      missing_parameter: 2,
      quota_remaining: quota!.messages_quota,
    });

    // The test holds the dispatcher lease: the snapshot is seen before anything leaves.
    const hand = await dispatchByHand(team.organizationId);
    const draft = await createDraft(team, {
      name: 'Rappel des rendez-vous',
      template: 'rappel_rendez_vous',
      parameterMapping: mapping,
    });
    const launched = await launch(team.clients.admin, draft.id);
    expect(launched).toMatchObject({
      status: 'sending',
      recipients_total: 2,
      excluded: { opted_out: 1, invalid_number: 1, missing_parameter: 2 },
      reserved_messages: 2,
      last_error: null,
    });
    expect(launched.launched_at).not.toBeNull();

    const recipients = await recipientsOf(draft.id);
    expect(recipients.map((recipient) => recipient.contact_id).sort()).toEqual(
      [awa!.id, bruno!.id].sort(),
    );
    const ofAwa = recipients.find((recipient) => recipient.contact_id === awa!.id)!;
    expect(ofAwa).toMatchObject({
      phone: awa!.phone,
      contact_name: 'Awa Ngo Biyong',
      dispatch: 'pending',
      status: 'queued',
      attempts: 0,
      // In the template's placeholder order.
      parameters: [
        { name: 'name', value: 'Awa Ngo Biyong' },
        { name: 'date', value: '12/03/2026' },
        { name: 'heure', value: '09h30' },
        { name: 'centre', value: 'centre de santé de Bastos' },
      ],
    });
    const localIds = recipients.map((recipient) => recipient.local_message_id);
    expect(new Set(localIds).size).toBe(2);

    // Members read the recipients; another organisation's owner does not.
    const seen = await team.clients.viewer
      .from('campaign_recipients')
      .select('id')
      .eq('campaign_id', draft.id);
    expect(seen.data).toHaveLength(2);
    const foreign = await team.clients.stranger
      .from('campaign_recipients')
      .select('id')
      .eq('campaign_id', draft.id);
    expect(foreign.data).toEqual([]);
    expect(await sandboxSends(team.wati)).toEqual([]);

    // Released, the scheduled dispatcher sends each of them once, parameters as snapshotted.
    await hand.release();
    expect(await untilEnded(draft.id)).toMatchObject({ status: 'completed' });
    const { messages } = await expectSentExactlyOnce(team.wati, draft.id);
    for (const recipient of recipients) {
      const message = messages.find((item) => item.localMessageId === recipient.local_message_id)!;
      expect(`+${message.waId}`).toBe(recipient.phone);
      expect(message.templateName).toBe('rappel_rendez_vous');
      expect(message.customParams).toEqual(recipient.parameters);
    }
    expect(messages.find((item) => item.localMessageId === ofAwa.local_message_id)!.text).toContain(
      'Awa Ngo Biyong',
    );
  });

  it('reaches a segment, contacts with any of some tags, or everyone, never the opted-out', async () => {
    const team = await campaignTeam('launch-audiences');
    const [assure, employeur, lesDeux, sansTag] = await addContacts(team.organizationId, [
      { name: 'Assuré', tags: ['assurés'], attributes: { ville: 'Douala' } },
      { name: 'Employeur', tags: ['employeurs'], attributes: { ville: 'Yaoundé' } },
      { name: 'Les deux', tags: ['assurés', 'employeurs'], attributes: { ville: 'douala' } },
      { name: 'Sans étiquette', attributes: { ville: 'Garoua' } },
      { name: 'Désabonné', tags: ['assurés'], attributes: { ville: 'Douala' }, optedOut: true },
    ]);
    const segment = await team.clients.admin
      .from('segments')
      .insert({
        organization_id: team.organizationId,
        name: 'Assurés de Douala',
        criteria: {
          match: 'all',
          conditions: [{ type: 'attribute', key: 'ville', operator: 'equals', value: 'Douala' }],
        },
      })
      .select('id')
      .single();
    expect(segment.error).toBeNull();

    const hand = await dispatchByHand(team.organizationId);
    const cases: Array<{ audience: Audience; expected: string[] }> = [
      {
        audience: { kind: 'segment', segmentId: segment.data!.id as string },
        expected: [assure!.id, lesDeux!.id],
      },
      { audience: { kind: 'tags', tags: ['employeurs'] }, expected: [employeur!.id, lesDeux!.id] },
      {
        audience: { kind: 'tags', tags: ['assurés', 'employeurs'] },
        expected: [assure!.id, employeur!.id, lesDeux!.id],
      },
      {
        audience: { kind: 'all' },
        expected: [assure!.id, employeur!.id, lesDeux!.id, sansTag!.id],
      },
    ];
    for (const { audience, expected } of cases) {
      const optedOut = audience.kind === 'tags' && audience.tags.length === 1 ? 0 : 1;
      expect(await estimate(team, { audience })).toMatchObject({
        recipients: expected.length,
        opted_out: optedOut,
      });
      const draft = await createDraft(team, { audience });
      const launched = await launch(team.clients.admin, draft.id);
      expect(launched.recipients_total).toBe(expected.length);
      expect(launched.excluded.opted_out).toBe(optedOut);
      const recipients = await recipientsOf(draft.id);
      expect(recipients.map((recipient) => recipient.contact_id).sort()).toEqual(
        [...expected].sort(),
      );
      // Cancelled before anything left: nothing stays reserved.
      const cancelled = await campaignAction(team.clients.admin, 'cancel_campaign', draft.id);
      expect(cancelled).toMatchObject({ status: 'cancelled', reserved_messages: 0 });
      expect((await recipientsOf(draft.id)).every((row) => row.dispatch === 'cancelled')).toBe(
        true,
      );
    }
    await hand.release();
    expect(await sandboxSends(team.wati)).toEqual([]);

    // A segment of another organisation cannot be a draft's audience.
    const other = await sql<{ id: string }>(
      `insert into public.segments (organization_id, name, criteria)
       values ($1, 'Ailleurs', '{"match": "all", "conditions": []}') returning id`,
      [team.otherOrganizationId],
    );
    await expect(
      createDraft(team, { audience: { kind: 'segment', segmentId: other[0]!.id } }),
    ).rejects.toMatchObject({ message: 'Segment introuvable dans cette organisation.' });
  });

  it('waits for a date in the future: scheduled, and nothing leaves before it', async () => {
    const team = await campaignTeam('launch-scheduled');
    await someContacts(team.organizationId, 2);
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString();
    const draft = await createDraft(team, { scheduledAt: tomorrow });
    const launched = await launch(team.clients.admin, draft.id);
    expect(launched).toMatchObject({ status: 'scheduled', recipients_total: 2 });
    expect(Date.parse(launched.scheduled_at!)).toBe(Date.parse(tomorrow));

    // Several scheduler ticks go by.
    await pause(3_000);
    expect(await sendCalls(team.wati)).toEqual([]);
    expect((await recipientsOf(draft.id)).every((row) => row.dispatch === 'pending')).toBe(true);
    expect((await campaignRow(draft.id)).status).toBe('scheduled');

    // The date comes (moved to now rather than waited for): it goes out by itself.
    await sql(`update public.campaigns set scheduled_at = now() where id = $1`, [draft.id]);
    expect(await untilEnded(draft.id)).toMatchObject({ status: 'completed' });
    await expectSentExactlyOnce(team.wati, draft.id);
  });

  it('is for admins of the organisation only, once, and says why it refuses in French', async () => {
    const team = await campaignTeam('launch-refusals');
    await someContacts(team.organizationId, 2);
    const hand = await dispatchByHand(team.organizationId);
    const draft = await createDraft(team);

    // Agents and viewers read campaigns but neither write drafts nor launch them.
    for (const persona of ['agent', 'viewer'] as const) {
      const client = team.clients[persona];
      const seen = await client.from('campaigns').select('id').eq('id', draft.id);
      expect(seen.data).toEqual([{ id: draft.id }]);
      const written = await client.from('campaigns').insert({
        organization_id: team.organizationId,
        name: 'Pas autorisé',
        template_id: team.templates.bienvenue,
      });
      expect(written.error).not.toBeNull();
      await expect(launch(client, draft.id)).rejects.toThrow(
        'Campagne introuvable ou réservée aux administrateurs.',
      );
    }
    // Another organisation's owner neither sees it nor launches it, nor estimates for it.
    const foreign = await team.clients.stranger.from('campaigns').select('id').eq('id', draft.id);
    expect(foreign.data).toEqual([]);
    await expect(launch(team.clients.stranger, draft.id)).rejects.toThrow(
      'Campagne introuvable ou réservée aux administrateurs.',
    );
    const foreignEstimate = await team.clients.stranger.rpc('estimate_campaign', {
      organization_id: team.organizationId,
      template_id: team.templates.bienvenue,
    });
    expect(foreignEstimate.error?.message).toBe("Réservé aux administrateurs de l'organisation.");
    expect((await campaignRow(draft.id)).status).toBe('draft');
    expect(await recipientsOf(draft.id)).toEqual([]);

    // The owner launches; a second launch (by anyone) is refused and changes nothing.
    await launch(team.clients.owner, draft.id);
    await expect(launch(team.clients.admin, draft.id)).rejects.toThrow(
      'Cette campagne est déjà lancée.',
    );
    expect(await recipientsOf(draft.id)).toHaveLength(2);
    // Launched, it is no longer a draft: its content is fixed.
    const renamed = await team.clients.admin
      .from('campaigns')
      .update({ name: 'Renommée' })
      .eq('id', draft.id)
      .select('id');
    expect(renamed.data ?? []).toEqual([]);
    const deleted = await team.clients.admin
      .from('campaigns')
      .delete()
      .eq('id', draft.id)
      .select('id');
    expect(deleted.data ?? []).toEqual([]);
    expect((await campaignRow(draft.id)).name).toBe(draft.name);

    // Nobody to send to.
    const empty = await createDraft(team, { audience: { kind: 'tags', tags: ['personne'] } });
    await expect(launch(team.clients.admin, empty.id)).rejects.toThrow(
      "Aucun destinataire : l'audience est vide ou tous ses contacts sont exclus.",
    );
    // A date already past.
    const late = await createDraft(team, {
      scheduledAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    await expect(launch(team.clients.admin, late.id)).rejects.toThrow(
      "La date d'envoi programmée est passée : choisissez-en une autre ou « Envoyer maintenant ».",
    );
    // A template WhatsApp has not approved.
    await sql(`update public.whatsapp_templates set status = 'PENDING' where id = $1`, [
      team.templates.rappel_rendez_vous,
    ]);
    const pending = await createDraft(team, { template: 'rappel_rendez_vous' });
    await expect(launch(team.clients.admin, pending.id)).rejects.toThrow(
      "Le modèle « rappel_rendez_vous » n'est pas approuvé par WhatsApp (statut PENDING).",
    );
    for (const refused of [empty, late, pending]) {
      expect((await campaignRow(refused.id)).status).toBe('draft');
      expect(await recipientsOf(refused.id)).toEqual([]);
    }

    await campaignAction(team.clients.admin, 'cancel_campaign', draft.id);
    await hand.release();
  });
});

describe('the monthly message quota', () => {
  it('lets only one of two campaigns launched at the same moment take the last messages, and gives back what a cancellation did not send', async () => {
    const team = await campaignTeam('launch-quota');
    await addContacts(team.organizationId, [
      ...Array.from({ length: 3 }, () => ({ tags: ['nord'] })),
      ...Array.from({ length: 3 }, () => ({ tags: ['sud'] })),
    ]);
    await sql(`update public.organizations set messages_quota = 4 where id = $1`, [
      team.organizationId,
    ]);
    const hand = await dispatchByHand(team.organizationId);
    const nord = await createDraft(team, { audience: { kind: 'tags', tags: ['nord'] } });
    const sud = await createDraft(team, { audience: { kind: 'tags', tags: ['sud'] } });

    // Two admins press « Lancer » at the same moment.
    const outcomes = await Promise.allSettled([
      launch(team.clients.owner, nord.id),
      launch(team.clients.admin, sud.id),
    ]);
    const launched = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(launched).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(((refused[0] as PromiseRejectedResult).reason as Error).message).toBe(
      'Quota mensuel insuffisant : 3 messages à envoyer, 1 restants ce mois-ci.',
    );
    const winner = (launched[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    const loser = winner === nord.id ? sud.id : nord.id;
    expect((await campaignRow(loser)).status).toBe('draft');
    expect(await recipientsOf(loser)).toEqual([]);

    // The reservation counts in the month's usage and in what an estimate says is left.
    expect(await messagesThisMonth(team)).toBe(3);
    expect(await estimate(team, { audience: { kind: 'all' } })).toMatchObject({
      recipients: 6,
      quota_remaining: 1,
    });

    // One message leaves (the test plays the dispatcher), then the campaign is cancelled.
    const batch = await hand.claimBatch(1);
    const client = await tenantWatiClient(team.organizationId);
    await hand.finish(
      reportFromAnswer(batch, await client.sendTemplateMessages(sendRequest(batch))),
    );
    const cancelled = await campaignAction(team.clients.admin, 'cancel_campaign', winner);
    expect(cancelled).toMatchObject({ status: 'cancelled', reserved_messages: 1 });
    expect(cancelled.completed_at).not.toBeNull();
    const recipients = await recipientsOf(winner);
    expect(recipients.filter((row) => row.dispatch === 'accepted')).toHaveLength(1);
    expect(recipients.filter((row) => row.dispatch === 'cancelled')).toHaveLength(2);
    expect(await messagesThisMonth(team)).toBe(1);

    // What was given back lets the other campaign launch.
    expect(await launch(team.clients.admin, loser)).toMatchObject({
      status: 'sending',
      reserved_messages: 3,
    });
    expect(await messagesThisMonth(team)).toBe(4);
    await campaignAction(team.clients.admin, 'cancel_campaign', loser);
    await hand.release();
    expect(await sandboxSends(team.wati)).toHaveLength(1);
  });
});

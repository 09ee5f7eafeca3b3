import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../../test-support/personas.ts';
import { sql } from '../../../../test-support/database.ts';
import { serviceClient } from '../../../../test-support/clients.ts';
import {
  addContacts,
  approvedTemplates,
  createDraft,
  launch,
} from '../../../../test-support/campaign-fixtures.ts';
import {
  campaignOutcomes,
  segmentCriteriaSchema,
  type CampaignOutcome,
  type SegmentCriteria,
} from './criteria.ts';

// The `campaign_outcome` condition evaluated by the database on a real launched campaign: the
// recipients are snapshotted by launch_campaign, then their delivery is written directly (as the
// dispatcher and the status webhooks would), and each outcome must select exactly its contacts.
// The campaign is scheduled for tomorrow so that no dispatcher touches it meanwhile.

type RecipientState = {
  dispatch: 'pending' | 'accepted' | 'rejected';
  status: 'queued' | 'sent' | 'delivered' | 'read' | 'replied' | 'failed';
};

/** Each contact of the organisation, and where the campaign left it (none: not a recipient). */
const contacts: { name: string; phone: string; optedOut?: boolean; state?: RecipientState }[] = [
  { name: 'Awa Lu', phone: '+237690002001', state: { dispatch: 'accepted', status: 'read' } },
  {
    name: 'Bertrand Répond',
    phone: '+237690002002',
    state: { dispatch: 'accepted', status: 'replied' },
  },
  {
    name: 'Chantal Délivrée',
    phone: '+237690002003',
    state: { dispatch: 'accepted', status: 'delivered' },
  },
  {
    name: 'Didier Échec',
    phone: '+237690002004',
    state: { dispatch: 'accepted', status: 'failed' },
  },
  { name: 'Emma Envoyée', phone: '+237690002005', state: { dispatch: 'accepted', status: 'sent' } },
  {
    name: 'Fabrice Attente',
    phone: '+237690002006',
    state: { dispatch: 'pending', status: 'queued' },
  },
  {
    name: 'Hugo Refusé',
    phone: '+237690002008',
    state: { dispatch: 'rejected', status: 'failed' },
  },
  {
    name: 'Inès Acceptée',
    phone: '+237690002009',
    state: { dispatch: 'accepted', status: 'queued' },
  },
  // Opted out: left out of the launch, so in no outcome.
  { name: 'Gaston Désabonné', phone: '+237690002007', optedOut: true },
];

const expected: Record<CampaignOutcome, string[]> = {
  sent: ['Awa Lu', 'Bertrand Répond', 'Chantal Délivrée', 'Emma Envoyée'],
  delivered: ['Awa Lu', 'Bertrand Répond', 'Chantal Délivrée'],
  read: ['Awa Lu', 'Bertrand Répond'],
  replied: ['Bertrand Répond'],
  read_no_reply: ['Awa Lu'],
  delivered_unread: ['Chantal Délivrée'],
  not_delivered: ['Didier Échec', 'Emma Envoyée', 'Hugo Refusé', 'Inès Acceptée'],
  failed: ['Didier Échec', 'Hugo Refusé'],
};

const outcomeCriteria = (campaign: string, outcome: string): SegmentCriteria =>
  ({
    match: 'all',
    conditions: [{ type: 'campaign_outcome', campaign, outcome }],
  }) as SegmentCriteria;

/** The contacts' ids by name. */
async function insertContacts(organizationId: string, seeds: typeof contacts) {
  const rows = await addContacts(organizationId, seeds);
  return new Map(rows.map((row) => [row.name!, row.id]));
}

/** An approved template and a campaign to every contact, launched for tomorrow (service role). */
async function scheduledCampaign(organizationId: string, name: string): Promise<string> {
  const templates = await approvedTemplates(organizationId);
  const { id } = await createDraft(
    { organizationId, templates },
    { name, scheduledAt: new Date(Date.now() + 24 * 3600_000).toISOString() },
  );
  const launched = await launch(serviceClient(), id);
  expect(launched).toMatchObject({ id, status: 'scheduled' });
  return id;
}

/** Writes each recipient's dispatch and status, as the dispatcher and the webhooks would. */
async function setRecipientStates(campaignId: string, states: Map<string, RecipientState>) {
  const rows = [...states].map(([contact_id, state]) => ({ contact_id, ...state }));
  const updated = await sql(
    `update public.campaign_recipients r
     set dispatch = s.dispatch::public.recipient_dispatch, status = s.status::public.message_status
     from jsonb_to_recordset($2::jsonb) as s(contact_id uuid, dispatch text, status text)
     where r.campaign_id = $1 and r.contact_id = s.contact_id
     returning r.id`,
    [campaignId, JSON.stringify(rows)],
  );
  expect(updated).toHaveLength(rows.length);
}

async function countOf(client: SupabaseClient, organizationId: string, criteria: SegmentCriteria) {
  const { data, error } = await client.rpc('count_contacts', {
    organization_id: organizationId,
    criteria,
  });
  if (error) throw error;
  return data as number;
}

async function namesOf(client: SupabaseClient, organizationId: string, criteria: SegmentCriteria) {
  const { data, error } = await client.rpc('find_contacts', {
    organization_id: organizationId,
    criteria,
  });
  if (error) throw error;
  return (data as { name: string }[]).map((contact) => contact.name).sort();
}

describe('campaign_outcome segment condition', () => {
  let team: Team;
  let org: string;
  let campaign: string;
  let otherCampaign: string;
  let viewer: SupabaseClient;

  beforeAll(async () => {
    team = await createTeam('campaign-outcome');
    org = team.organizationId;
    viewer = team.clients.viewer;

    const ids = await insertContacts(org, contacts);
    campaign = await scheduledCampaign(org, 'Rappel Douala');
    const recipients = await sql<{ contact_id: string }>(
      'select contact_id from public.campaign_recipients where campaign_id = $1',
      [campaign],
    );
    // Everyone but the opted-out contact was snapshotted.
    expect(recipients).toHaveLength(contacts.length - 1);
    await setRecipientStates(
      campaign,
      new Map(
        contacts.flatMap((contact) =>
          contact.state ? [[ids.get(contact.name)!, contact.state] as const] : [],
        ),
      ),
    );

    // The stranger's organisation has a campaign of its own that reached its own contact.
    const otherIds = await insertContacts(team.otherOrganizationId, [
      { name: 'Paul Ailleurs', phone: '+241060002001' },
    ]);
    otherCampaign = await scheduledCampaign(team.otherOrganizationId, 'Campagne voisine');
    await setRecipientStates(
      otherCampaign,
      new Map([[otherIds.get('Paul Ailleurs')!, { dispatch: 'accepted', status: 'read' }]]),
    );
  });

  it.each(campaignOutcomes.map((outcome) => [outcome] as const))(
    '%s selects exactly its contacts',
    async (outcome) => {
      const criteria = outcomeCriteria(campaign, outcome);
      expect(segmentCriteriaSchema.safeParse(criteria).success).toBe(true);
      const names = await namesOf(viewer, org, criteria);
      expect(names).toEqual([...expected[outcome]].sort());
      expect(await countOf(viewer, org, criteria)).toBe(expected[outcome].length);
    },
  );

  it('reads the campaign id case-insensitively, as its validation does', async () => {
    expect(await countOf(viewer, org, outcomeCriteria(campaign.toUpperCase(), 'read'))).toBe(2);
  });

  it('combines with other conditions', async () => {
    const criteria: SegmentCriteria = {
      match: 'any',
      conditions: [
        { type: 'campaign_outcome', campaign, outcome: 'replied' },
        { type: 'campaign_outcome', campaign, outcome: 'failed' },
      ],
    };
    expect(await namesOf(viewer, org, criteria)).toEqual([
      'Bertrand Répond',
      'Didier Échec',
      'Hugo Refusé',
    ]);
    expect(
      await countOf(viewer, org, {
        match: 'all',
        conditions: [
          { type: 'campaign_outcome', campaign, outcome: 'sent' },
          { type: 'campaign_outcome', campaign, outcome: 'not_delivered' },
        ],
      }),
    ).toBe(1);
  });

  it('selects nobody with another organisation’s campaign, or one that does not exist', async () => {
    // The other campaign did reach someone, in its own organisation.
    expect(
      await countOf(
        team.clients.stranger,
        team.otherOrganizationId,
        outcomeCriteria(otherCampaign, 'read'),
      ),
    ).toBe(1);
    for (const outcome of campaignOutcomes) {
      expect(await countOf(viewer, org, outcomeCriteria(otherCampaign, outcome))).toBe(0);
    }
    expect(await countOf(viewer, org, outcomeCriteria(crypto.randomUUID(), 'sent'))).toBe(0);
    // Nor does the other organisation see anyone through this campaign.
    expect(
      await countOf(
        team.clients.stranger,
        team.otherOrganizationId,
        outcomeCriteria(campaign, 'sent'),
      ),
    ).toBe(0);
  });

  it('refuses an unknown outcome in count_contacts, with the French reason', async () => {
    const { error } = await viewer.rpc('count_contacts', {
      organization_id: org,
      criteria: outcomeCriteria(campaign, 'opened'),
    });
    expect(error).toMatchObject({ code: '22023' });
    expect(error?.message).toMatch(/^Critères de segment invalides : résultat de campagne inconnu/);
  });

  describe('create_campaign_segment', () => {
    it('makes a segment of the outcome, which counts the same contacts', async () => {
      const { data, error } = await team.clients.admin.rpc('create_campaign_segment', {
        campaign_id: campaign,
        outcome: 'read_no_reply',
        name: 'Rappel Douala : lu sans réponse',
      });
      expect(error).toBeNull();
      const segment = data as { id: string; organization_id: string; criteria: unknown };
      expect(segment.organization_id).toBe(org);
      const criteria = segmentCriteriaSchema.parse(segment.criteria);
      expect(criteria).toEqual(outcomeCriteria(campaign, 'read_no_reply'));
      expect(await namesOf(viewer, org, criteria)).toEqual(expected.read_no_reply);

      // Read back as the segments page does.
      const stored = await viewer.from('segments').select('criteria').eq('id', segment.id).single();
      expect(stored.error).toBeNull();
      expect(await countOf(viewer, org, segmentCriteriaSchema.parse(stored.data!.criteria))).toBe(
        1,
      );
    });

    it('refuses an unknown outcome and creates nothing', async () => {
      const name = 'Rappel Douala : ouvert';
      const { data, error } = await team.clients.admin.rpc('create_campaign_segment', {
        campaign_id: campaign,
        outcome: 'opened',
        name,
      });
      expect(data).toBeNull();
      expect(error).toMatchObject({ code: '22023', message: 'Résultat de campagne inconnu.' });
      const rows = await sql(
        'select 1 from public.segments where organization_id = $1 and name = $2',
        [org, name],
      );
      expect(rows).toHaveLength(0);
    });

    it('is for the campaign’s own administrators', async () => {
      for (const persona of ['viewer', 'stranger'] as const) {
        const { error } = await team.clients[persona].rpc('create_campaign_segment', {
          campaign_id: campaign,
          outcome: 'failed',
          name: `Échecs (${persona})`,
        });
        expect(error).toMatchObject({ code: '42501' });
      }
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import { checkout, sandbox } from '../flutterwave-webhook/top-up-fixtures';

// « Acheter » a pack: owners and admins open a payment of the catalogue's price, in whole francs,
// and get Flutterwave's hosted checkout for it; anyone else is refused with SQL's code, and
// nothing is opened.

let team: Team;

beforeAll(async () => {
  team = await createTeam('achat');
});

const paymentsOf = async (organizationId: string) =>
  Number(
    (
      await sql<{ count: string }>(
        `select count(*) from public.credit_payments where organization_id = $1`,
        [organizationId],
      )
    )[0]!.count,
  );

interface SandboxPayment {
  txRef: string;
  link: string;
  amount: number;
  currency: string;
  redirectUrl: string;
  methods: string[];
  customer: { email: string };
  customizations: { title?: string };
}

describe('credits-checkout', () => {
  it('opens a pending payment and Flutterwave’s checkout for an admin', async () => {
    const answer = await checkout(team.clients.admin, team.organizationId, 'pack_120');
    expect(answer.status).toBe(200);
    const { link, txRef } = answer.body;
    expect(txRef).toMatch(/^wcap-[0-9a-f-]{36}$/);

    const [payment] = await sql(`select * from public.credit_payments where tx_ref = $1`, [txRef]);
    expect(payment).toMatchObject({
      organization_id: team.organizationId,
      pack_id: 'pack_120',
      credits: 120,
      amount_xaf: 10000,
      currency: 'XAF',
      status: 'pending',
      created_by: team.userIds.admin,
      receipt_number: null,
    });
    const { payments } = await sandbox<{ payments: SandboxPayment[] }>(
      'GET',
      `payments?tx_ref=${txRef}`,
    );
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      link,
      amount: 10000,
      currency: 'XAF',
      methods: expect.arrayContaining(['mobilemoneyfranco', 'card']),
      customizations: { title: 'WCAP — crédits' },
    });
    expect(payments[0]!.customer.email).toMatch(/^achat-admin-.*@wcap\.test$/);
    expect(new URL(payments[0]!.redirectUrl).pathname).toBe('/parametres/credits');
    expect(new URL(payments[0]!.redirectUrl).searchParams.get('paiement')).toBe(txRef);
  });

  it('is refused to agents and viewers with the SQL code, and to strangers', async () => {
    const before = await paymentsOf(team.organizationId);
    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      const answer = await checkout(team.clients[persona], team.organizationId, 'pack_50');
      expect(answer, persona).toMatchObject({
        status: 403,
        body: { error: { code: 'credit_purchase_requires_admin' } },
      });
    }
    expect(await paymentsOf(team.organizationId)).toBe(before);
  });

  it('says in French when Flutterwave refuses the checkout', async () => {
    // Flutterwave refuses a customer without a valid e-mail address.
    const [owner] = await sql<{ email: string }>(
      `select email from public.profiles where id = $1`,
      [team.userIds.owner],
    );
    await sql(`update public.profiles set email = 'sans-arobase' where id = $1`, [
      team.userIds.owner,
    ]);
    try {
      const answer = await checkout(team.clients.owner, team.organizationId, 'pack_50');
      expect(answer).toMatchObject({
        status: 502,
        body: { error: { code: 'payment_provider_unavailable' } },
      });
      expect(answer.body.error?.message).toMatch(/^Le service de paiement Flutterwave/);
    } finally {
      await sql(`update public.profiles set email = $2 where id = $1`, [
        team.userIds.owner,
        owner!.email,
      ]);
    }
  });

  it('refuses a pack the catalogue does not sell', async () => {
    const answer = await checkout(team.clients.owner, team.organizationId, 'pack_gratuit');
    expect(answer).toMatchObject({
      status: 404,
      body: { error: { code: 'credit_pack_not_found' } },
    });
  });
});

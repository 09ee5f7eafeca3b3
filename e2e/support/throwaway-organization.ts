import { expect, test as base, type Page } from '@playwright/test';
import { createNodeClient } from '../../scripts/node-supabase-client';
import { demoOrganizationId } from '../../scripts/demo-login';
import type { Database, TablesInsert } from '../../src/lib/database.types';
import { demoAccount, signIn } from './accounts';

// An organisation of a spec's own, where the seeded admin is admin, removed afterwards: what a spec
// writes never shows in « CNSA (démo) », which other specs read at the same time (its usage, its
// templates that wati-templates.spec.ts expects to be synchronised only by itself).

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

/** A seeded demo member signed in through supabase-js, as a browser is; and their user id. */
export async function demoMemberClient(role: 'owner' | 'admin' | 'agent' | 'viewer') {
  const client = createNodeClient<Database>(
    required('WCAP_API_URL'),
    required('VITE_SUPABASE_ANON_KEY'),
  );
  const signedIn = await client.auth.signInWithPassword(demoAccount(role));
  if (signedIn.error) throw signedIn.error;
  return { client, userId: signedIn.data.user.id };
}

/** The service role, through the stack's opaque secret key (the gateway turns it into the JWT). */
export const serviceClient = () =>
  createNodeClient<Database>(required('WCAP_API_URL'), required('WCAP_SECRET_KEY'));

/** The columns that describe a contact; ids, timestamps and Wati sync state start afresh. */
const contactColumns =
  'phone, country_code, name, email, language, tags, attributes, opt_in_status, opt_in_source, opted_out_at, last_seen_at';

/**
 * Copies what supabase/seed.sql gives the demo organisation (its 60 contacts — 15 live in Douala,
 * one of them +237650131026, a number the Wati sandbox always fails; 3 others opted out — and its
 * segment « Assurés de Douala ») into `organizationId`, with fresh ids: the seed stays the one
 * definition of the demo data. No spec writes to the demo organisation, so what is read is the seed.
 */
async function copyDemoData(organizationId: string): Promise<void> {
  const service = serviceClient();
  const [contacts, segments] = await Promise.all([
    service
      .from('contacts')
      .select(contactColumns)
      .eq('organization_id', demoOrganizationId)
      .order('phone'),
    service
      .from('segments')
      .select('name, description, criteria')
      .eq('organization_id', demoOrganizationId)
      .order('name'),
  ]);
  if (contacts.error) throw contacts.error;
  if (segments.error) throw segments.error;
  const writes = await Promise.all([
    service
      .from('contacts')
      .insert(contacts.data.map((contact) => ({ ...contact, organization_id: organizationId }))),
    service
      .from('segments')
      .insert(segments.data.map((segment) => ({ ...segment, organization_id: organizationId }))),
  ]);
  for (const write of writes) if (write.error) throw write.error;
}

export type ThrowawayOrganization = {
  id: string;
  name: string;
  remove: () => Promise<void>;
};

/**
 * A new organisation in sandbox mode (Cameroon, Douala's time), the seeded admin its admin; named
 * `label` and a unique stamp. `plan` sets its plan and quotas; `demoData` copies the demo
 * organisation's contacts and segment into it.
 */
export async function throwawayOrganization({
  label,
  plan,
  demoData = false,
}: {
  label: string;
  plan: Pick<TablesInsert<'organizations'>, 'plan_id' | 'contacts_quota' | 'messages_quota'>;
  demoData?: boolean;
}): Promise<ThrowawayOrganization> {
  const { userId: adminId } = await demoMemberClient('admin');
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const name = `${label} ${stamp}`;
  const service = serviceClient();
  const created = await service
    .from('organizations')
    .insert({
      name,
      slug: `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${stamp}`,
      country_code: 'CM',
      default_phone_country: 'CM',
      time_zone: 'Africa/Douala',
      agents_quota: 5,
      ...plan,
      created_by: adminId,
    })
    .select('id')
    .single();
  if (created.error) throw created.error;
  const id = created.data.id;
  const [membership] = await Promise.all([
    service.from('memberships').insert({ organization_id: id, user_id: adminId, role: 'admin' }),
    demoData ? copyDemoData(id) : undefined,
  ]);
  if (membership.error) throw membership.error;
  return {
    id,
    name,
    remove: async () => {
      const removed = await serviceClient().from('organizations').delete().eq('id', id);
      if (removed.error) throw removed.error;
    },
  };
}

/**
 * Playwright's `test` with an `organization` fixture: each test gets a throwaway organisation of
 * its own on the professional plan (room for any test's contacts and messages), readied by
 * `prepare`, removed after the test.
 */
export function testWithOrganization(options: {
  label: string;
  demoData?: boolean;
  prepare?: (organization: ThrowawayOrganization) => Promise<void>;
}) {
  return base.extend<{ organization: ThrowawayOrganization }>({
    // Playwright reads from this pattern which fixtures a fixture needs: none here.
    // eslint-disable-next-line no-empty-pattern
    organization: async ({}, use) => {
      const organization = await throwawayOrganization({
        label: options.label,
        plan: { plan_id: 'professional', contacts_quota: 25000, messages_quota: 50000 },
        demoData: options.demoData,
      });
      await options.prepare?.(organization);
      await use(organization);
      await organization.remove();
    },
  });
}

/** Signs in as the seeded admin and makes `organization` the active one. */
export async function signInTo(page: Page, organization: ThrowawayOrganization) {
  await signIn(page, demoAccount('admin'));
  await page
    .getByRole('banner')
    .getByLabel('Organisation active')
    .selectOption({ label: organization.name });
  await expect(page.getByText(`${organization.name} · vous êtes administrateur`)).toBeVisible();
}

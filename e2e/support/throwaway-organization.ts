import { expect, type Page } from '@playwright/test';
import { createNodeClient } from '../../scripts/node-supabase-client';
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

/** The service role, through the stack's opaque secret key (the gateway turns it into the JWT). */
export const serviceClient = () =>
  createNodeClient<Database>(required('WCAP_API_URL'), required('WCAP_SECRET_KEY'));

const firstNames = [
  'Éloïse',
  'Jean-Baptiste',
  'Aïcha',
  'Désiré',
  'Françoise',
  'Moïse',
  'Bérénice',
  'Hervé',
  'Clémence',
  'Ibrahim',
];
const lastNames = [
  'Ngo Biyong',
  'Mbarga',
  'Tchoupo',
  'Nkodo',
  'Abena',
  'Fotso',
  'Essomba',
  'Bello',
  'Kamga',
  'Atangana',
  'Ondoa',
];
const cities = ['Douala', 'Yaoundé', 'Bafoussam', 'Garoua'];

/**
 * The demo organisation's 60 contacts, as supabase/seed.sql makes them: 15 live in Douala (one of
 * them, +237650131026, a number the Wati sandbox always fails), 3 others opted out.
 */
function demoContacts(organizationId: string): TablesInsert<'contacts'>[] {
  return Array.from({ length: 60 }, (_, index) => {
    const n = index + 1;
    const optedOut = [7, 19, 42].includes(n);
    return {
      organization_id: organizationId,
      phone: n === 60 ? '+237650131026' : `+2376500${String(n).padStart(5, '0')}`,
      country_code: 'CM',
      name: `${firstNames[n % 10]} ${lastNames[n % 11]}`,
      tags: n % 3 === 0 ? ['assurés', 'employeurs'] : ['assurés'],
      attributes: {
        ville: cities[n % 4]!,
        numero_assure: `CNSA-${String(1000 + n).padStart(6, '0')}`,
      },
      opt_in_status: optedOut ? 'opted_out' : 'opted_in',
      opt_in_source: optedOut ? 'whatsapp' : 'import',
    };
  });
}

/** The demo's segment « Assurés de Douala », as supabase/seed.sql makes it. */
function demoSegment(organizationId: string): TablesInsert<'segments'> {
  return {
    organization_id: organizationId,
    name: 'Assurés de Douala',
    description: 'Les assurés dont la ville est Douala.',
    criteria: {
      match: 'all',
      conditions: [
        { type: 'has_tag', tag: 'assurés' },
        { type: 'attribute', key: 'ville', operator: 'equals', value: 'Douala' },
      ],
    },
  };
}

export type ThrowawayOrganization = {
  id: string;
  name: string;
  remove: () => Promise<void>;
};

/**
 * A new organisation in sandbox mode (Cameroon, Douala's time), the seeded admin its admin; named
 * `label` and a unique stamp. `plan` sets its plan and quotas; `demoData` copies the demo's
 * contacts and segment into it.
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
  const anon = createNodeClient<Database>(
    required('WCAP_API_URL'),
    required('VITE_SUPABASE_ANON_KEY'),
  );
  const signedIn = await anon.auth.signInWithPassword(demoAccount('admin'));
  if (signedIn.error) throw signedIn.error;
  const adminId = signedIn.data.user.id;
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
  const writes = await Promise.all([
    service.from('memberships').insert({ organization_id: id, user_id: adminId, role: 'admin' }),
    ...(demoData
      ? [
          service.from('contacts').insert(demoContacts(id)),
          service.from('segments').insert(demoSegment(id)),
        ]
      : []),
  ]);
  for (const write of writes) if (write.error) throw write.error;
  return {
    id,
    name,
    remove: async () => {
      const removed = await serviceClient().from('organizations').delete().eq('id', id);
      if (removed.error) throw removed.error;
    },
  };
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

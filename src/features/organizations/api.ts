import { t } from '@lingui/core/macro';
import { assertChanged } from '../../lib/errors';
import { supabase } from '../../lib/supabase';
import type { MyMembership, Organization } from '../../lib/workspace';
import type { CreateOrganizationValues, OrganizationSettingsValues } from './organization-form';

/** The caller's organisations with their role in each, oldest membership first. */
export async function fetchMyMemberships(userId: string): Promise<MyMembership[]> {
  const { data, error } = await supabase
    .from('memberships')
    .select('role, created_at, organization:organizations(*)')
    .eq('user_id', userId)
    .order('created_at', { ascending: true });
  if (error) throw error;
  return data.flatMap(({ role, organization }) => (organization ? [{ role, organization }] : []));
}

export async function createOrganization(values: CreateOrganizationValues): Promise<Organization> {
  const { data, error } = await supabase
    .rpc('create_organization', { name: values.name, country_code: values.countryCode })
    .single();
  if (error) throw error;
  return data;
}

export async function updateOrganization(
  organizationId: string,
  values: OrganizationSettingsValues,
): Promise<void> {
  // Only these four: the database refuses changes to the plan, quotas, mode or slug from here.
  assertChanged(
    await supabase
      .from('organizations')
      .update(
        {
          name: values.name,
          country_code: values.countryCode,
          default_phone_country: values.defaultPhoneCountry,
          time_zone: values.timeZone,
        },
        { count: 'exact' },
      )
      .eq('id', organizationId),
  );
}

/** Leaves the organisation (deletes the caller's own membership). */
export async function leaveOrganization(organizationId: string, userId: string): Promise<void> {
  assertChanged(
    await supabase
      .from('memberships')
      .delete({ count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('user_id', userId),
    t`Vous ne faites déjà plus partie de cette organisation.`,
  );
}

import { t } from '@lingui/core/macro';
import type { Tables } from '../../lib/database.types';
import { assertChanged, UserFacingError } from '../../lib/errors';
import { supabase } from '../../lib/supabase';
import { segmentCriteriaSchema, type SegmentCriteria } from '@shared/segments/criteria.ts';

export type Segment = {
  id: string;
  name: string;
  description: string | null;
  /** null when the stored criteria are not ones this version understands. */
  criteria: SegmentCriteria | null;
  createdAt: string;
  updatedAt: string;
};

export type SegmentValues = {
  name: string;
  description: string | null;
  criteria: SegmentCriteria;
};

export type SampleContact = Pick<
  Tables<'contacts'>,
  'id' | 'name' | 'phone' | 'tags' | 'opt_in_status' | 'country_code'
>;

const sampleSize = 10;

function toSegment(row: Tables<'segments'>): Segment {
  const criteria = segmentCriteriaSchema.safeParse(row.criteria);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    criteria: criteria.success ? criteria.data : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// The unique name per organisation is the one constraint a person can hit on purpose.
function explainWriteError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '23505') {
    return new UserFacingError(t`Un segment porte déjà ce nom. Choisissez-en un autre.`);
  }
  return error;
}

export async function fetchSegments(organizationId: string): Promise<Segment[]> {
  const { data, error } = await supabase
    .from('segments')
    .select('*')
    .eq('organization_id', organizationId)
    .order('name', { ascending: true });
  if (error) throw error;
  return data.map(toSegment);
}

/** null when the segment does not exist in this organisation. */
export async function fetchSegment(
  organizationId: string,
  segmentId: string,
): Promise<Segment | null> {
  const { data, error } = await supabase
    .from('segments')
    .select('*')
    .eq('organization_id', organizationId)
    .eq('id', segmentId)
    .maybeSingle();
  if (error) throw error;
  return data ? toSegment(data) : null;
}

/** Owners and admins only (row-level security). Returns the new segment's id. */
export async function createSegment(
  organizationId: string,
  values: SegmentValues,
): Promise<string> {
  const { data, error } = await supabase
    .from('segments')
    .insert({ organization_id: organizationId, ...values })
    .select('id')
    .single();
  if (error) throw explainWriteError(error);
  return data.id;
}

export async function updateSegment(
  organizationId: string,
  segmentId: string,
  values: SegmentValues,
): Promise<void> {
  const result = await supabase
    .from('segments')
    .update(values, { count: 'exact' })
    .eq('organization_id', organizationId)
    .eq('id', segmentId);
  assertChanged({ ...result, error: result.error && explainWriteError(result.error) });
}

export async function deleteSegment(organizationId: string, segmentId: string): Promise<void> {
  assertChanged(
    await supabase
      .from('segments')
      .delete({ count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('id', segmentId),
    t`Ce segment n’existe déjà plus, ou vous n’avez pas le droit de le supprimer.`,
  );
}

/** How many contacts the criteria select, counted by the database. */
export async function countSegmentContacts(
  organizationId: string,
  criteria: SegmentCriteria,
  signal?: AbortSignal,
): Promise<number> {
  const request = supabase.rpc('count_contacts', { organization_id: organizationId, criteria });
  const { data, error } = await (signal ? request.abortSignal(signal) : request);
  if (error) throw error;
  return data;
}

/** A few contacts the criteria select, to check the segment is the one meant. */
export async function sampleSegmentContacts(
  organizationId: string,
  criteria: SegmentCriteria,
  signal?: AbortSignal,
): Promise<SampleContact[]> {
  const request = supabase
    .rpc('find_contacts', { organization_id: organizationId, criteria, page_size: sampleSize })
    .select('id, name, phone, tags, opt_in_status, country_code');
  const { data, error } = await (signal ? request.abortSignal(signal) : request);
  if (error) throw error;
  return data;
}

export type ContactVocabulary = {
  /** Tags in use, the most frequent first. */
  tags: string[];
  /** Attribute keys seen on contacts, the most frequent first. */
  attributeKeys: string[];
};

/** The organisation's tags and attribute keys, the most used first (counted in the database). */
export async function fetchContactVocabulary(organizationId: string): Promise<ContactVocabulary> {
  const [tags, keys] = await Promise.all([
    supabase.rpc('contact_tags', { organization_id: organizationId }),
    supabase.rpc('contact_attribute_keys', { organization_id: organizationId }),
  ]);
  if (tags.error) throw tags.error;
  if (keys.error) throw keys.error;
  return {
    tags: tags.data.map((row) => row.tag),
    attributeKeys: keys.data.map((row) => row.key),
  };
}

/** A campaign a segment can retarget: one that was launched (its recipients exist). */
export type LaunchedCampaign = {
  id: string;
  name: string;
  /** When it was launched (or, failing that, created). */
  launchedAt: string;
};

/** More than any organisation launches in years; the select stays usable. */
const launchedCampaignLimit = 500;

/** The organisation's launched campaigns (not drafts), the newest first. */
export async function fetchLaunchedCampaigns(organizationId: string): Promise<LaunchedCampaign[]> {
  const { data, error } = await supabase
    .from('campaigns')
    .select('id, name, launched_at, created_at')
    .eq('organization_id', organizationId)
    .neq('status', 'draft')
    .order('launched_at', { ascending: false, nullsFirst: false })
    .order('created_at', { ascending: false })
    .limit(launchedCampaignLimit);
  if (error) throw error;
  return data.map((row) => ({
    id: row.id.toLowerCase(),
    name: row.name,
    launchedAt: row.launched_at ?? row.created_at,
  }));
}

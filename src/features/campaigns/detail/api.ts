import { t } from '@lingui/core/macro';
import type { Tables } from '../../../lib/database.types';
import { UserFacingError } from '../../../lib/errors';
import { supabase } from '../../../lib/supabase';
import type { CampaignOutcome } from '@shared/segments/criteria.ts';
import { readAudience } from '../campaign-audience';
import { parseProgress, type CampaignProgress } from './progress';
import { pageRange, recipientFilterQuery, type RecipientFilter } from './recipient-filters';
import type { TimelineBucket } from './timeline';

export type Campaign = Tables<'campaigns'>;

export type CampaignDetail = {
  campaign: Campaign;
  /** null once the template is deleted. */
  template: { id: string; name: string; language: string; status: string } | null;
  /** Who launched it, as the team names them; null before launch or when unknown. */
  launchedBy: string | null;
  /** The audience's segment name; null without a segment or when it was deleted. */
  segmentName: string | null;
};

async function personName(userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const { data, error } = await supabase
    .from('profiles')
    .select('full_name, email')
    .eq('id', userId)
    .maybeSingle();
  if (error) throw error;
  return data ? data.full_name?.trim() || data.email || null : null;
}

async function segmentName(organizationId: string, segmentId: string | null) {
  if (!segmentId) return null;
  const { data, error } = await supabase
    .from('segments')
    .select('name')
    .eq('organization_id', organizationId)
    .eq('id', segmentId)
    .maybeSingle();
  if (error) throw error;
  return data?.name ?? null;
}

/** null when the campaign does not exist in this organisation (or the caller may not see it). */
export async function fetchCampaignDetail(
  organizationId: string,
  campaignId: string,
): Promise<CampaignDetail | null> {
  const { data, error } = await supabase
    .from('campaigns')
    .select('*, template:whatsapp_templates(id, name, language, status)')
    .eq('organization_id', organizationId)
    .eq('id', campaignId)
    .maybeSingle();
  if (error) throw error;
  if (!data) return null;
  const { template, ...campaign } = data;
  const audience = readAudience(campaign.audience);
  const [launchedBy, segment] = await Promise.all([
    personName(campaign.launched_by),
    segmentName(organizationId, audience.kind === 'segment' ? audience.segmentId : null),
  ]);
  return { campaign, template, launchedBy, segmentName: segment };
}

/** The campaign's totals now; null when it is not the caller's to see. */
export async function fetchCampaignProgress(
  campaignId: string,
  signal?: AbortSignal,
): Promise<CampaignProgress | null> {
  const request = supabase.rpc('campaign_progress', { campaign_id: campaignId });
  const { data, error } = await (signal ? request.abortSignal(signal) : request);
  if (error) throw error;
  return data === null ? null : parseProgress(data);
}

export async function fetchCampaignTimeline(
  campaignId: string,
  signal?: AbortSignal,
): Promise<TimelineBucket[]> {
  const request = supabase.rpc('campaign_timeline', { campaign_id: campaignId });
  const { data, error } = await (signal ? request.abortSignal(signal) : request);
  if (error) throw error;
  return data;
}

export type CampaignRecipient = Pick<
  Tables<'campaign_recipients'>,
  | 'id'
  | 'contact_id'
  | 'phone'
  | 'contact_name'
  | 'dispatch'
  | 'status'
  | 'sent_at'
  | 'delivered_at'
  | 'read_at'
  | 'replied_at'
  | 'failed_at'
  | 'failure_code'
  | 'failure_reason'
>;

/** The recipients the filter selects, ordered by id (the order the export walks). */
export function recipientsQuery(
  campaignId: string,
  filter: RecipientFilter,
  options: { count?: 'exact'; head?: boolean } = {},
) {
  let query = supabase
    .from('campaign_recipients')
    .select(
      'id, contact_id, phone, contact_name, dispatch, status, sent_at, delivered_at, read_at, replied_at, failed_at, failure_code, failure_reason',
      options,
    )
    .eq('campaign_id', campaignId);
  const condition = recipientFilterQuery(filter);
  if (condition?.column === 'status') query = query.in('status', condition.values);
  if (condition?.column === 'dispatch') query = query.in('dispatch', condition.values);
  return query.order('id', { ascending: true });
}

export type RecipientsPage = { rows: CampaignRecipient[]; count: number };

export async function fetchRecipientsPage(
  campaignId: string,
  filter: RecipientFilter,
  page: number,
  signal?: AbortSignal,
): Promise<RecipientsPage> {
  const { from, to } = pageRange(page);
  const request = recipientsQuery(campaignId, filter, { count: 'exact' }).range(from, to);
  const { data, error, count } = await (signal ? request.abortSignal(signal) : request);
  if (error) throw error;
  return { rows: data, count: count ?? data.length };
}

async function campaignCommand(
  command: 'pause_campaign' | 'resume_campaign' | 'cancel_campaign',
  campaignId: string,
): Promise<Campaign> {
  const { data, error } = await supabase.rpc(command, { campaign_id: campaignId });
  if (error) throw error;
  return data;
}

export const pauseCampaign = (campaignId: string) => campaignCommand('pause_campaign', campaignId);
export const resumeCampaign = (campaignId: string) =>
  campaignCommand('resume_campaign', campaignId);
export const cancelCampaign = (campaignId: string) =>
  campaignCommand('cancel_campaign', campaignId);

/** A segment of the contacts with this outcome; resolves to the new segment's id. */
export async function createCampaignSegment(
  campaignId: string,
  outcome: CampaignOutcome,
  name: string,
): Promise<string> {
  const { data, error } = await supabase.rpc('create_campaign_segment', {
    campaign_id: campaignId,
    outcome,
    name,
  });
  if (error) {
    // The function words it, but under a code that toUserMessage does not pass through.
    if (error.code === '23505') {
      throw new UserFacingError(t`Un segment porte déjà ce nom. Choisissez-en un autre.`);
    }
    throw error;
  }
  return data.id;
}

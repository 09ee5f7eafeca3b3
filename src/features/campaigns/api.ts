import { t } from '@lingui/core/macro';
import type { Tables } from '../../lib/database.types';
import { assertChanged } from '../../lib/errors';
import { supabase } from '../../lib/supabase';
import {
  readButtons,
  readHeader,
  type TemplateButton,
  type TemplateHeader,
} from '../../domain/templates/template-content';
import {
  readParameterMapping,
  type ParameterMapping,
  type TemplateContact,
} from '@shared/templates/parameters.ts';
import {
  readAudience,
  readCriteria,
  type CampaignAudience,
  type ContactCriteria,
} from './campaign-audience';
import type { ExcludedCounts } from './campaign-exclusions';
import type { CampaignStatus } from './campaign-status';

/** One campaign of the list. */
export type CampaignListItem = {
  id: string;
  name: string;
  status: CampaignStatus;
  recipientsTotal: number;
  scheduledAt: string | null;
  launchedAt: string | null;
  completedAt: string | null;
  createdAt: string;
  /** null when no template is chosen yet, or it was deleted. */
  templateName: string | null;
};

/** A campaign as the builder edits it. */
export type CampaignRecord = {
  id: string;
  name: string;
  status: CampaignStatus;
  templateId: string | null;
  mapping: ParameterMapping;
  audience: CampaignAudience;
  scheduledAt: string | null;
  /** HH:MM:SS as Postgres gives a `time`. */
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
};

/** The columns of a draft an admin writes (the database lets them write these and no other). */
export type CampaignDraftValues = {
  name: string;
  template_id: string | null;
  parameter_mapping: ParameterMapping;
  audience: CampaignAudience;
  scheduled_at: string | null;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
};

/** An approved template, with what the builder shows and fills. */
export type CampaignTemplate = {
  id: string;
  name: string;
  language: string;
  header: TemplateHeader | null;
  body: string;
  footer: string | null;
  buttons: TemplateButton[];
  parameters: string[];
  mapping: ParameterMapping;
};

export type AudienceSegment = {
  id: string;
  name: string;
  /** null when the stored criteria are unreadable. */
  criteria: ContactCriteria | null;
};

export type CampaignEstimate = ExcludedCounts & {
  recipients: number;
  /** null: the plan sets no monthly limit. */
  quotaRemaining: number | null;
};

export type EstimateInput = {
  templateId: string;
  mapping: ParameterMapping;
  audience: CampaignAudience;
};

/** A contact of the audience the preview fills the template for. */
export type PreviewContact = TemplateContact & { id: string };

/** The contact shown and where it sits in the list, to step to the next one. */
export type PreviewPage = { contact: PreviewContact; offset: number } | null;

export type ContactVocabulary = { tags: string[]; attributeKeys: string[] };

function toRecord(row: Tables<'campaigns'>): CampaignRecord {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    templateId: row.template_id,
    mapping: readParameterMapping(row.parameter_mapping),
    audience: readAudience(row.audience),
    scheduledAt: row.scheduled_at,
    quietHoursStart: row.quiet_hours_start,
    quietHoursEnd: row.quiet_hours_end,
  };
}

export async function fetchCampaigns(organizationId: string): Promise<CampaignListItem[]> {
  const { data, error } = await supabase
    .from('campaigns')
    .select(
      'id, name, status, recipients_total, scheduled_at, launched_at, completed_at, created_at, template:whatsapp_templates(name)',
    )
    .eq('organization_id', organizationId)
    .order('created_at', { ascending: false })
    .order('id', { ascending: true });
  if (error) throw error;
  return data.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    recipientsTotal: row.recipients_total,
    scheduledAt: row.scheduled_at,
    launchedAt: row.launched_at,
    completedAt: row.completed_at,
    createdAt: row.created_at,
    templateName: row.template?.name ?? null,
  }));
}

/** null when the campaign does not exist in this organisation. */
export async function fetchCampaignRecord(
  organizationId: string,
  campaignId: string,
): Promise<CampaignRecord | null> {
  const { data, error } = await supabase
    .from('campaigns')
    .select('*')
    .eq('organization_id', organizationId)
    .eq('id', campaignId)
    .maybeSingle();
  if (error) throw error;
  return data ? toRecord(data) : null;
}

/** Owners and admins only (row-level security). Returns the new draft's id. */
export async function createCampaign(
  organizationId: string,
  values: CampaignDraftValues,
): Promise<string> {
  const { data, error } = await supabase
    .from('campaigns')
    .insert({ organization_id: organizationId, ...values })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

export async function updateCampaign(
  organizationId: string,
  campaignId: string,
  values: CampaignDraftValues,
): Promise<void> {
  assertChanged(
    await supabase
      .from('campaigns')
      .update(values, { count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('id', campaignId),
    t`Cette campagne n’est plus un brouillon (ou n’existe plus) : elle ne se modifie plus.`,
  );
}

export async function deleteCampaign(organizationId: string, campaignId: string): Promise<void> {
  assertChanged(
    await supabase
      .from('campaigns')
      .delete({ count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('id', campaignId),
    t`Ce brouillon n’existe déjà plus, a été lancé, ou vous n’avez pas le droit de le supprimer.`,
  );
}

/** A new draft with the same content (named « Copie de … »); resolves to it. */
export async function duplicateCampaign(campaignId: string): Promise<{ id: string; name: string }> {
  const { data, error } = await supabase.rpc('duplicate_campaign', { campaign_id: campaignId });
  if (error) throw error;
  return { id: data.id, name: data.name };
}

/** Snapshots the recipients and reserves the quota; the campaign is then scheduled or sending. */
export async function launchCampaign(campaignId: string): Promise<CampaignStatus> {
  const { data, error } = await supabase.rpc('launch_campaign', { campaign_id: campaignId });
  if (error) throw error;
  return data.status;
}

export async function estimateCampaign(
  organizationId: string,
  input: EstimateInput,
  signal?: AbortSignal,
): Promise<CampaignEstimate> {
  const request = supabase.rpc('estimate_campaign', {
    organization_id: organizationId,
    template_id: input.templateId,
    parameter_mapping: input.mapping,
    audience: input.audience,
  });
  const { data, error } = await (signal ? request.abortSignal(signal) : request).single();
  if (error) throw error;
  return {
    recipients: data.recipients,
    optedOut: data.opted_out,
    invalidNumber: data.invalid_number,
    missingParameter: data.missing_parameter,
    // The generated type says number; the function returns null for an unlimited plan.
    quotaRemaining: (data.quota_remaining as number | null) ?? null,
  };
}

/** The templates WhatsApp approved: the only ones a campaign may send. */
export async function fetchApprovedTemplates(organizationId: string): Promise<CampaignTemplate[]> {
  const { data, error } = await supabase
    .from('whatsapp_templates')
    .select('id, name, language, header, body, footer, buttons, parameters, parameter_mapping')
    .eq('organization_id', organizationId)
    .eq('status', 'APPROVED')
    .order('name', { ascending: true })
    .order('language', { ascending: true });
  if (error) throw error;
  return data.map((row) => ({
    id: row.id,
    name: row.name,
    language: row.language,
    header: readHeader(row.header),
    body: row.body,
    footer: row.footer,
    buttons: readButtons(row.buttons),
    parameters: row.parameters,
    mapping: readParameterMapping(row.parameter_mapping),
  }));
}

export async function fetchAudienceSegments(organizationId: string): Promise<AudienceSegment[]> {
  const { data, error } = await supabase
    .from('segments')
    .select('id, name, criteria')
    .eq('organization_id', organizationId)
    .order('name', { ascending: true });
  if (error) throw error;
  return data.map((row) => ({ id: row.id, name: row.name, criteria: readCriteria(row.criteria) }));
}

/** The organisation's tags and attribute keys, the most used first. */
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

function toPreviewContact(row: Tables<'contacts'>): PreviewContact {
  // Attributes are read as text, as the database does when it fills parameters (->>).
  const attributes: Record<string, string> = {};
  if (
    typeof row.attributes === 'object' &&
    row.attributes !== null &&
    !Array.isArray(row.attributes)
  ) {
    for (const [key, value] of Object.entries(row.attributes)) {
      if (typeof value === 'string') attributes[key] = value;
      else if (typeof value === 'number' || typeof value === 'boolean')
        attributes[key] = String(value);
    }
  }
  return { id: row.id, name: row.name, phone: row.phone, attributes };
}

// When the criteria cannot leave opted-out contacts out, they are skipped here, a window at a time.
const scanWindow = 25;
const maxScannedWindows = 8;

/**
 * The first contact a send could reach at or after `offset` in the audience's contacts (newest
 * first); null when there is none from there on.
 */
export async function fetchPreviewContact(
  organizationId: string,
  selection: { criteria: ContactCriteria; optedOutExcluded: boolean },
  offset: number,
  signal?: AbortSignal,
): Promise<PreviewPage> {
  const take = selection.optedOutExcluded ? 1 : scanWindow;
  for (let window = 0; window < maxScannedWindows; window += 1) {
    const skip = offset + window * take;
    const request = supabase.rpc('list_contacts', {
      organization_id: organizationId,
      criteria: selection.criteria,
      sort: 'recent',
      skip,
      take,
    });
    const { data, error } = await (signal ? request.abortSignal(signal) : request);
    if (error) throw error;
    const index = data.findIndex((row) => row.opt_in_status !== 'opted_out');
    const row = data[index];
    if (row) return { contact: toPreviewContact(row), offset: skip + index };
    if (data.length < take || selection.optedOutExcluded) return null;
  }
  return null;
}

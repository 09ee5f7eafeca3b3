import { z } from 'zod';
import { supabase } from '../../lib/supabase';

// The home page's figures, from one SQL function (public.home_summary) so a phone on 3G makes one
// request. Parsed, so a change of the function's shape fails loudly instead of showing « NaN ».

const count = z.number().int().nonnegative();

const homeSummarySchema = z.object({
  contacts: z.object({ subscribed: count, unsubscribed: count }),
  messagesThisMonth: count,
  messagesQuota: count.nullable(),
  campaigns: z.object({ running: count, scheduled: count, launched: count }),
  lastCampaign: z
    .object({
      campaignId: z.string(),
      name: z.string(),
      status: z.string(),
      launchedAt: z.string(),
      total: count,
      sent: count,
      delivered: count,
      read: count,
      replied: count,
      failed: count,
    })
    .nullable(),
  templates: count,
  members: count,
  pendingInvitations: count,
  mode: z.enum(['sandbox', 'live']),
});

export type HomeSummary = z.infer<typeof homeSummarySchema>;

export const homeSummaryKey = (organizationId: string) =>
  ['organizations', organizationId, 'home'] as const;

export async function fetchHomeSummary(organizationId: string): Promise<HomeSummary> {
  const { data, error } = await supabase.rpc('home_summary', { organization_id: organizationId });
  if (error) throw error;
  return homeSummarySchema.parse(data);
}

import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { BadgeTone } from '../../components/ui/badge';
import type { Database } from '../../lib/database.types';

// A campaign's status as people read it (the list, the campaign's page) and what it allows.

export type CampaignStatus = Database['public']['Enums']['campaign_status'];

/** Every status, in the order a campaign goes through them. */
export const campaignStatuses = [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'completed',
  'cancelled',
] as const satisfies readonly CampaignStatus[];

const statuses: Record<CampaignStatus, { label: MessageDescriptor; tone: BadgeTone }> = {
  draft: { label: msg`Brouillon`, tone: 'neutral' },
  scheduled: { label: msg`Programmée`, tone: 'info' },
  sending: { label: msg`En cours`, tone: 'brand' },
  paused: { label: msg`En pause`, tone: 'warning' },
  completed: { label: msg`Terminée`, tone: 'brand' },
  cancelled: { label: msg`Annulée`, tone: 'danger' },
};

/** The status as a badge shows it: « Programmée », « En cours »… */
export function campaignStatus(status: CampaignStatus): { label: string; tone: BadgeTone } {
  const { label, tone } = statuses[status];
  return { label: i18n._(label), tone };
}

/** Only drafts are edited and deleted; anything launched has its own page. */
export function isDraft(status: CampaignStatus): boolean {
  return status === 'draft';
}

/** Launched and not over: its numbers still move as recipients are sent to. */
export function isCampaignRunning(status: CampaignStatus): boolean {
  return status === 'scheduled' || status === 'sending' || status === 'paused';
}

/** What an admin may do with a campaign in this status (the SQL functions check the same). */
export function campaignActions(status: CampaignStatus) {
  return {
    edit: status === 'draft',
    pause: status === 'scheduled' || status === 'sending',
    resume: status === 'paused',
    cancel: isCampaignRunning(status),
    duplicate: true,
  };
}

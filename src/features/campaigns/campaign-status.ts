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

const statuses: Record<CampaignStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: 'Brouillon', tone: 'neutral' },
  scheduled: { label: 'Programmée', tone: 'info' },
  sending: { label: 'En cours', tone: 'brand' },
  paused: { label: 'En pause', tone: 'warning' },
  completed: { label: 'Terminée', tone: 'brand' },
  cancelled: { label: 'Annulée', tone: 'danger' },
};

/** The status as a badge shows it: « Programmée », « En cours »… */
export function campaignStatus(status: CampaignStatus): { label: string; tone: BadgeTone } {
  return statuses[status];
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

import type { Database } from '../../lib/database.types';

export type CampaignStatus = Database['public']['Enums']['campaign_status'];

type BadgeTone = 'neutral' | 'brand' | 'warning' | 'info' | 'danger';

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

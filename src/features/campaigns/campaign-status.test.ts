import { describe, expect, it } from 'vitest';
import {
  campaignActions,
  campaignStatus,
  campaignStatuses,
  isCampaignRunning,
  isDraft,
} from './campaign-status';

describe('campaign statuses', () => {
  it('are named in French', () => {
    expect(campaignStatuses.map((status) => campaignStatus(status).label)).toEqual([
      'Brouillon',
      'Programmée',
      'En cours',
      'En pause',
      'Terminée',
      'Annulée',
    ]);
  });

  it('know drafts', () => {
    expect(campaignStatuses.filter(isDraft)).toEqual(['draft']);
  });

  it('run from launch until completed or cancelled', () => {
    expect(campaignStatuses.filter(isCampaignRunning)).toEqual(['scheduled', 'sending', 'paused']);
  });

  it('allow what the SQL functions allow', () => {
    const allowed = (action: keyof ReturnType<typeof campaignActions>) =>
      campaignStatuses.filter((status) => campaignActions(status)[action]);
    expect(allowed('edit')).toEqual(['draft']);
    expect(allowed('pause')).toEqual(['scheduled', 'sending']);
    expect(allowed('resume')).toEqual(['paused']);
    expect(allowed('cancel')).toEqual(['scheduled', 'sending', 'paused']);
    expect(allowed('duplicate')).toEqual(campaignStatuses);
  });
});

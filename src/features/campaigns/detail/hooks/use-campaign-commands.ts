import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../../lib/query-keys';
import type { CampaignOutcome } from '@shared/segments/criteria.ts';
import {
  cancelCampaign,
  createCampaignSegment,
  pauseCampaign,
  resumeCampaign,
  type Campaign,
  type CampaignDetail,
} from '../api';
import { campaignDetailKey } from './use-campaign-detail';

export type CampaignCommand = 'pause' | 'resume' | 'cancel';

const commands: Record<CampaignCommand, (campaignId: string) => Promise<Campaign>> = {
  pause: pauseCampaign,
  resume: resumeCampaign,
  cancel: cancelCampaign,
};

/** Pause, resume or cancel: the page shows the new status at once, then refreshes the rest. */
export function useCampaignCommand(organizationId: string, campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: CampaignCommand) => commands[command](campaignId),
    onSuccess: (campaign, command) => {
      queryClient.setQueryData<CampaignDetail | null>(
        campaignDetailKey(organizationId, campaignId),
        (detail) => (detail ? { ...detail, campaign } : detail),
      );
      // The list, this campaign's progress and recipients; a cancellation gives messages back.
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaigns(organizationId) });
      if (command === 'cancel') {
        void queryClient.invalidateQueries({
          queryKey: queryKeys.organizationUsage(organizationId),
        });
      }
    },
  });
}

export function useCreateCampaignSegment(organizationId: string, campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ outcome, name }: { outcome: CampaignOutcome; name: string }) =>
      createCampaignSegment(campaignId, outcome, name),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.segments(organizationId),
        refetchType: 'none',
      }),
  });
}

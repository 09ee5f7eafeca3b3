import { Badge } from '../../../components/ui/badge';
import { campaignStatus, type CampaignStatus } from '../campaign-status';

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { label, tone } = campaignStatus(status);
  return <Badge tone={tone}>{label}</Badge>;
}

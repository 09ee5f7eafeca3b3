import type { AudienceSegment } from '../api';
import {
  audienceCriteria,
  previewSelection,
  type CampaignAudience,
  type ContactCriteria,
} from '../campaign-audience';
import { useSettledValue } from './use-settled-value';

type PreviewSelection = { criteria: ContactCriteria; optedOutExcluded: boolean };

/** The contacts the preview steps through: the audience's, once the audience stops changing. */
export function usePreviewSelection(
  audience: CampaignAudience | null,
  segments: AudienceSegment[] | undefined,
) {
  const segmentCriteria =
    audience?.kind === 'segment'
      ? segments?.find((segment) => segment.id === audience.segmentId)?.criteria
      : undefined;
  const criteria = audience ? audienceCriteria(audience, segmentCriteria) : undefined;
  const { settled, settling } = useSettledValue<PreviewSelection>(
    criteria === undefined ? null : previewSelection(criteria),
  );
  return { selection: settled, settling };
}

import type { EstimateInput } from '../api';
import { launchBlocker } from '../launch-readiness';
import { useCampaignEstimate } from './use-campaigns';
import { useSettledValue } from './use-settled-value';

/**
 * The launch estimate of the builder's template, mapping and audience, asked once they stop
 * changing (null asks nothing: a reader, or no template or audience yet); and what it says of a
 * launch now.
 */
export function useSettledEstimate(organizationId: string, input: EstimateInput | null) {
  const { settled, settling: inputSettling } = useSettledValue(input);
  const query = useCampaignEstimate(organizationId, settled);
  const ready = input !== null;
  const settling = inputSettling || query.isPlaceholderData;
  const estimating = ready && (settling || query.isFetching);
  const current = ready && !estimating ? query.data : undefined;
  return {
    query,
    /** false while there is nothing to estimate. */
    ready,
    /** The inputs changed and the figures have not caught up yet. */
    settling,
    estimating,
    /** The figures for the inputs on screen, once they are known. */
    current,
    /** Why a launch cannot go now, from those figures. */
    blocker: current ? launchBlocker(current) : null,
  };
}

import { describe, expect, it } from 'vitest';
import { campaignOutcomes, segmentNameMaxLength } from '@shared/segments/criteria.ts';
import { defaultSegmentName, outcomeTitle, retargetingOutcomes } from './retargeting';

describe('retargetingOutcomes', () => {
  it('offers every outcome the segment criteria know, once', () => {
    expect([...retargetingOutcomes].sort()).toEqual([...campaignOutcomes].sort());
  });

  it('are titled from the criteria’s French names', () => {
    expect(retargetingOutcomes.map(outcomeTitle)).toEqual([
      'Lu sans réponse',
      'Délivré non lu',
      'Non délivré',
      'Échec',
      'A répondu',
      'Lu',
      'Délivré',
      'Envoyé',
    ]);
  });
});

describe('defaultSegmentName', () => {
  it('is the campaign’s name and the outcome', () => {
    expect(defaultSegmentName('Rappel vaccination', 'read_no_reply')).toBe(
      'Rappel vaccination — lu sans réponse',
    );
  });

  it('shortens a long campaign name to fit a segment name', () => {
    const name = defaultSegmentName('é'.repeat(120), 'delivered_unread');
    expect(Array.from(name)).toHaveLength(segmentNameMaxLength);
    expect(name.endsWith('… — délivré non lu')).toBe(true);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { AI_CHECK_FLOOR, decideFaqAnswer, type FaqCandidate } from './faq-decision.ts';

const candidate = (entryId: string, confidence: number): FaqCandidate => ({
  entryId,
  question: `question ${entryId}`,
  answer: `answer ${entryId}`,
  confidence,
});

const hours = candidate('hours', 0.71);
const saturday = candidate('saturday', 0.45);
const faint = candidate('faint', AI_CHECK_FLOOR - 0.01);
const DECLINED = { candidate: null, by: 'matcher' };

describe('decideFaqAnswer without the AI check', () => {
  const settings = { threshold: 0.6, aiCheck: false };

  it('answers the best entry when it reaches the threshold, and never asks the model', async () => {
    const judge = vi.fn();
    await expect(decideFaqAnswer('m', [hours, saturday], settings, judge)).resolves.toEqual({
      candidate: hours,
      by: 'matcher',
    });
    expect(judge).not.toHaveBeenCalled();
  });

  it('declines below the threshold, and without candidates', async () => {
    const judge = vi.fn();
    await expect(decideFaqAnswer('m', [saturday], settings, judge)).resolves.toEqual(DECLINED);
    await expect(decideFaqAnswer('m', [], settings, judge)).resolves.toEqual(DECLINED);
    expect(judge).not.toHaveBeenCalled();
  });
});

describe('decideFaqAnswer with the AI check', () => {
  const settings = { threshold: 0.6, aiCheck: true };

  it('answers the entry the model chose, even under the threshold', async () => {
    const judge = vi.fn().mockResolvedValue(1);
    await expect(
      decideFaqAnswer('je peux passer le sam?', [hours, saturday, faint], settings, judge),
    ).resolves.toEqual({ candidate: saturday, by: 'ai' });
    // Only the candidates above the floor are offered.
    expect(judge).toHaveBeenCalledWith('je peux passer le sam?', [hours, saturday]);
  });

  it('declines what the model says none of the entries answers, however confident the matcher', async () => {
    const judge = vi.fn().mockResolvedValue(null);
    await expect(
      decideFaqAnswer('la banque ouvre a quelle heure', [hours], settings, judge),
    ).resolves.toEqual({ candidate: null, by: 'ai' });
  });

  it('does not ask the model when no candidate reaches the floor', async () => {
    const judge = vi.fn();
    await expect(decideFaqAnswer('m', [faint], settings, judge)).resolves.toEqual(DECLINED);
    expect(judge).not.toHaveBeenCalled();
  });

  it('offers three candidates at most', async () => {
    const judge = vi.fn().mockResolvedValue(2);
    const offered = ['a', 'b', 'c', 'd'].map((id, index) => candidate(id, 0.9 - index / 10));
    await expect(decideFaqAnswer('m', offered, settings, judge)).resolves.toEqual({
      candidate: offered[2],
      by: 'ai',
    });
    expect(judge.mock.calls[0]![1]).toHaveLength(3);
  });

  it('keeps the matcher’s decision when the model fails, and reports the failure', async () => {
    const failure = new Error('model down');
    const judge = vi.fn().mockRejectedValue(failure);
    const onFailure = vi.fn();
    await expect(decideFaqAnswer('m', [hours], settings, judge, onFailure)).resolves.toEqual({
      candidate: hours,
      by: 'matcher',
    });
    await expect(decideFaqAnswer('m', [saturday], settings, judge, onFailure)).resolves.toEqual(
      DECLINED,
    );
    expect(onFailure).toHaveBeenCalledWith(failure);
  });
});

import { describe, expect, it } from 'vitest';
import { failureMeaning } from './whatsapp-failures.ts';

describe('failureMeaning', () => {
  it('explains known Meta codes in French and says whether retrying can help', () => {
    expect(failureMeaning('131026')).toEqual({
      reason: expect.stringMatching(/non délivrable/),
      transient: false,
    });
    expect(failureMeaning(' 130429 ').transient).toBe(true);
  });

  it('keeps unknown codes and Wati’s detail rather than inventing a reason', () => {
    expect(failureMeaning('999', 'Something odd')).toEqual({
      reason: "Échec d'envoi (code 999) (Something odd).",
      transient: false,
    });
    expect(failureMeaning(null).reason).toBe("Échec d'envoi.");
  });
});

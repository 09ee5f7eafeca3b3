import { describe, expect, it } from 'vitest';
import { runFailures } from './run-failures';
import { failureReason, isActive, runProgress, runStatus } from './run-labels';

describe('a start of a Wati chatbot as people read it', () => {
  it('names each status, and moves only while queued or running', () => {
    expect(runStatus('running')).toEqual({ label: 'En cours', tone: 'brand' });
    expect(runStatus('failed')).toEqual({ label: 'Échoué', tone: 'danger' });
    expect(isActive({ status: 'queued' })).toBe(true);
    expect(isActive({ status: 'running' })).toBe(true);
    expect(isActive({ status: 'cancelled' })).toBe(false);
  });

  it('says why, for every reason the database records', () => {
    const reasons = runFailures.map(failureReason);
    expect(reasons.every((reason) => reason.length > 10)).toBe(true);
    expect(new Set(reasons).size).toBe(runFailures.length);
    expect(failureReason('opted_out')).toBe('Le contact s’est désinscrit entre-temps.');
  });

  it('counts started and failed contacts as handled', () => {
    expect(runProgress({ total: 1000, started: 118, failed: 2 })).toEqual({
      done: 120,
      total: 1000,
    });
    expect(runProgress({ total: 0, started: 0, failed: 0 })).toEqual({ done: 0, total: 0 });
  });
});

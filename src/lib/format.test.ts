import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatUtcOffset,
  formatXaf,
  roleLabel,
  roleTitle,
} from './format';

// Intl's French output: U+202F (narrow no-break space) groups thousands, U+00A0 precedes the unit.
const nnbsp = '\u202f';
const nbsp = '\u00a0';

describe('formatXaf', () => {
  it('groups thousands the French way and names the currency FCFA', () => {
    expect(formatXaf(75000)).toBe(`75${nnbsp}000${nbsp}FCFA`);
    expect(formatXaf(450000)).toBe(`450${nnbsp}000${nbsp}FCFA`);
    expect(formatXaf(1250000)).toBe(`1${nnbsp}250${nnbsp}000${nbsp}FCFA`);
    expect(formatXaf(0)).toBe(`0${nbsp}FCFA`);
  });

  it('never shows decimals (the franc CFA has no cents)', () => {
    expect(formatXaf(999.6)).toBe(`1${nnbsp}000${nbsp}FCFA`);
  });
});

describe('formatNumber', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(formatNumber(25000)).toBe(`25${nnbsp}000`);
    expect(formatNumber(5)).toBe('5');
  });
});

describe('dates in the organisation’s time zone', () => {
  // 23:30 UTC is already the next day in Douala (UTC+1).
  const lateEvening = '2026-11-21T23:30:00Z';

  it('formats a date in French, in Africa/Douala', () => {
    expect(formatDate(lateEvening, 'Africa/Douala')).toBe('22 novembre 2026');
    expect(formatDate(lateEvening, 'UTC')).toBe('21 novembre 2026');
    expect(formatDate(new Date('2026-03-01T12:00:00Z'), 'Africa/Douala')).toBe('1 mars 2026');
  });

  it('formats a date and time in French, in Africa/Douala', () => {
    expect(formatDateTime(lateEvening, 'Africa/Douala')).toBe('22 novembre 2026 à 00:30');
    expect(formatDateTime(Date.parse('2026-07-14T08:05:00Z'), 'Africa/Douala')).toBe(
      '14 juillet 2026 à 09:05',
    );
  });

  it('gives the UTC offset of a time zone', () => {
    expect(formatUtcOffset('Africa/Douala', lateEvening)).toBe('UTC+1');
    expect(formatUtcOffset('Africa/Dakar', lateEvening)).toBe('UTC+0');
    expect(formatUtcOffset('Europe/Paris', '2026-07-14T08:05:00Z')).toBe('UTC+2');
  });
});

describe('role labels', () => {
  it('names the four roles in French', () => {
    expect(roleLabel('owner')).toBe('propriétaire');
    expect(roleLabel('admin')).toBe('administrateur');
    expect(roleLabel('agent')).toBe('agent');
    expect(roleLabel('viewer')).toBe('lecteur');
  });

  it('capitalises them for badges and options', () => {
    expect(roleTitle('owner')).toBe('Propriétaire');
    expect(roleTitle('viewer')).toBe('Lecteur');
  });
});

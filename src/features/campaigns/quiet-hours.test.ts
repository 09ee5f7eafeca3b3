import { describe, expect, it } from 'vitest';
import { clockTime, quietHoursText } from './quiet-hours';

describe('quietHoursText', () => {
  it('gives the quiet hours as read on a clock', () => {
    expect(quietHoursText('21:00:00', '08:00:00')).toBe('Pas d’envoi entre 21:00 et 08:00');
    expect(quietHoursText(null, null)).toBeNull();
  });
});

describe('clockTime', () => {
  it('drops the seconds Postgres adds', () => {
    expect(clockTime('07:30:00')).toBe('07:30');
    expect(clockTime('07:30')).toBe('07:30');
  });
});

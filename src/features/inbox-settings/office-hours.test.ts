import { describe, expect, it } from 'vitest';
import {
  describeDay,
  isClockTime,
  officeHoursSchema,
  readOfficeHours,
  weekdays,
  writeOfficeHours,
  type OfficeHoursDay,
  type TimeSlot,
} from './office-hours';

function week(slotsByDay: Partial<Record<number, TimeSlot[]>> = {}): OfficeHoursDay[] {
  return weekdays.map((day) => ({ day, slots: slotsByDay[day] ?? [] }));
}

function problems(days: unknown) {
  const result = officeHoursSchema.safeParse(days);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('isClockTime', () => {
  it('accepts HH:MM from 00:00 to 23:59 only', () => {
    for (const value of ['00:00', '08:30', '17:05', '23:59']) expect(isClockTime(value)).toBe(true);
    for (const value of ['8:00', '24:00', '12:60', '08:00:00', '08h00', '', ' 08:00'])
      expect(isClockTime(value), value).toBe(false);
  });
});

describe('officeHoursSchema', () => {
  it('accepts closed days, one slot and several slots a day', () => {
    const days = week({
      1: [{ open: '08:00', close: '17:00' }],
      2: [
        { open: '08:00', close: '12:00' },
        { open: '14:00', close: '18:00' },
      ],
      // Back to back is not an overlap: the first closes as the second opens.
      3: [
        { open: '08:00', close: '12:00' },
        { open: '12:00', close: '13:00' },
      ],
    });
    expect(problems(days)).toEqual([]);
  });

  it('refuses a slot that closes before, or as, it opens', () => {
    expect(problems(week({ 1: [{ open: '17:00', close: '08:00' }] }))).toEqual([
      { path: '0.slots.0.close', message: 'La fermeture doit suivre l’ouverture' },
    ]);
    expect(problems(week({ 5: [{ open: '09:00', close: '09:00' }] }))).toEqual([
      { path: '4.slots.0.close', message: 'La fermeture doit suivre l’ouverture' },
    ]);
  });

  it('refuses times that are not HH:MM, naming the field', () => {
    expect(problems(week({ 2: [{ open: '8:00', close: '25:00' }] }))).toEqual([
      { path: '1.slots.0.open', message: 'Heure d’ouverture au format HH:MM' },
      { path: '1.slots.0.close', message: 'Heure de fermeture au format HH:MM' },
    ]);
  });

  it('refuses overlapping slots of one day, whatever their order', () => {
    const days = week({
      6: [
        { open: '14:00', close: '18:00' },
        { open: '08:00', close: '14:30' },
      ],
    });
    expect(problems(days)).toEqual([
      { path: '5.slots.0.open', message: 'Les plages du samedi se chevauchent' },
    ]);
  });

  it('refuses more than six slots a day, and a week that is not the seven days in order', () => {
    const many = Array.from({ length: 7 }, (_, index) => ({
      open: `${String(index + 8).padStart(2, '0')}:00`,
      close: `${String(index + 8).padStart(2, '0')}:30`,
    }));
    expect(problems(week({ 7: many }))).toEqual([
      { path: '6.slots', message: 'Au plus 6 plages par jour' },
    ]);
    expect(problems(week().slice(0, 6))).not.toEqual([]);
    const shuffled = week();
    [shuffled[0], shuffled[1]] = [shuffled[1]!, shuffled[0]!];
    expect(problems(shuffled)).toEqual([
      { path: '', message: 'Les jours de la semaine sont incomplets' },
    ]);
  });
});

describe('readOfficeHours / writeOfficeHours', () => {
  it('reads the database default: Monday to Friday 08:00–17:00, the weekend closed', () => {
    const stored = Object.fromEntries(
      [1, 2, 3, 4, 5].map((day) => [String(day), [{ open: '08:00', close: '17:00' }]]),
    );
    const days = readOfficeHours(stored);
    expect(days.map((entry) => entry.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(days[0]!.slots).toEqual([{ open: '08:00', close: '17:00' }]);
    expect(days[5]!.slots).toEqual([]);
    expect(days[6]!.slots).toEqual([]);
  });

  it('keeps what it can read of a damaged value, without inventing hours', () => {
    expect(readOfficeHours(null).every((entry) => entry.slots.length === 0)).toBe(true);
    expect(readOfficeHours([1, 2]).every((entry) => entry.slots.length === 0)).toBe(true);
    const days = readOfficeHours({
      '1': [{ open: '08:00:00', close: '12:00' }, { open: 8 }, 'x'],
      '2': 'closed',
      '9': [{ open: '08:00', close: '09:00' }],
    });
    expect(days[0]!.slots).toEqual([{ open: '08:00', close: '12:00' }]);
    expect(days[1]!.slots).toEqual([]);
  });

  it('writes every day, its slots in opening order, and reads back the same', () => {
    const days = week({
      1: [
        { open: '14:00', close: '18:00' },
        { open: '08:00', close: '12:00' },
      ],
      3: [{ open: '09:00', close: '17:00' }],
    });
    const stored = writeOfficeHours(days);
    expect(stored).toEqual({
      '1': [
        { open: '08:00', close: '12:00' },
        { open: '14:00', close: '18:00' },
      ],
      '2': [],
      '3': [{ open: '09:00', close: '17:00' }],
      '4': [],
      '5': [],
      '6': [],
      '7': [],
    });
    expect(writeOfficeHours(readOfficeHours(stored))).toEqual(stored);
  });
});

describe('describeDay', () => {
  it('lists the slots in order, or says the day is closed', () => {
    expect(describeDay([])).toBe('Fermé');
    expect(
      describeDay([
        { open: '14:00', close: '18:00' },
        { open: '08:00', close: '12:00' },
      ]),
    ).toBe('08:00 – 12:00, 14:00 – 18:00');
  });
});

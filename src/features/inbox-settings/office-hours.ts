import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import type { Json } from '../../lib/database.types';

// The inbox's office hours (`inbox_settings.office_hours`): per ISO weekday (1 = Monday … 7 =
// Sunday), the slots when the organisation answers, in its time zone, as
// {"1":[{"open":"08:00","close":"17:00"}], …, "7":[]}. A day absent or empty is closed. The
// database compares `open <= now < close` as `time`s: a slot never crosses midnight.

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

export type TimeSlot = { open: string; close: string };

/** The form's shape: the seven days in order, each with its slots. */
export type OfficeHoursDay = { day: Weekday; slots: TimeSlot[] };

/** At most this many slots a day (a morning and an afternoon is the common case). */
export const maxSlotsPerDay = 6;

const weekdayNames: Record<Weekday, MessageDescriptor> = {
  1: msg`Lundi`,
  2: msg`Mardi`,
  3: msg`Mercredi`,
  4: msg`Jeudi`,
  5: msg`Vendredi`,
  6: msg`Samedi`,
  7: msg`Dimanche`,
};

const weekdayNamesInSentence: Record<Weekday, MessageDescriptor> = {
  1: msg`lundi`,
  2: msg`mardi`,
  3: msg`mercredi`,
  4: msg`jeudi`,
  5: msg`vendredi`,
  6: msg`samedi`,
  7: msg`dimanche`,
};

/** « Lundi », in the active language. */
export function weekdayName(day: Weekday): string {
  return i18n._(weekdayNames[day]);
}

/** « lundi », as it reads inside a sentence. */
function weekdayNameInSentence(day: Weekday): string {
  return i18n._(weekdayNamesInSentence[day]);
}

/** « 08:00 »: hours 00–23, minutes 00–59, as `<input type="time">` gives them. */
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isClockTime(value: string): boolean {
  return clockPattern.test(value);
}

/** « 08:30 » → 510. */
function minutes(clock: string): number {
  const [hours = 0, mins = 0] = clock.split(':').map(Number);
  return hours * 60 + mins;
}

/** A slot the default office hours give a new day. */
export const defaultSlot: TimeSlot = { open: '08:00', close: '17:00' };

const slotSchema = z
  .object({
    open: z.string().regex(clockPattern, { error: () => t`Heure d’ouverture au format HH:MM` }),
    close: z.string().regex(clockPattern, { error: () => t`Heure de fermeture au format HH:MM` }),
  })
  .refine((slot) => !isClockTime(slot.open) || !isClockTime(slot.close) || slot.open < slot.close, {
    error: () => t`La fermeture doit suivre l’ouverture`,
    path: ['close'],
  });

const daySchema = z
  .object({
    day: z.literal(weekdays),
    slots: z
      .array(slotSchema)
      .max(maxSlotsPerDay, { error: () => t`Au plus ${maxSlotsPerDay} plages par jour` }),
  })
  .superRefine(({ day, slots }, context) => {
    const valid = slots
      .map((slot, index) => ({ ...slot, index }))
      .filter((slot) => isClockTime(slot.open) && isClockTime(slot.close) && slot.open < slot.close)
      .sort((a, b) => minutes(a.open) - minutes(b.open));
    for (let i = 1; i < valid.length; i += 1) {
      const previous = valid[i - 1]!;
      const current = valid[i]!;
      if (minutes(current.open) < minutes(previous.close)) {
        const name = weekdayNameInSentence(day);
        context.addIssue({
          code: 'custom',
          message: t`Les plages du ${name} se chevauchent`,
          path: ['slots', current.index, 'open'],
        });
      }
    }
  });

/** The seven days, Monday first, each with slots that open before they close and never overlap. */
export const officeHoursSchema = z
  .array(daySchema)
  .length(7)
  .refine((days) => days.every((entry, index) => entry.day === weekdays[index]), {
    error: () => t`Les jours de la semaine sont incomplets`,
  });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored JSON as the form's seven days. What is not a slot is left out; a slot's times are
 * kept as they are (« 8:00 » shows, and the form asks to correct it) so nothing changes unseen.
 */
export function readOfficeHours(value: Json | undefined): OfficeHoursDay[] {
  const stored = isRecord(value) ? value : {};
  return weekdays.map((day) => {
    const entries = stored[String(day)];
    const slots = Array.isArray(entries)
      ? entries.flatMap((entry) =>
          isRecord(entry) && typeof entry.open === 'string' && typeof entry.close === 'string'
            ? [{ open: entry.open.slice(0, 5), close: entry.close.slice(0, 5) }]
            : [],
        )
      : [];
    return { day, slots };
  });
}

/** The form's seven days as the stored JSON: every day present, slots in opening order. */
export function writeOfficeHours(days: readonly OfficeHoursDay[]): Record<string, TimeSlot[]> {
  const result: Record<string, TimeSlot[]> = {};
  for (const day of weekdays) {
    const slots = days.find((entry) => entry.day === day)?.slots ?? [];
    result[String(day)] = [...slots]
      .sort((a, b) => minutes(a.open) - minutes(b.open))
      .map(({ open, close }) => ({ open, close }));
  }
  return result;
}

/** « 08:00 – 12:00, 14:00 – 18:00 », or « Fermé ». */
export function describeDay(slots: readonly TimeSlot[]): string {
  if (slots.length === 0) return t`Fermé`;
  return [...slots]
    .sort((a, b) => minutes(a.open) - minutes(b.open))
    .map((slot) => `${slot.open} – ${slot.close}`)
    .join(', ');
}

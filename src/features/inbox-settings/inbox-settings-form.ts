import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { characterCount } from '../../domain/contacts/length-hint';
import type { Tables, TablesUpdate } from '../../lib/database.types';
import { formatNumber } from '../../lib/format';
import { officeHoursSchema, readOfficeHours, writeOfficeHours } from './office-hours';

// The « Boîte de réception » settings form, with the limits the database checks
// (`inbox_settings`'s constraints).

export type InboxSettings = Tables<'inbox_settings'>;

export const capacityRange = { min: 1, max: 500 } as const;
export const waitingAlertRange = { min: 1, max: 1440 } as const;
export const maxAwayMessageLength = 1024;

/** A whole number within the range; an empty number field (NaN) is « requis ». */
function wholeNumber(range: { min: number; max: number }, required: () => string) {
  const { min, max } = range;
  return z
    .number({ error: required })
    .int({ error: () => t`Saisissez un nombre entier` })
    .min(min, { error: () => t`Au moins ${min}` })
    .max(max, {
      error: () => {
        const limit = formatNumber(max);
        return t`Au plus ${limit}`;
      },
    });
}

/** A capacity typed in a field: 1 to 500 open conversations. */
export const capacitySchema = wholeNumber(capacityRange, () => t`Capacité requise`);

export const inboxSettingsSchema = z
  .object({
    autoAssign: z.boolean(),
    agentsSeeAll: z.boolean(),
    defaultCapacity: capacitySchema,
    officeHours: officeHoursSchema,
    awayEnabled: z.boolean(),
    awayMessage: z
      .string()
      .trim()
      .refine((text) => characterCount(text) <= maxAwayMessageLength, {
        error: () => {
          const max = formatNumber(maxAwayMessageLength);
          return t`Le message d’absence contient au plus ${max} caractères`;
        },
      }),
    csatEnabled: z.boolean(),
    /** '' when no template is chosen. */
    csatTemplateName: z.string(),
    waitingAlertMinutes: wholeNumber(waitingAlertRange, () => t`Délai requis`),
  })
  .refine((values) => !values.awayEnabled || values.awayMessage.length > 0, {
    error: () => t`Écrivez le message envoyé en dehors des heures d’ouverture`,
    path: ['awayMessage'],
  });

export type InboxSettingsInput = z.input<typeof inboxSettingsSchema>;
export type InboxSettingsValues = z.output<typeof inboxSettingsSchema>;

/** The stored settings as the form's values. */
export function toFormValues(settings: InboxSettings): InboxSettingsInput {
  return {
    autoAssign: settings.auto_assign,
    agentsSeeAll: settings.agents_see_all,
    defaultCapacity: settings.default_capacity,
    officeHours: readOfficeHours(settings.office_hours),
    awayEnabled: settings.away_enabled,
    awayMessage: settings.away_message ?? '',
    csatEnabled: settings.csat_enabled,
    csatTemplateName: settings.csat_template_name ?? '',
    waitingAlertMinutes: settings.waiting_alert_minutes,
  };
}

/** The form's values as the columns members may change (an empty text is stored as null). */
export function toSettingsUpdate(values: InboxSettingsValues): TablesUpdate<'inbox_settings'> {
  return {
    auto_assign: values.autoAssign,
    agents_see_all: values.agentsSeeAll,
    default_capacity: values.defaultCapacity,
    office_hours: writeOfficeHours(values.officeHours),
    away_enabled: values.awayEnabled,
    away_message: values.awayMessage || null,
    csat_enabled: values.csatEnabled,
    csat_template_name: values.csatTemplateName || null,
    waiting_alert_minutes: values.waitingAlertMinutes,
  };
}

import { describe, expect, it } from 'vitest';
import {
  inboxSettingsSchema,
  toFormValues,
  toSettingsUpdate,
  type InboxSettings,
} from './inbox-settings-form';

const stored: InboxSettings = {
  organization_id: '00000000-0000-4000-8000-000000000001',
  agents_see_all: false,
  auto_assign: true,
  default_capacity: 20,
  csat_enabled: false,
  csat_template_name: null,
  office_hours: { '1': [{ open: '08:00', close: '17:00' }] },
  away_enabled: false,
  away_message: null,
  waiting_alert_minutes: 30,
  updated_at: '2026-12-09T10:00:00.000000+00:00',
};

function messages(values: unknown) {
  const result = inboxSettingsSchema.safeParse(values);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('inboxSettingsSchema', () => {
  it('round-trips the stored settings, an empty text and no template as null', () => {
    const values = inboxSettingsSchema.parse(toFormValues(stored));
    const update = toSettingsUpdate(values);
    expect(update).toMatchObject({
      auto_assign: true,
      default_capacity: 20,
      away_message: null,
      csat_template_name: null,
      waiting_alert_minutes: 30,
    });
    expect(update.office_hours).toMatchObject({
      '1': [{ open: '08:00', close: '17:00' }],
      '7': [],
    });
  });

  it('requires the away message once it is enabled, and keeps it to 1 024 characters', () => {
    const base = toFormValues(stored);
    expect(messages({ ...base, awayEnabled: true, awayMessage: '  ' })).toEqual([
      'awayMessage: Écrivez le message envoyé en dehors des heures d’ouverture',
    ]);
    expect(messages({ ...base, awayEnabled: false, awayMessage: '' })).toEqual([]);
    expect(messages({ ...base, awayEnabled: true, awayMessage: 'é'.repeat(1025) })).toEqual([
      'awayMessage: Le message d’absence contient au plus 1\u202f024 caractères',
    ]);
  });

  it('keeps capacity and the waiting alert within the database’s limits', () => {
    const base = toFormValues(stored);
    expect(messages({ ...base, defaultCapacity: Number.NaN })).toEqual([
      'defaultCapacity: Capacité requise',
    ]);
    expect(messages({ ...base, defaultCapacity: 0 })).toEqual(['defaultCapacity: Au moins 1']);
    expect(messages({ ...base, defaultCapacity: 501 })).toEqual(['defaultCapacity: Au plus 500']);
    expect(messages({ ...base, defaultCapacity: 2.5 })).toEqual([
      'defaultCapacity: Saisissez un nombre entier',
    ]);
    expect(messages({ ...base, waitingAlertMinutes: 1441 })).toEqual([
      'waitingAlertMinutes: Au plus 1\u202f440',
    ]);
  });
});

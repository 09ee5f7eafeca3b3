import { describe, expect, it } from 'vitest';
import { readSettings, toSettingsValues } from './settings-form';

describe('bot settings form', () => {
  it('shows whole hours in hours, and reads them back in minutes', () => {
    const values = toSettingsValues({
      faq_threshold: 0.55,
      session_timeout_minutes: 240,
      max_misunderstood: 2,
      faq_ai_check: false,
    });
    expect(values).toEqual({
      thresholdPercent: 55,
      timeout: '4',
      timeoutUnit: 'hours',
      maxMisunderstood: '2',
      aiCheck: false,
    });
    expect(readSettings(values)).toEqual({
      ok: true,
      settings: {
        faq_threshold: 0.55,
        session_timeout_minutes: 240,
        max_misunderstood: 2,
        faq_ai_check: false,
      },
    });
    expect(
      toSettingsValues({
        faq_threshold: 0.5,
        session_timeout_minutes: 90,
        max_misunderstood: 1,
        faq_ai_check: false,
      }),
    ).toMatchObject({ timeout: '90', timeoutUnit: 'minutes' });
  });

  it('saves the AI check as it is shown, on or off', () => {
    const values = toSettingsValues({
      faq_threshold: 0.6,
      session_timeout_minutes: 30,
      max_misunderstood: 3,
      faq_ai_check: true,
    });
    expect(values.aiCheck).toBe(true);
    expect(readSettings(values)).toMatchObject({ ok: true, settings: { faq_ai_check: true } });
    expect(readSettings({ ...values, aiCheck: false })).toMatchObject({
      ok: true,
      settings: { faq_ai_check: false },
    });
  });

  it('refuses what bot_settings refuses', () => {
    expect(
      readSettings({
        thresholdPercent: 50,
        timeout: '169',
        timeoutUnit: 'hours',
        maxMisunderstood: '0',
        aiCheck: false,
      }),
    ).toEqual({
      ok: false,
      errors: {
        timeout: 'Entre 5 minutes et 168 heures (une semaine).',
        maxMisunderstood: 'Un nombre entier de 1 à 10.',
      },
    });
    expect(
      readSettings({
        thresholdPercent: 50,
        timeout: '2,5',
        timeoutUnit: 'hours',
        maxMisunderstood: '3',
        aiCheck: true,
      }),
    ).toMatchObject({ ok: false, errors: { timeout: expect.any(String) } });
  });
});

// The bot's settings as the page edits them: the threshold as a percentage, the session timeout
// in minutes or hours, as bot_settings' checks bound them, and whether the AI checks FAQ answers.
import { t } from '@lingui/core/macro';
import { formatNumber } from '../../../lib/format';
import type { BotSettings } from './api';

export const thresholdPercent = { min: 5, max: 95, step: 5 } as const;
export const timeoutMinutes = { min: 5, max: 10_080 } as const;
export const misunderstoodRange = { min: 1, max: 10 } as const;

export type TimeoutUnit = 'minutes' | 'hours';

export type SettingsValues = {
  thresholdPercent: number;
  /** As typed. */
  timeout: string;
  timeoutUnit: TimeoutUnit;
  maxMisunderstood: string;
  aiCheck: boolean;
};

export function toSettingsValues(settings: BotSettings): SettingsValues {
  const minutes = settings.session_timeout_minutes;
  const inHours = minutes % 60 === 0;
  return {
    thresholdPercent: Math.round(settings.faq_threshold * 100),
    timeout: String(inHours ? minutes / 60 : minutes),
    timeoutUnit: inHours ? 'hours' : 'minutes',
    maxMisunderstood: String(settings.max_misunderstood),
    aiCheck: settings.faq_ai_check,
  };
}

export type SettingsErrors = { timeout?: string; maxMisunderstood?: string };

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** The settings to save, or what is wrong. */
export function readSettings(
  values: SettingsValues,
): { ok: true; settings: BotSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const amount = wholeNumber(values.timeout);
  const minutes = amount === null ? null : values.timeoutUnit === 'hours' ? amount * 60 : amount;
  if (minutes === null || minutes < timeoutMinutes.min || minutes > timeoutMinutes.max) {
    const min = formatNumber(timeoutMinutes.min);
    const hours = formatNumber(timeoutMinutes.max / 60);
    errors.timeout = t`Entre ${min} minutes et ${hours} heures (une semaine).`;
  }
  const misunderstood = wholeNumber(values.maxMisunderstood);
  if (
    misunderstood === null ||
    misunderstood < misunderstoodRange.min ||
    misunderstood > misunderstoodRange.max
  ) {
    const min = formatNumber(misunderstoodRange.min);
    const max = formatNumber(misunderstoodRange.max);
    errors.maxMisunderstood = t`Un nombre entier de ${min} à ${max}.`;
  }
  if (errors.timeout || errors.maxMisunderstood) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      faq_threshold: values.thresholdPercent / 100,
      session_timeout_minutes: minutes!,
      max_misunderstood: misunderstood!,
      faq_ai_check: values.aiCheck,
    },
  };
}

import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

// The contacts of an audience a send leaves out, by reason: estimated before a launch
// (estimate_campaign), fixed at the launch (`campaigns.excluded`).

export type ExcludedCounts = { optedOut: number; invalidNumber: number; missingParameter: number };

const reasonLabels: Record<keyof ExcludedCounts, MessageDescriptor> = {
  optedOut: msg`Désinscrits`,
  invalidNumber: msg`Numéros invalides`,
  missingParameter: msg`Paramètre manquant`,
};

/**
 * Each reason as the estimate and the campaign's page name it, in the same order; `label` is read
 * in the active language each time.
 */
export const exclusionReasons: readonly { key: keyof ExcludedCounts; readonly label: string }[] = (
  ['optedOut', 'invalidNumber', 'missingParameter'] as const
).map((key) => ({
  key,
  get label() {
    return i18n._(reasonLabels[key]);
  },
}));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** The counts stored in `campaigns.excluded` at launch, read defensively. */
export function excludedCounts(excluded: unknown): ExcludedCounts {
  const record = isRecord(excluded) ? excluded : {};
  return {
    optedOut: count(record.opted_out),
    invalidNumber: count(record.invalid_number),
    missingParameter: count(record.missing_parameter),
  };
}

// The contacts of an audience a send leaves out, by reason: estimated before a launch
// (estimate_campaign), fixed at the launch (`campaigns.excluded`).

export type ExcludedCounts = { optedOut: number; invalidNumber: number; missingParameter: number };

/** Each reason as the estimate and the campaign's page name it, in the same order. */
export const exclusionReasons: readonly { key: keyof ExcludedCounts; label: string }[] = [
  { key: 'optedOut', label: 'Désinscrits' },
  { key: 'invalidNumber', label: 'Numéros invalides' },
  { key: 'missingParameter', label: 'Paramètre manquant' },
];

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

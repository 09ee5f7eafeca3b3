const UNIT_SECONDS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
};

/**
 * Go's `time.ParseDuration` syntax ("5s", "1h30m", "-2.5h"), which GoTrue and the Supabase CLI
 * use for `ban_duration` and `max_frequency`. Returns seconds, or undefined when malformed.
 */
export function parseGoDuration(text: string): number | undefined {
  const match = /^([-+]?)(.*)$/.exec(text)!;
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2]!;
  if (body === '0') return 0;
  if (body === '') return undefined;
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let index = 0;
  while (index < body.length) {
    part.lastIndex = index;
    const found = part.exec(body);
    if (!found) return undefined;
    total += Number(found[1]) * UNIT_SECONDS[found[2]!]!;
    index = part.lastIndex;
  }
  return sign * total;
}

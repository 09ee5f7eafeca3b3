/**
 * Whether an error is the network failing on the way (no answer at all), which trying again may
 * fix: supabase-js reports a failed fetch as an error without a code whose message names it.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (name === 'FunctionsFetchError' || name === 'AuthRetryableFetchError') return true;
  if (typeof code === 'string' && code !== '') return false;
  return typeof message === 'string' && /failed to fetch|network ?error|load failed/i.test(message);
}

/** The SQLSTATE of a Postgres error, or the code of a driver or socket error (`CONNECTION_CLOSED`). */
const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Deadlock or serialization failure: the whole call was rolled back and may simply run again. */
export const isRetryable = (error: unknown): boolean => /^40(P01|001)$/.test(codeOf(error) ?? '');

/**
 * The database could not be reached, or gave up on the session or the server (connection lost,
 * shut down, out of resources): no event is to blame, and nothing can be recorded about them now.
 * Every other error may come from what one event carries, whatever its class.
 */
export function isConnectionLevel(error: unknown): boolean {
  const code = codeOf(error);
  if (code === undefined) return false;
  // postgres.js's own codes (CONNECTION_CLOSED, CONNECT_TIMEOUT…) and the sockets' (ECONNRESET…).
  if (
    /^(CONNECT_TIMEOUT|CONNECTION_[A-Z_]+|E(CONN[A-Z]+|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|NOTFOUND|AI_AGAIN))$/.test(
      code,
    )
  ) {
    return true;
  }
  // SQLSTATE classes: connection exception, insufficient resources, shutdown, system error.
  return /^((08|53|58)[0-9A-Z]{3}|57P[0-9A-Z]{2})$/.test(code);
}

/** One line for the event's `last_error`, read by ops: the code first when there is one. */
export function describeError(error: unknown): string {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.startsWith(code) ? `${code} ${message}` : message;
}

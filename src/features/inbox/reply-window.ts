import { t } from '@lingui/core/macro';

// WhatsApp's 24-hour window (customer service window): free text and files may be sent until 24
// hours after the contact's last message, whichever conversation it is in; after that, only an
// approved template. The server refuses the same (reply_window_closed): this only says it first.

export const replyWindowMs = 24 * 60 * 60 * 1000;

/** When the window closes: 24 hours after the latest of the contact's messages; null if none. */
export function replyWindowEndsAt(
  lastInboundAts: readonly (string | null | undefined)[],
): number | null {
  let latest: number | null = null;
  for (const value of lastInboundAts) {
    if (!value) continue;
    const time = Date.parse(value);
    if (Number.isFinite(time) && (latest === null || time > latest)) latest = time;
  }
  return latest === null ? null : latest + replyWindowMs;
}

/** Milliseconds left in the window at `now`; 0 once it is closed (or never opened). */
export function replyWindowRemaining(endsAt: number | null, now: number): number {
  return endsAt === null ? 0 : Math.max(0, endsAt - now);
}

/** « 3 h 12 min », « 3 h », « 45 min », « moins d’une minute ». */
export function formatRemaining(ms: number): string {
  const totalMinutes = Math.floor(ms / 60_000);
  if (totalMinutes < 1) return t`moins d’une minute`;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return t`${minutes} min`;
  if (minutes === 0) return t`${hours} h`;
  return t`${hours} h ${minutes} min`;
}

/** « Fenêtre ouverte encore 3 h 12 min » or « Fenêtre fermée ». */
export function replyWindowText(endsAt: number | null, now: number): string {
  const remaining = replyWindowRemaining(endsAt, now);
  if (remaining <= 0) return t`Fenêtre fermée`;
  const duration = formatRemaining(remaining);
  return t`Fenêtre ouverte encore ${duration}`;
}

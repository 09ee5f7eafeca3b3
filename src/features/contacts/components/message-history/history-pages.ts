import type { HistoryEntry } from './api';

// « Charger plus » asks for what is older than the last message shown. Messages written in one
// transaction share their instant to the microsecond (a reply and the « attribuée » event it
// causes), and JavaScript dates stop at the millisecond: a page that ended inside such a group
// would skip the rest of it with a strict « older than ». So the next page starts a millisecond
// after the last instant shown — it brings back a few messages already shown, which are dropped —
// and only when a full page brought nothing new does it fall back to the strict cursor.

export type HistoryPage = { entries: HistoryEntry[]; full: boolean };

export type HistoryCursor = string;

/** Every entry once, in the order the pages gave them (newest first). */
export function mergePages(pages: readonly HistoryPage[]): HistoryEntry[] {
  const seen = new Set<string>();
  const merged: HistoryEntry[] = [];
  for (const page of pages) {
    for (const entry of page.entries) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      merged.push(entry);
    }
  }
  return merged;
}

/**
 * Where the next page starts (its `before`), or undefined when the last page was the end. The
 * cursor is a millisecond after the last instant shown, unless the last page added nothing new.
 */
export function nextCursor(pages: readonly HistoryPage[]): HistoryCursor | undefined {
  const last = pages.at(-1);
  if (!last || !last.full) return undefined;
  const oldest = last.entries.at(-1);
  if (!oldest) return undefined;
  const instant = Date.parse(oldest.createdAt);
  if (Number.isNaN(instant)) return undefined;
  const earlier = mergePages(pages.slice(0, -1));
  const known = new Set(earlier.map((entry) => entry.id));
  const addedSomething = last.entries.some((entry) => !known.has(entry.id));
  return addedSomething ? new Date(instant + 1).toISOString() : oldest.createdAt;
}

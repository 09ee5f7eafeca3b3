// What the FAQ page shows of the entries: those a search and a category keep, grouped by category.
import type { FaqEntry } from './api';
import { botNormalize } from './normalize';

/** The category filter's value for entries without a category. */
export const withoutCategory = '\u0000';

export type FaqFilter = { search: string; category: string };

/** Entries whose category, answer or a phrasing holds every word of the search, accents aside. */
export function filterEntries(entries: readonly FaqEntry[], filter: FaqFilter): FaqEntry[] {
  const words = botNormalize(filter.search).split(' ').filter(Boolean);
  return entries.filter((entry) => {
    if (
      filter.category === withoutCategory
        ? entry.category !== null
        : filter.category !== '' && entry.category !== filter.category
    ) {
      return false;
    }
    if (words.length === 0) return true;
    const text = ` ${botNormalize(
      [entry.category ?? '', entry.answer, ...entry.questions.map((q) => q.question)].join(' '),
    )} `;
    return words.every((word) => text.includes(word));
  });
}

/** The categories in use, in the reader's alphabetical order. */
export function categoriesOf(entries: readonly FaqEntry[], locale: string): string[] {
  const collator = new Intl.Collator(locale);
  return [...new Set(entries.flatMap((entry) => (entry.category ? [entry.category] : [])))].sort(
    collator.compare,
  );
}

export type CategoryGroup = { category: string | null; entries: FaqEntry[] };

/** Entries by category, alphabetically, those without one last; each group keeps their order. */
export function groupByCategory(entries: readonly FaqEntry[], locale: string): CategoryGroup[] {
  const groups = new Map<string | null, FaqEntry[]>();
  for (const entry of entries) {
    groups.set(entry.category, [...(groups.get(entry.category) ?? []), entry]);
  }
  const collator = new Intl.Collator(locale);
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
    .map(([category, grouped]) => ({ category, entries: grouped }));
}

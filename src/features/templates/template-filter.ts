// The list's search and status filter, on the client: an organisation has tens of templates.

export type TemplateFilter = { query: string; status: string };

type Searchable = { name: string; body: string; status: string };

/** Lower case, without accents, underscores read as spaces: « Rappel rendez » finds rappel_rendez_vous. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function filterTemplates<T extends Searchable>(
  templates: readonly T[],
  { query, status }: TemplateFilter,
): T[] {
  const words = searchable(query).split(' ').filter(Boolean);
  return templates.filter((template) => {
    if (status && template.status.toUpperCase() !== status) return false;
    const haystack = `${searchable(template.name)} ${searchable(template.body)}`;
    return words.every((word) => haystack.includes(word));
  });
}

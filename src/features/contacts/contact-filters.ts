import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { SegmentCondition, SegmentCriteria } from '@shared/segments/criteria.ts';

// The contacts page's filters and sort, kept in the address (so a reload, a shared link or the
// way back from a contact finds the list as it was) and turned into segment criteria when a bulk
// action or an export applies to « all matching contacts ».

export type OptInFilter = '' | 'opted_in' | 'opted_out';

export const contactSorts = ['recent', 'ancien', 'nom', 'nom-desc', 'telephone'] as const;
export type ContactSort = (typeof contactSorts)[number];

export type ContactFilters = {
  search: string;
  tag: string;
  status: OptInFilter;
  attributeKey: string;
  attributeValue: string;
  sort: ContactSort;
};

export const defaultContactSort: ContactSort = 'recent';

const contactSortLabels = {
  recent: msg`Ajoutés récemment`,
  ancien: msg`Ajoutés il y a longtemps`,
  nom: msg`Nom (A → Z)`,
  'nom-desc': msg`Nom (Z → A)`,
  telephone: msg`Numéro de téléphone`,
} satisfies Record<ContactSort, unknown>;

export function contactSortLabel(sort: ContactSort): string {
  return i18n._(contactSortLabels[sort]);
}

/** How each sort orders rows; the id breaks ties so that windows of rows never overlap. */
export const contactSortOrder: Record<
  ContactSort,
  { column: 'created_at' | 'name' | 'phone'; ascending: boolean }
> = {
  recent: { column: 'created_at', ascending: false },
  ancien: { column: 'created_at', ascending: true },
  nom: { column: 'name', ascending: true },
  'nom-desc': { column: 'name', ascending: false },
  telephone: { column: 'phone', ascending: true },
};

/** The address's parameter for each filter, in French like the paths. */
export const filterParams = {
  search: 'q',
  tag: 'etiquette',
  status: 'statut',
  attributeKey: 'attribut',
  attributeValue: 'valeur',
  sort: 'tri',
} as const satisfies Record<keyof ContactFilters, string>;

export type FilterName = keyof typeof filterParams;

function isSort(value: string | null): value is ContactSort {
  return (contactSorts as readonly (string | null)[]).includes(value);
}

export function readContactFilters(params: URLSearchParams): ContactFilters {
  const status = params.get(filterParams.status);
  const sort = params.get(filterParams.sort);
  return {
    search: params.get(filterParams.search) ?? '',
    tag: params.get(filterParams.tag) ?? '',
    status: status === 'opted_in' || status === 'opted_out' ? status : '',
    attributeKey: params.get(filterParams.attributeKey) ?? '',
    attributeValue: params.get(filterParams.attributeValue) ?? '',
    sort: isSort(sort) ? sort : defaultContactSort,
  };
}

/** The address's parameters with one filter changed; empty values and the default sort vanish. */
export function withContactFilter(
  params: URLSearchParams,
  name: FilterName,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value && !(name === 'sort' && value === defaultContactSort))
    next.set(filterParams[name], value);
  else next.delete(filterParams[name]);
  return next;
}

/** The address's parameters without any filter (the sort stays: it does not narrow the list). */
export function withoutContactFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['search', 'tag', 'status', 'attributeKey', 'attributeValue'] as const)
    next.delete(filterParams[name]);
  return next;
}

/**
 * The filters as the queries read them: trimmed, and the attribute filter only when it has both a
 * key and a value. Two filter states that select the same contacts give equal objects, so their
 * query keys match.
 */
export function effectiveFilters(filters: ContactFilters): ContactFilters {
  const attributeKey = filters.attributeKey.trim();
  const attributeValue = filters.attributeValue.trim();
  const attribute = attributeKey !== '' && attributeValue !== '';
  return {
    search: filters.search.trim(),
    tag: filters.tag.trim(),
    status: filters.status,
    attributeKey: attribute ? attributeKey : '',
    attributeValue: attribute ? attributeValue : '',
    sort: filters.sort,
  };
}

export function hasActiveFilters(filters: ContactFilters): boolean {
  const effective = effectiveFilters(filters);
  return Boolean(effective.search || effective.tag || effective.status || effective.attributeKey);
}

/** What count_contacts, find_contacts and bulk_update_contacts take for « all matching ». */
export type ContactSelection = { criteria: SegmentCriteria; search: string | null };

/**
 * The page's filters as segment criteria plus the search text (tag → has_tag, status →
 * opt_in_status, attribute → attribute equals): what the list, its count, the bulk actions and the
 * export all select.
 */
export function filtersToSelection(filters: ContactFilters): ContactSelection {
  const effective = effectiveFilters(filters);
  const conditions: SegmentCondition[] = [];
  if (effective.tag) conditions.push({ type: 'has_tag', tag: effective.tag });
  if (effective.status) conditions.push({ type: 'opt_in_status', status: effective.status });
  if (effective.attributeKey)
    conditions.push({
      type: 'attribute',
      key: effective.attributeKey,
      operator: 'equals',
      value: effective.attributeValue,
    });
  return { criteria: { match: 'all', conditions }, search: effective.search || null };
}

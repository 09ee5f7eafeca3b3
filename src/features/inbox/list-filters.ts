import type { ConversationStatus } from './types';

// The list's view, filters, search and order live in the address (?vue=…&statut=…), so a link or
// a reload shows the same list, and opening a conversation keeps them.

export const inboxViews = ['mine', 'unassigned', 'all', 'bot'] as const;
export type InboxView = (typeof inboxViews)[number];

export const statusFilters = ['open', 'pending', 'snoozed', 'resolved', 'all'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export const sortOrders = ['activity', 'waiting'] as const;
export type SortOrder = (typeof sortOrders)[number];

export type InboxFilters = {
  view: InboxView;
  status: StatusFilter;
  label: string;
  team: string;
  campaign: string;
  unread: boolean;
  search: string;
  sort: SortOrder;
};

/** The parameter of each filter in the address. */
const parameterNames = {
  view: 'vue',
  status: 'statut',
  label: 'etiquette',
  team: 'equipe',
  campaign: 'campagne',
  unread: 'non-lues',
  search: 'q',
  sort: 'tri',
} as const satisfies Record<keyof InboxFilters, string>;

export type FilterName = keyof InboxFilters;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}

const allStatuses: ConversationStatus[] = ['open', 'pending', 'snoozed', 'resolved'];

/** The filters the address says; `defaultView` when it names none (« Mes conversations » for agents). */
export function readInboxFilters(params: URLSearchParams, defaultView: InboxView): InboxFilters {
  return {
    view: oneOf(inboxViews, params.get(parameterNames.view), defaultView),
    status: oneOf(statusFilters, params.get(parameterNames.status), 'open'),
    label: params.get(parameterNames.label)?.trim() ?? '',
    team: params.get(parameterNames.team) ?? '',
    campaign: params.get(parameterNames.campaign) ?? '',
    unread: params.get(parameterNames.unread) === '1',
    search: params.get(parameterNames.search) ?? '',
    sort: oneOf(sortOrders, params.get(parameterNames.sort), 'activity'),
  };
}

/** The address's parameters with one filter changed; a default value is left out. */
export function withInboxFilter(
  params: URLSearchParams,
  name: FilterName,
  value: string | boolean,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const key = parameterNames[name];
  const text = typeof value === 'boolean' ? (value ? '1' : '') : value;
  const isDefault =
    text === '' ||
    (name === 'status' && text === 'open') ||
    (name === 'sort' && text === 'activity');
  if (isDefault && name !== 'view') next.delete(key);
  else next.set(key, text);
  return next;
}

/** The address's parameters without any filter (the view and the search stay). */
export function withoutInboxFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['status', 'label', 'team', 'campaign', 'unread', 'sort'] as const) {
    next.delete(parameterNames[name]);
  }
  return next;
}

/** How many filters differ from the defaults (the view and the search aside). */
export function activeFilterCount(filters: InboxFilters): number {
  return [
    filters.view !== 'bot' && filters.status !== 'open',
    filters.label !== '',
    filters.team !== '',
    filters.campaign !== '',
    filters.unread,
    filters.sort !== 'activity',
  ].filter(Boolean).length;
}

/** What `inbox_conversations` is asked for these filters (without the page). */
export function listArguments(filters: InboxFilters, organizationId: string) {
  const bot = filters.view === 'bot';
  const search = filters.search.trim();
  return {
    organization_id: organizationId,
    view: bot ? 'all' : filters.view,
    statuses: bot
      ? (['pending'] as ConversationStatus[])
      : filters.status === 'all'
        ? allStatuses
        : [filters.status],
    label: filters.label.trim().toLowerCase() || undefined,
    team_id: filters.team || undefined,
    campaign_id: filters.campaign || undefined,
    unread_only: filters.unread,
    search: search || undefined,
    sort: filters.sort,
  };
}

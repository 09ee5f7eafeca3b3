import { Trans, useLingui } from '@lingui/react/macro';
import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import clsx from 'clsx';
import { memo, useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { toUserMessage } from '../../../lib/errors';
import { priorityLabel, statusFilterLabel, statusLabel, viewLabel } from '../labels';
import {
  activeFilterCount,
  sortOrders,
  statusFilters,
  type FilterName,
  type InboxFilters,
  type InboxView,
} from '../list-filters';
import { formatListTime, formatWaiting } from '../time-format';
import type { CampaignName, ConversationSummary, InboxMember, Team } from '../types';
import { Popover } from '../../../components/ui/popover';

export type ListQuery = UseInfiniteQueryResult<InfiniteData<ConversationSummary[]>>;

const emptyTitles: Record<InboxView, MessageDescriptor> = {
  mine: msg`Aucune conversation ne vous est assignée`,
  unassigned: msg`Aucune conversation en attente d’un agent`,
  all: msg`Aucune conversation pour l’instant`,
  bot: msg`Aucune conversation chez le bot`,
};

type ItemProps = {
  summary: ConversationSummary;
  href: string;
  selected: boolean;
  now: number;
  timeZone: string;
  assigneeName: string | null;
  showAssignee: boolean;
};

const ConversationItem = memo(function ConversationItem({
  summary,
  href,
  selected,
  now,
  timeZone,
  assigneeName,
  showAssignee,
}: ItemProps) {
  const { t } = useLingui();
  const name = summary.contact_name || formatPhone(summary.contact_phone);
  const unread = summary.unread_count;
  const shownUnread = unread > 99 ? '99+' : String(unread);
  const author = summary.last_message_author;
  const prefix =
    author === 'agent'
      ? t`Agent :`
      : author === 'bot'
        ? t`Bot :`
        : author === 'campaign'
          ? t`Campagne :`
          : author === 'wati'
            ? t`Wati :`
            : author === 'system'
              ? t`Auto :`
              : null;
  const waiting =
    summary.status === 'open' && summary.waiting_since
      ? formatWaiting(summary.waiting_since, now)
      : null;
  return (
    <li>
      <Link
        to={href}
        aria-current={selected ? 'true' : undefined}
        data-conversation-id={summary.id}
        className={clsx(
          'flex flex-col gap-1 border-b border-slate-200 px-3 py-2.5 outline-offset-[-2px] hover:bg-slate-50',
          selected ? 'bg-brand-50 hover:bg-brand-50' : 'bg-white',
        )}
      >
        <span className="flex items-baseline gap-2">
          <span
            className={clsx(
              'min-w-0 flex-1 truncate text-sm text-slate-900',
              unread > 0 ? 'font-bold' : 'font-semibold',
            )}
          >
            {name}
          </span>
          <time dateTime={summary.last_activity_at} className="shrink-0 text-xs text-slate-600">
            {formatListTime(summary.last_activity_at, now, timeZone)}
          </time>
        </span>
        <span className="flex items-center gap-2">
          <span
            className={clsx(
              'min-w-0 flex-1 truncate text-sm',
              unread > 0 ? 'text-slate-900' : 'text-slate-600',
            )}
          >
            {prefix && <span className="font-medium">{prefix} </span>}
            {summary.last_message_preview ?? ''}
          </span>
          {unread > 0 && (
            <span className="inline-flex min-w-5 shrink-0 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs font-bold text-white">
              <span aria-hidden="true">{shownUnread}</span>
              <span className="sr-only">{t`${plural(unread, { one: '# message non lu', other: '# messages non lus' })}`}</span>
            </span>
          )}
        </span>
        <span className="flex flex-wrap items-center gap-1">
          {summary.status !== 'open' && (
            <Badge tone={summary.status === 'resolved' ? 'neutral' : 'warning'}>
              {statusLabel(summary.status)}
            </Badge>
          )}
          {summary.priority && (summary.priority === 'urgent' || summary.priority === 'high') && (
            <Badge tone="danger">{priorityLabel(summary.priority)}</Badge>
          )}
          {summary.opted_out && (
            <Badge tone="danger">
              <Trans>Désabonné</Trans>
            </Badge>
          )}
          {summary.labels.slice(0, 2).map((label) => (
            <Badge key={label} tone="info">
              {label}
            </Badge>
          ))}
          {waiting && (
            <span className="text-xs text-amber-900">
              <Trans>attend depuis {waiting}</Trans>
            </span>
          )}
          {showAssignee && assigneeName && (
            <span className="ml-auto truncate text-xs text-slate-600">
              <Trans>à {assigneeName}</Trans>
            </span>
          )}
        </span>
      </Link>
    </li>
  );
});

type FiltersProps = {
  filters: InboxFilters;
  setFilter: (name: FilterName, value: string | boolean) => void;
  clearFilters: () => void;
  teams: Team[];
  campaigns: CampaignName[];
  labels: string[];
};

function ListFilters({ filters, setFilter, clearFilters, teams, campaigns, labels }: FiltersProps) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(filters);
  const labelsId = useId();
  const labelInputId = useId();
  const unreadId = useId();
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      button={count > 0 ? <Trans>Filtres ({count})</Trans> : <Trans>Filtres</Trans>}
      panelLabel={t`Filtres de la liste`}
      align="end"
      panelClassName="w-72 max-w-[calc(100vw-2rem)] p-3"
    >
      <div className="flex flex-col gap-3">
        {filters.view !== 'bot' && (
          <SelectField
            label={t`Statut`}
            value={filters.status}
            onChange={(event) => setFilter('status', event.target.value)}
          >
            {statusFilters.map((status) => (
              <option key={status} value={status}>
                {statusFilterLabel(status)}
              </option>
            ))}
          </SelectField>
        )}
        <div className="flex flex-col gap-1.5">
          <label htmlFor={labelInputId} className="text-sm font-medium text-slate-800">
            <Trans>Étiquette</Trans>
          </label>
          <input
            id={labelInputId}
            list={labelsId}
            value={filters.label}
            onChange={(event) => setFilter('label', event.target.value)}
            className="min-h-10 w-full rounded-md border border-slate-300 px-3 text-base"
          />
          <datalist id={labelsId}>
            {labels.map((label) => (
              <option key={label} value={label} />
            ))}
          </datalist>
        </div>
        {teams.length > 0 && (
          <SelectField
            label={t`Équipe`}
            value={filters.team}
            onChange={(event) => setFilter('team', event.target.value)}
          >
            <option value="">{t`Toutes les équipes`}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        )}
        {campaigns.length > 0 && (
          <SelectField
            label={t`Campagne`}
            value={filters.campaign}
            onChange={(event) => setFilter('campaign', event.target.value)}
          >
            <option value="">{t`Toutes les campagnes`}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="flex items-center gap-2">
          <input
            id={unreadId}
            type="checkbox"
            checked={filters.unread}
            onChange={(event) => setFilter('unread', event.target.checked)}
            className="size-5 accent-brand-700"
          />
          <label htmlFor={unreadId} className="text-sm text-slate-800">
            <Trans>Non lues seulement</Trans>
          </label>
        </div>
        <SelectField
          label={t`Trier par`}
          value={filters.sort}
          onChange={(event) => setFilter('sort', event.target.value)}
        >
          {sortOrders.map((sort) => (
            <option key={sort} value={sort}>
              {sort === 'activity' ? t`Dernière activité` : t`Attente la plus longue`}
            </option>
          ))}
        </SelectField>
        {count > 0 && (
          <Button variant="secondary" onClick={clearFilters}>
            <Trans>Effacer les filtres</Trans>
          </Button>
        )}
      </div>
    </Popover>
  );
}

type ConversationListProps = {
  query: ListQuery;
  filters: InboxFilters;
  views: readonly InboxView[];
  setFilter: (name: FilterName, value: string | boolean) => void;
  clearFilters: () => void;
  selectedId: string | undefined;
  conversationHref: (conversationId: string) => string;
  unreadByView: Partial<Record<InboxView, number>>;
  members: InboxMember[];
  teams: Team[];
  campaigns: CampaignName[];
  now: number;
  timeZone: string;
  /** What the member's role lets them see, when it is not every conversation. */
  scopeHint?: string;
};

/** The views (Mes conversations, Non assignées, Toutes, Bot), the search, the filters and the list. */
export function ConversationList({
  query,
  filters,
  views,
  setFilter,
  clearFilters,
  selectedId,
  conversationHref,
  unreadByView,
  members,
  teams,
  campaigns,
  now,
  timeZone,
  scopeHint,
}: ConversationListProps) {
  const { t } = useLingui();
  const searchId = useId();
  const rows = dedupe(query.data?.pages.flat() ?? []);
  const names = new Map(members.map((member) => [member.userId, member.name]));
  const labels = [...new Set(rows.flatMap((row) => row.labels))].sort();
  const filtered = activeFilterCount(filters) > 0 || filters.search.trim() !== '';

  let body;
  if (query.isPending) {
    body = (
      <LoadingRegion label={t`Chargement des conversations…`} className="flex flex-col gap-2 p-3">
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} className="h-16 w-full" />
        ))}
      </LoadingRegion>
    );
  } else if (query.isError) {
    body = (
      <LoadError
        className="p-3"
        message={toUserMessage(query.error, t`Les conversations n’ont pas pu être chargées.`)}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (rows.length === 0) {
    body = (
      <div className="p-3">
        <EmptyState
          title={filtered ? t`Aucune conversation ne correspond` : t(emptyTitles[filters.view])}
          action={
            filtered ? (
              <Button variant="secondary" onClick={clearFilters}>
                <Trans>Effacer les filtres</Trans>
              </Button>
            ) : undefined
          }
        >
          {filtered ? (
            <Trans>Changez la recherche ou les filtres.</Trans>
          ) : (
            <Trans>
              Les nouveaux messages des contacts apparaîtront ici sans recharger la page.
            </Trans>
          )}
        </EmptyState>
      </div>
    );
  } else {
    body = (
      <>
        <ul aria-label={t`Conversations`}>
          {rows.map((summary) => (
            <ConversationItem
              key={summary.id}
              summary={summary}
              href={conversationHref(summary.id)}
              selected={summary.id === selectedId}
              now={now}
              timeZone={timeZone}
              assigneeName={summary.assignee_id ? (names.get(summary.assignee_id) ?? null) : null}
              showAssignee={filters.view !== 'mine'}
            />
          ))}
        </ul>
        {query.hasNextPage && (
          <div className="flex justify-center p-3">
            <Button
              variant="secondary"
              loading={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              <Trans>Afficher plus de conversations</Trans>
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-col gap-2 border-b border-slate-200 px-3 py-2">
        <div
          role="group"
          aria-label={t`Vues`}
          className="-mx-1 flex gap-0.5 overflow-x-auto px-1 pb-0.5"
        >
          {views.map((view) => {
            const unread = unreadByView[view] ?? 0;
            return (
              <button
                key={view}
                type="button"
                aria-pressed={filters.view === view}
                onClick={() => setFilter('view', view)}
                className={clsx(
                  'inline-flex min-h-9 shrink-0 items-center gap-1 rounded-md px-2 text-[0.8125rem] font-semibold whitespace-nowrap',
                  filters.view === view
                    ? 'bg-brand-700 text-white'
                    : 'text-slate-700 hover:bg-slate-100',
                )}
              >
                {viewLabel(view)}
                {unread > 0 && (
                  <span
                    className={clsx(
                      'rounded-full px-1.5 text-xs font-bold',
                      filters.view === view ? 'bg-white text-brand-800' : 'bg-brand-700 text-white',
                    )}
                  >
                    <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
                    <span className="sr-only">{t`${plural(unread, { one: '# non lue', other: '# non lues' })}`}</span>
                  </span>
                )}
              </button>
            );
          })}
        </div>
        {scopeHint && <p className="text-xs text-slate-600">{scopeHint}</p>}
        <div className="flex items-end gap-2">
          <div className="flex min-w-0 flex-1 flex-col">
            <label htmlFor={searchId} className="sr-only">
              <Trans>Rechercher (nom, numéro, texte des messages)</Trans>
            </label>
            <input
              id={searchId}
              type="search"
              value={filters.search}
              placeholder={t`Rechercher…`}
              onChange={(event) => setFilter('search', event.target.value)}
              className="min-h-10 w-full min-w-0 rounded-md border border-slate-300 px-3 text-base placeholder:text-slate-500"
            />
          </div>
          <ListFilters
            filters={filters}
            setFilter={setFilter}
            clearFilters={clearFilters}
            teams={teams}
            campaigns={campaigns}
            labels={labels}
          />
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">{body}</div>
    </div>
  );
}

/** Rows once each: a conversation moving up between two pages' reads shows in both. */
function dedupe(rows: ConversationSummary[]): ConversationSummary[] {
  const seen = new Set<string>();
  return rows.filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)));
}

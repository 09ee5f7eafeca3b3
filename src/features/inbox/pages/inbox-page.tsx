import { Trans, useLingui } from '@lingui/react/macro';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import clsx from 'clsx';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { toast } from '../../../components/ui/toast-store';
import { hasRoleAtLeast } from '../../../domain/organizations/roles';
import { toUserMessage } from '../../../lib/errors';
import { useInboxCounts } from '../../../lib/inbox-notifications';
import { paths } from '../../../lib/paths';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { isUuid } from '../../../lib/uuid';
import { useWorkspace } from '../../../lib/workspace';
import { markConversationRead } from '../api';
import type { ComposerHandle } from '../components/composer';
import { ContactPanel } from '../components/contact-panel';
import { ConversationList } from '../components/conversation-list';
import { ConversationThread } from '../components/conversation-thread';
import { ShortcutsHelp } from '../components/shortcuts-help';
import { SimulatePanel } from '../components/simulate-panel';
import type { ThreadHeaderHandle } from '../components/thread-header';
import { useConversationActions } from '../hooks/use-conversation-actions';
import {
  useContactConversations,
  useConversation,
  useConversationList,
} from '../hooks/use-conversations';
import { useHeartbeat } from '../hooks/use-heartbeat';
import { useInboxLive } from '../hooks/use-inbox-live';
import { useInboxPresence } from '../hooks/use-inbox-presence';
import { useNow } from '../hooks/use-now';
import {
  useCampaignNames,
  useInboxSettings,
  useMembers,
  useTeams,
} from '../hooks/use-reference-data';
import { availabilities, availabilityLabel } from '../labels';
import {
  inboxViews,
  readInboxFilters,
  withInboxFilter,
  withoutInboxFilters,
  type FilterName,
  type InboxView,
} from '../list-filters';
import { inboxKeys } from '../query-keys';
import { replyWindowEndsAt, replyWindowRemaining, replyWindowText } from '../reply-window';
import { isTypingTarget, shortcutAction } from '../shortcuts';
import { patchListRow } from '../thread-cache';
import type { Availability, ConversationSummary, Message } from '../types';

/** A new message of the open conversation is marked read this long after it arrives. */
const markReadDelayMs = 1_000;

/**
 * « Boîte de réception »: the list (views, search, filters), the open conversation and the contact's
 * details, side by side on a computer; one after the other on a phone, each with its own address
 * (/boite-de-reception, /boite-de-reception/:id, /boite-de-reception/:id/contact).
 */
export function InboxPage() {
  const { t } = useLingui();
  const { organization, role, userId, email } = useWorkspace();
  const organizationId = organization.id;
  const timeZone = organization.time_zone;
  const mayAct = hasRoleAtLeast(role, 'agent');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const conversationId =
    params.conversationId && isUuid(params.conversationId) ? params.conversationId : undefined;
  const panelOpen = Boolean(conversationId) && params.panel === 'contact';
  const [searchParams, setSearchParams] = useSearchParams();

  const views: readonly InboxView[] = mayAct
    ? inboxViews
    : inboxViews.filter((view) => view !== 'mine');
  const filters = readInboxFilters(searchParams, mayAct ? 'mine' : 'all');
  const settledSearch = useDebouncedValue(filters.search, 300);
  const queryFiltersKey = JSON.stringify({ ...filters, search: settledSearch });
  const queryFilters = useMemo(
    () => JSON.parse(queryFiltersKey) as typeof filters,
    [queryFiltersKey],
  );

  const list = useConversationList(organizationId, queryFilters);
  const counts = useInboxCounts(organizationId);
  const members = useMembers(organizationId);
  const teams = useTeams(organizationId);
  const campaigns = useCampaignNames(organizationId);
  const settings = useInboxSettings(organizationId);
  const conversation = useConversation(organizationId, conversationId);
  const detail = conversation.data ?? null;
  const history = useContactConversations(organizationId, detail?.contact_id);
  const actions = useConversationActions(organizationId, detail);
  const now = useNow(30_000);

  const memberList = useMemo(() => members.data ?? [], [members.data]);
  const myName = memberList.find((member) => member.userId === userId)?.name ?? email;
  const me = useMemo(() => ({ userId, name: myName }), [userId, myName]);

  const windowEndsAt = replyWindowEndsAt([
    detail?.last_inbound_at,
    // The contact's other conversations; this one's own row is the live one above.
    ...(history.data ?? [])
      .filter((item) => item.id !== detail?.id)
      .map((item) => item.last_inbound_at),
  ]);
  const windowOpen = replyWindowRemaining(windowEndsAt, now) > 0;
  const windowText = replyWindowText(windowEndsAt, now);

  const { availability, choose } = useHeartbeat(organizationId, mayAct);
  const { others, setTyping } = useInboxPresence({
    organizationId,
    userId,
    name: myName,
    availability,
    viewing: conversationId ?? null,
    canShowSelf: mayAct,
  });
  const viewers = others.filter((other) => other.viewing === conversationId);

  // Addresses keep the list's view and filters.
  const search = location.search;
  const listHref = `${paths.inbox}${search}`;
  const conversationHref = useCallback(
    (id: string) => `${paths.inbox}/${encodeURIComponent(id)}${search}`,
    [search],
  );
  const contactHref = conversationId
    ? `${paths.inbox}/${encodeURIComponent(conversationId)}/contact${search}`
    : listHref;

  const setFilter = (name: FilterName, value: string | boolean) =>
    setSearchParams(
      () => withInboxFilter(new URLSearchParams(window.location.search), name, value),
      {
        replace: true,
      },
    );
  const clearFilters = () =>
    setSearchParams(() => withoutInboxFilters(new URLSearchParams(window.location.search)), {
      replace: true,
    });

  // Read: when a conversation opens, and when its contact writes while it is on screen.
  const markRead = useCallback(
    (id: string) => {
      void markConversationRead(id).then(
        () => {
          queryClient.setQueriesData<InfiniteData<ConversationSummary[]>>(
            { queryKey: inboxKeys.lists(organizationId) },
            (data) => patchListRow(data, id, (row) => ({ ...row, unread_count: 0 })),
          );
          // Opening it reads its notifications too.
          void queryClient.invalidateQueries({ queryKey: inboxKeys.counts(organizationId) });
          void queryClient.invalidateQueries({
            queryKey: inboxKeys.notifications(organizationId),
          });
        },
        () => undefined,
      );
    },
    [organizationId, queryClient],
  );
  useEffect(() => {
    if (conversationId) markRead(conversationId);
  }, [conversationId, markRead]);

  const [announcement, setAnnouncement] = useState('');
  const readTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (readTimer.current) clearTimeout(readTimer.current);
    },
    [],
  );
  const onLiveMessage = (message: Message, event: 'INSERT' | 'UPDATE') => {
    if (
      event !== 'INSERT' ||
      message.author !== 'contact' ||
      message.conversation_id !== conversationId
    )
      return;
    const name = detail?.contact.name || detail?.contact.phone || t`le contact`;
    const preview = message.body ?? t`un fichier`;
    setAnnouncement(t`Nouveau message de ${name} : ${preview}`);
    if (document.visibilityState === 'visible') {
      if (readTimer.current) clearTimeout(readTimer.current);
      readTimer.current = setTimeout(() => markRead(message.conversation_id), markReadDelayMs);
    }
  };
  useInboxLive(organizationId, onLiveMessage);

  // Focus follows the screen: the conversation's name when one opens, its line when it closes.
  const headingId = useId();
  const headerRef = useRef<ThreadHeaderHandle>(null);
  const composerRef = useRef<ComposerHandle>(null);
  const previousConversation = useRef<string | undefined>(undefined);
  useEffect(() => {
    const previous = previousConversation.current;
    previousConversation.current = conversationId;
    if (conversationId && conversationId !== previous) {
      requestAnimationFrame(() =>
        document.getElementById(headingId)?.focus({ preventScroll: true }),
      );
    } else if (!conversationId && previous) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-conversation-id="${previous}"]`)?.focus(),
      );
    }
  }, [conversationId, headingId]);

  const [helpOpen, setHelpOpen] = useState(false);
  const rows = list.data?.pages.flat() ?? [];

  // The keyboard shortcuts (shortcuts.ts); none while a dialog is open.
  const shortcutState = useRef({ rows, conversationId, panelOpen, detail, filters, views });
  useEffect(() => {
    shortcutState.current = { rows, conversationId, panelOpen, detail, filters, views };
  });
  const actionsRef = useRef(actions);
  useEffect(() => {
    actionsRef.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const typing = isTypingTarget(event.target);
      const action = shortcutAction(event, typing);
      if (!action) return;
      // Escape in a text field leaves the field first: the draft stays on screen.
      if (action === 'back' && typing && event.target instanceof HTMLElement) {
        event.target.blur();
        event.preventDefault();
        return;
      }
      const state = shortcutState.current;
      const hrefOf = (id: string) =>
        `${paths.inbox}/${encodeURIComponent(id)}${window.location.search}`;
      const ids = state.rows.map((row) => row.id);
      const index = state.conversationId ? ids.indexOf(state.conversationId) : -1;
      switch (action) {
        case 'previous':
        case 'next': {
          const target =
            action === 'previous'
              ? ids[index <= 0 ? 0 : index - 1]
              : ids[index === -1 ? 0 : Math.min(ids.length - 1, index + 1)];
          if (target && target !== state.conversationId) void navigate(hrefOf(target));
          break;
        }
        case 'nextTab': {
          const position = state.views.indexOf(state.filters.view);
          const next = state.views[(position + 1) % state.views.length]!;
          setSearchParams(
            () => withInboxFilter(new URLSearchParams(window.location.search), 'view', next),
            { replace: true },
          );
          break;
        }
        case 'resolve':
          if (!mayAct || !state.detail || state.detail.status === 'resolved') return;
          actionsRef.current.setStatus.mutate({ status: 'resolved' });
          break;
        case 'snooze':
          if (!mayAct || !state.detail) return;
          headerRef.current?.openSnooze();
          break;
        case 'note':
        case 'reply':
          if (!mayAct || !state.detail) return;
          composerRef.current?.setMode(action);
          break;
        case 'back':
          if (!state.conversationId) return;
          void navigate(
            state.panelOpen
              ? hrefOf(state.conversationId)
              : `${paths.inbox}${window.location.search}`,
          );
          break;
        case 'help':
          setHelpOpen(true);
          break;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [mayAct, navigate, setSearchParams]);

  const unreadByView = { mine: counts.data?.mine, unassigned: counts.data?.unassigned };
  const onChooseAvailability = (next: Availability) =>
    void choose(next).catch((error: unknown) =>
      toast.error(toUserMessage(error, t`La disponibilité n’a pas pu être changée.`)),
    );
  const defaultPhone = detail ? detail.contact.phone.replace(/\D/g, '') : '';

  return (
    <div className="flex min-h-0 w-full flex-1 bg-white">
      <title>{t`Boîte de réception · WCAP`}</title>
      <section
        aria-labelledby={`${headingId}-title`}
        className={clsx(
          'min-h-0 w-full shrink-0 flex-col border-r border-slate-200 md:flex md:w-80 lg:w-96',
          conversationId ? 'hidden' : 'flex',
        )}
      >
        <div className="flex flex-col gap-2 border-b border-slate-200 px-3 py-2">
          <div className="flex items-center gap-2">
            <h1 id={`${headingId}-title`} className="flex-1 text-lg font-semibold text-slate-900">
              <Trans>Boîte de réception</Trans>
            </h1>
            <button
              type="button"
              onClick={() => setHelpOpen(true)}
              aria-keyshortcuts="?"
              title={t`Raccourcis clavier (?)`}
              className="inline-flex size-9 shrink-0 items-center justify-center rounded-md border border-slate-300 text-sm font-bold text-slate-800 hover:bg-slate-50"
            >
              <span aria-hidden="true">?</span>
              <span className="sr-only">
                <Trans>Raccourcis clavier</Trans>
              </span>
            </button>
          </div>
          {mayAct && (
            <div className="flex flex-wrap items-center gap-2">
              <span
                aria-hidden="true"
                className={clsx(
                  'size-2.5 shrink-0 rounded-full',
                  availability === 'online'
                    ? 'bg-emerald-600'
                    : availability === 'busy'
                      ? 'bg-amber-500'
                      : 'bg-slate-400',
                )}
              />
              <label htmlFor={`${headingId}-availability`} className="sr-only">
                <Trans>Disponibilité</Trans>
              </label>
              <select
                id={`${headingId}-availability`}
                value={availability}
                onChange={(event) => onChooseAvailability(event.target.value as Availability)}
                className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900"
              >
                {availabilities.map((value) => (
                  <option key={value} value={value}>
                    {availabilityLabel(value)}
                  </option>
                ))}
              </select>
              {organization.mode === 'sandbox' && (
                <div className="ml-auto">
                  <SimulatePanel organizationId={organizationId} defaultPhone={defaultPhone} />
                </div>
              )}
            </div>
          )}
        </div>
        <ConversationList
          query={list}
          filters={filters}
          views={views}
          setFilter={setFilter}
          clearFilters={clearFilters}
          selectedId={conversationId}
          conversationHref={conversationHref}
          unreadByView={unreadByView}
          members={memberList}
          teams={teams.data ?? []}
          campaigns={campaigns.data ?? []}
          now={now}
          timeZone={timeZone}
          scopeHint={
            role === 'agent' && filters.view !== 'mine' && settings.data?.agents_see_all === false
              ? t`Vous voyez les conversations qui vous sont assignées et celles qui ne le sont pas.`
              : undefined
          }
        />
      </section>

      <section
        aria-label={t`Conversation`}
        className={clsx(
          'min-h-0 min-w-0 flex-1 flex-col',
          !conversationId ? 'hidden md:flex' : panelOpen ? 'hidden 2xl:flex' : 'flex',
        )}
      >
        {conversationId ? (
          <ConversationThread
            organizationId={organizationId}
            query={conversation}
            headingId={headingId}
            headerRef={headerRef}
            composerRef={composerRef}
            me={me}
            members={memberList}
            campaigns={campaigns.data ?? []}
            mayAct={mayAct}
            timeZone={timeZone}
            now={now}
            windowOpen={windowOpen}
            windowText={windowText}
            viewers={viewers}
            listHref={listHref}
            contactHref={contactHref}
            actions={actions}
            onMarkedUnread={() => void navigate(listHref)}
            onTyping={setTyping}
          />
        ) : (
          <div className="flex flex-1 items-center justify-center bg-slate-50 p-6 text-center text-sm text-slate-700">
            <p>
              <Trans>Choisissez une conversation dans la liste pour la lire et y répondre.</Trans>
            </p>
          </div>
        )}
      </section>

      {conversationId && detail && (
        <aside
          aria-label={t`Détails du contact`}
          className={clsx(
            'min-h-0 min-w-0 flex-col border-l border-slate-200',
            panelOpen ? 'flex flex-1 2xl:w-80 2xl:flex-none' : 'hidden 2xl:flex 2xl:w-80',
          )}
        >
          <ContactPanel
            organizationId={organizationId}
            conversation={detail}
            members={memberList}
            teams={teams.data ?? []}
            mayAct={mayAct}
            timeZone={timeZone}
            threadHref={conversationHref(conversationId)}
            conversationHref={conversationHref}
            actions={actions}
          />
        </aside>
      )}

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

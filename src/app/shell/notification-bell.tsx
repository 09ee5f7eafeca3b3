import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import clsx from 'clsx';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { Link, useNavigate } from 'react-router';
import { BellIcon } from '../../components/ui/icons';
import { Popover } from '../../components/ui/popover';
import { formatDateTime } from '../../lib/format';
import {
  fetchNotifications,
  inboxAlertKeys,
  markNotificationsRead,
  useInboxCounts,
  type InboxNotification,
  type NotificationKind,
} from '../../lib/inbox-notifications';
import { conversationPath } from '../../lib/paths';
import { useWorkspace } from '../../lib/workspace';
import { useInboxAlerts } from './use-inbox-alerts';

const kindLabels: Record<NotificationKind, MessageDescriptor> = {
  assigned: msg`Conversation assignée`,
  mention: msg`Mention dans une note`,
  waiting: msg`Un contact attend une réponse`,
};

/** The member's choice of browser notifications on this device (the permission is the browser's). */
const browserNotificationsKey = 'wcap.inbox.browser-notifications';

function browserNotificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

const permissionListeners = new Set<() => void>();
function subscribePermission(listener: () => void) {
  permissionListeners.add(listener);
  return () => permissionListeners.delete(listener);
}
function browserNotificationsState(): 'unsupported' | 'on' | 'off' | 'denied' {
  if (!browserNotificationsSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return Notification.permission === 'granted' &&
    localStorage.getItem(browserNotificationsKey) === 'on'
    ? 'on'
    : 'off';
}

/**
 * The bell of the shell: unread notifications (a conversation given to the member, a mention in a
 * note, a contact waiting too long), each leading to its conversation; and, on request, the
 * browser's own notifications (the permission is asked on a click, never on load).
 */
export function NotificationBell({
  organizationId,
  userId,
  timeZone,
}: {
  organizationId: string;
  userId: string;
  timeZone: string;
}) {
  const { t, i18n } = useLingui();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const counts = useInboxCounts(organizationId);
  const unread = counts.data?.notifications ?? 0;
  const browserState = useSyncExternalStore(
    subscribePermission,
    browserNotificationsState,
    () => 'unsupported' as const,
  );

  const notifications = useQuery({
    queryKey: inboxAlertKeys.notifications(organizationId),
    queryFn: () => fetchNotifications(organizationId),
    enabled: open,
  });

  const markRead = useMutation({
    mutationFn: (ids?: string[]) => markNotificationsRead(organizationId, ids),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: inboxAlertKeys.counts(organizationId) });
      void queryClient.invalidateQueries({
        queryKey: inboxAlertKeys.notifications(organizationId),
      });
    },
  });

  const showBrowserNotification = useCallback(
    (notification: InboxNotification) => {
      if (browserNotificationsState() !== 'on' || document.visibilityState === 'visible') return;
      const shown = new Notification(i18n._(kindLabels[notification.kind]), {
        body: notification.excerpt ?? '',
        tag: notification.id,
      });
      shown.onclick = () => {
        window.focus();
        if (notification.conversation_id)
          void navigate(conversationPath(notification.conversation_id));
        shown.close();
      };
    },
    [i18n, navigate],
  );
  useInboxAlerts(organizationId, userId, showBrowserNotification);

  const toggleBrowserNotifications = async () => {
    if (browserState === 'on') {
      localStorage.setItem(browserNotificationsKey, 'off');
    } else {
      const permission = await Notification.requestPermission();
      localStorage.setItem(browserNotificationsKey, permission === 'granted' ? 'on' : 'off');
    }
    for (const listener of permissionListeners) listener();
  };

  const shownCount = unread > 99 ? '99+' : String(unread);
  const items = notifications.data ?? [];
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      align="end"
      buttonLabel={
        unread > 0
          ? t`Notifications : ${plural(unread, { one: '# non lue', other: '# non lues' })}`
          : t`Notifications`
      }
      buttonClassName="relative size-10 text-slate-700 hover:bg-slate-100"
      button={
        <>
          <BellIcon />
          {unread > 0 && (
            <span
              aria-hidden="true"
              className="absolute top-0.5 right-0.5 min-w-4 rounded-full bg-red-700 px-1 text-[0.6875rem] leading-4 font-bold text-white"
            >
              {shownCount}
            </span>
          )}
        </>
      }
      panelLabel={t`Notifications`}
      panelClassName="w-80 max-w-[calc(100vw-1.5rem)] p-0"
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="flex-1 text-sm font-semibold text-slate-900">
          <Trans>Notifications</Trans>
        </h2>
        {unread > 0 && (
          <button
            type="button"
            onClick={() => markRead.mutate(undefined)}
            className="min-h-9 rounded-md px-2 text-sm font-semibold text-brand-800 underline"
          >
            <Trans>Tout marquer comme lu</Trans>
          </button>
        )}
      </div>
      <div className="max-h-96 overflow-y-auto">
        {notifications.isPending ? (
          <p role="status" className="px-3 py-4 text-sm text-slate-600">
            <Trans>Chargement…</Trans>
          </p>
        ) : notifications.isError ? (
          <p className="px-3 py-4 text-sm text-red-800">
            <Trans>Les notifications n’ont pas pu être chargées.</Trans>
          </p>
        ) : items.length === 0 ? (
          <p className="px-3 py-4 text-sm text-slate-600">
            <Trans>Aucune notification.</Trans>
          </p>
        ) : (
          <ul>
            {items.map((notification) => {
              const label = i18n._(kindLabels[notification.kind]);
              const content = (
                <>
                  <span className="flex items-center gap-2">
                    {!notification.read_at && (
                      <span
                        aria-hidden="true"
                        className="size-2 shrink-0 rounded-full bg-brand-700"
                      />
                    )}
                    <span className="font-semibold text-slate-900">{label}</span>
                    {!notification.read_at && (
                      <span className="sr-only">
                        <Trans>(non lue)</Trans>
                      </span>
                    )}
                  </span>
                  {notification.excerpt && (
                    <span className="line-clamp-2 text-slate-700">{notification.excerpt}</span>
                  )}
                  <span className="text-xs text-slate-600">
                    {formatDateTime(notification.created_at, timeZone)}
                  </span>
                </>
              );
              const className = clsx(
                'flex flex-col gap-0.5 border-b border-slate-100 px-3 py-2 text-left text-sm',
                notification.read_at ? 'bg-white' : 'bg-brand-50/60',
              );
              return (
                <li key={notification.id}>
                  {notification.conversation_id ? (
                    <Link
                      to={conversationPath(notification.conversation_id)}
                      className={clsx(className, 'hover:bg-slate-50')}
                      onClick={() => {
                        if (!notification.read_at) markRead.mutate([notification.id]);
                        setOpen(false);
                      }}
                    >
                      {content}
                    </Link>
                  ) : (
                    <div className={className}>{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {browserState !== 'unsupported' && (
        <div className="border-t border-slate-200 px-3 py-2">
          {browserState === 'denied' ? (
            <p className="text-xs text-slate-600">
              <Trans>
                Le navigateur bloque les notifications de WCAP : autorisez-les dans ses réglages.
              </Trans>
            </p>
          ) : (
            <button
              type="button"
              onClick={() => void toggleBrowserNotifications()}
              className="min-h-9 text-sm font-semibold text-brand-800 underline"
            >
              {browserState === 'on' ? (
                <Trans>Désactiver les notifications du navigateur</Trans>
              ) : (
                <Trans>Activer les notifications du navigateur</Trans>
              )}
            </button>
          )}
        </div>
      )}
    </Popover>
  );
}

/** The navigation's badge: conversations waiting to be read, the member's own and the unassigned. */
export function InboxNavBadge() {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const counts = useInboxCounts(organization.id);
  const unread = (counts.data?.mine ?? 0) + (counts.data?.unassigned ?? 0);
  if (unread === 0) return null;
  return (
    <span className="ml-auto rounded-full bg-brand-700 px-2 text-xs font-bold text-white">
      <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
      <span className="sr-only">
        {t`${plural(unread, { one: '# conversation non lue', other: '# conversations non lues' })}`}
      </span>
    </span>
  );
}

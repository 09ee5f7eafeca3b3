import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId, useImperativeHandle, useState, type Ref } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { formatDateTime } from '../../../lib/format';
import type { useConversationActions } from '../hooks/use-conversation-actions';
import type { PresenceState } from '../hooks/use-inbox-presence';
import { statusLabel } from '../labels';
import { snoozeChoices } from '../snooze';
import type { ConversationDetail, InboxMember } from '../types';
import { instantToLocalInput, localInputToInstant } from '../../../lib/zoned-time';
import { MenuButton, Popover } from '../../../components/ui/popover';

export type ThreadHeaderHandle = { openSnooze: () => void };

/** The keys of aria-keyshortcuts, as the ARIA specification writes them. */
const RESOLVE_SHORTCUT = 'Alt+E';

export type ThreadHeaderProps = {
  ref?: Ref<ThreadHeaderHandle>;
  headingId: string;
  conversation: ConversationDetail;
  members: InboxMember[];
  meId: string;
  mayAct: boolean;
  timeZone: string;
  now: number;
  windowOpen: boolean;
  windowText: string;
  /** Other members looking at this conversation. */
  viewers: PresenceState[];
  listHref: string;
  contactHref: string;
  actions: ReturnType<typeof useConversationActions>;
  onMarkedUnread: () => void;
};

/** « Awa consulte aussi cette conversation », « Awa écrit… ». */
function PresenceNotice({ viewers }: { viewers: PresenceState[] }) {
  const { t } = useLingui();
  if (viewers.length === 0) return null;
  const typing = viewers.filter((viewer) => viewer.typing);
  const watching = viewers.filter((viewer) => !viewer.typing);
  const typingNames = typing.map((viewer) => viewer.name).join(', ');
  const watchingNames = watching.map((viewer) => viewer.name).join(', ');
  return (
    <p aria-live="polite" className="flex flex-wrap gap-x-3 text-xs text-slate-700">
      {typing.length > 0 && (
        <span className="font-semibold text-brand-800">
          {typing.length === 1 ? t`${typingNames} écrit…` : t`${typingNames} écrivent…`}
        </span>
      )}
      {watching.length > 0 && (
        <span>
          {watching.length === 1
            ? t`${watchingNames} consulte aussi cette conversation`
            : t`${watchingNames} consultent aussi cette conversation`}
        </span>
      )}
    </p>
  );
}

/**
 * The conversation's name, its 24-hour window and status, who else is on it, and what an agent
 * does with it: take it, resolve it (Alt+E) or reopen it, snooze it (Alt+M), mark it unread.
 */
export function ThreadHeader({
  ref,
  headingId,
  conversation,
  members,
  meId,
  mayAct,
  timeZone,
  now,
  windowOpen,
  windowText,
  viewers,
  listHref,
  contactHref,
  actions,
  onMarkedUnread,
}: ThreadHeaderProps) {
  const { t } = useLingui();
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [custom, setCustom] = useState('');
  const [customError, setCustomError] = useState<string>();
  const customId = useId();

  useImperativeHandle(ref, () => ({ openSnooze: () => setSnoozeOpen(true) }));

  const contact = conversation.contact;
  const name = contact.name || formatPhone(contact.phone);
  const phone = formatPhone(contact.phone);
  const status = conversation.status;
  const assignee = members.find((member) => member.userId === conversation.assignee_id);
  const assigneeName = assignee?.name;
  const choices = snoozeChoices(now, timeZone);
  const busy = actions.setStatus.isPending;

  const snooze = (until: number | null) => {
    setSnoozeOpen(false);
    actions.setStatus.mutate({
      status: 'snoozed',
      snoozedUntil: until === null ? null : new Date(until).toISOString(),
    });
  };
  const snoozedUntil = conversation.snoozed_until
    ? formatDateTime(conversation.snoozed_until, timeZone)
    : null;

  return (
    <header className="flex flex-col gap-2 border-b border-slate-200 bg-white px-3 py-2 sm:px-4">
      <div className="flex items-center gap-2">
        <Link
          to={listHref}
          className="-ml-1 inline-flex size-10 shrink-0 items-center justify-center rounded-md text-lg font-semibold text-brand-800 hover:bg-slate-100 md:hidden"
        >
          <span aria-hidden="true">←</span>
          <span className="sr-only">
            <Trans>Conversations</Trans>
          </span>
        </Link>
        <h2
          id={headingId}
          tabIndex={-1}
          className="min-w-0 flex-1 truncate text-base font-semibold text-slate-900 outline-none"
        >
          {name}
        </h2>
        <Link
          to={contactHref}
          className="inline-flex min-h-10 shrink-0 items-center rounded-md border border-slate-300 px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50 2xl:hidden"
        >
          <Trans>Fiche contact</Trans>
        </Link>
      </div>
      <p className="-mt-1 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs text-slate-700">
        {contact.name && <span className="whitespace-nowrap">{phone}</span>}
        <span
          className={clsx(
            'font-semibold whitespace-nowrap',
            windowOpen ? 'text-emerald-800' : 'text-red-800',
          )}
        >
          {windowText}
        </span>
        {assigneeName ? (
          <span>
            <Trans>Assignée à {assigneeName}</Trans>
          </span>
        ) : (
          <span>
            <Trans>Non assignée</Trans>
          </span>
        )}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {status !== 'open' && (
          <Badge tone={status === 'resolved' ? 'neutral' : 'warning'}>
            {status === 'snoozed' && snoozedUntil
              ? t`Reportée jusqu’au ${snoozedUntil}`
              : statusLabel(status)}
          </Badge>
        )}
        {contact.opt_in_status === 'opted_out' && (
          <Badge tone="danger">
            <Trans>Désabonné</Trans>
          </Badge>
        )}
        {mayAct && (
          <div className="flex flex-wrap items-center gap-2">
            {conversation.assignee_id !== meId && (
              <Button
                variant="secondary"
                className="min-h-9 px-3"
                loading={actions.assign.isPending}
                onClick={() => actions.assign.mutate({ assigneeId: meId })}
              >
                <Trans>M’assigner</Trans>
              </Button>
            )}
            {status !== 'open' && (
              <Button
                variant="secondary"
                className="min-h-9 px-3"
                loading={busy}
                onClick={() => actions.setStatus.mutate({ status: 'open' })}
              >
                <Trans>Rouvrir</Trans>
              </Button>
            )}
            {status !== 'resolved' && (
              <Button
                className="min-h-9 px-3"
                loading={busy}
                aria-keyshortcuts={RESOLVE_SHORTCUT}
                onClick={() => actions.setStatus.mutate({ status: 'resolved' })}
              >
                <Trans>Résoudre</Trans>
              </Button>
            )}
            <Popover
              open={snoozeOpen}
              onOpenChange={setSnoozeOpen}
              button={<Trans>Reporter</Trans>}
              buttonClassName="min-h-9 border border-slate-300 bg-white px-3 text-slate-800 hover:bg-slate-50"
              buttonTitle={t`Reporter (Alt+M)`}
              panelLabel={t`Reporter la conversation`}
              panelClassName="w-72 max-w-[calc(100vw-2rem)]"
            >
              <MenuButton onClick={() => snooze(choices.inOneHour)}>
                <Trans>Dans 1 heure</Trans>
              </MenuButton>
              <MenuButton onClick={() => snooze(choices.tomorrowMorning)}>
                <Trans>Demain à 08:00</Trans>
              </MenuButton>
              <MenuButton onClick={() => snooze(choices.nextWeek)}>
                <Trans>La semaine prochaine (lundi 08:00)</Trans>
              </MenuButton>
              <MenuButton onClick={() => snooze(null)}>
                <Trans>Jusqu’à la réponse du contact</Trans>
              </MenuButton>
              <form
                className="mt-1 flex flex-col gap-1.5 border-t border-slate-200 px-1 pt-2"
                onSubmit={(event) => {
                  event.preventDefault();
                  const at = localInputToInstant(custom, timeZone);
                  if (at === null || at <= Date.now()) {
                    setCustomError(t`Choisissez une date et une heure à venir.`);
                    return;
                  }
                  setCustomError(undefined);
                  snooze(at);
                }}
              >
                <label htmlFor={customId} className="text-sm font-medium text-slate-800">
                  <Trans>Date personnalisée</Trans>
                </label>
                <input
                  id={customId}
                  type="datetime-local"
                  value={custom}
                  min={instantToLocalInput(now, timeZone)}
                  aria-invalid={customError ? true : undefined}
                  aria-describedby={customError ? `${customId}-error` : undefined}
                  onChange={(event) => setCustom(event.target.value)}
                  className="min-h-10 w-full rounded-md border border-slate-300 px-2 text-base"
                />
                {customError && (
                  <p id={`${customId}-error`} className="text-sm text-red-700">
                    {customError}
                  </p>
                )}
                <Button type="submit" variant="secondary" className="min-h-9">
                  <Trans>Reporter à cette date</Trans>
                </Button>
              </form>
            </Popover>
            <Button
              variant="ghost"
              className="min-h-9 px-3"
              loading={actions.markUnread.isPending}
              onClick={() => actions.markUnread.mutate(undefined, { onSuccess: onMarkedUnread })}
            >
              <Trans>Marquer comme non lue</Trans>
            </Button>
          </div>
        )}
      </div>
      <PresenceNotice viewers={viewers} />
    </header>
  );
}

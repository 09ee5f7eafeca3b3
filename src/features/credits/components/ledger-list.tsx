import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { ScrollableTable } from '../../../components/ui/scrollable-table';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { LedgerEntry } from '../api';
import {
  formatCreditDelta,
  ledgerActorLabel,
  ledgerChannelLabel,
  ledgerReasonLabel,
} from '../ledger-labels';

const cellClasses = 'px-3 py-2 align-top';
const headClasses = 'px-3 py-2 font-semibold whitespace-nowrap text-slate-800';

const deltaClasses = (delta: number) =>
  clsx(
    'font-semibold whitespace-nowrap tabular-nums',
    delta < 0 ? 'text-red-700' : 'text-brand-800',
  );

type LedgerListProps = {
  entries: readonly LedgerEntry[];
  timeZone: string;
  caption: string;
  /** Dimmed while the lines of other filters load. */
  busy: boolean;
};

/**
 * The ledger's lines, newest first: a table from the width of a tablet, a list of cards on a
 * phone, where six columns would only scroll sideways. One of the two is displayed (the other is
 * display: none, so screen readers meet it once).
 */
export function LedgerList(props: LedgerListProps) {
  return (
    <>
      <div className="sm:hidden">
        <LedgerCards {...props} />
      </div>
      <div className="hidden sm:block">
        <LedgerTable {...props} />
      </div>
    </>
  );
}

function LedgerCards({ entries, timeZone, caption, busy }: LedgerListProps) {
  const { t } = useLingui();
  return (
    <ul
      aria-label={caption}
      aria-busy={busy || undefined}
      className={clsx('flex flex-col gap-2', busy && 'opacity-60')}
    >
      {entries.map((entry) => {
        const balance = formatNumber(entry.balanceAfter);
        return (
          <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 font-medium text-slate-900">
                {ledgerReasonLabel(entry.reason)}
              </span>
              <span className={clsx('text-base', deltaClasses(entry.delta))}>
                {formatCreditDelta(entry.delta)}
              </span>
            </div>
            <p className="mt-1 text-slate-600">
              <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, timeZone)}</time>
              {' · '}
              {ledgerChannelLabel(entry.channel)}
              {' · '}
              <span className="break-words">{ledgerActorLabel(entry)}</span>
            </p>
            <p className="mt-1 text-slate-700 tabular-nums">{t`Solde après : ${balance}`}</p>
          </li>
        );
      })}
    </ul>
  );
}

function LedgerTable({ entries, timeZone, caption, busy }: LedgerListProps) {
  return (
    <ScrollableTable caption={caption} busy={busy}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={headClasses}>
            <Trans>Date</Trans>
          </th>
          <th scope="col" className={`${headClasses} text-right`}>
            <Trans>Mouvement</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Motif</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Canal</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Par</Trans>
          </th>
          <th scope="col" className={`${headClasses} text-right`}>
            <Trans>Solde après</Trans>
          </th>
        </tr>
      </thead>
      <tbody className={clsx('divide-y divide-slate-200 bg-white', busy && 'opacity-60')}>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className={`${cellClasses} whitespace-nowrap text-slate-900`}>
              <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, timeZone)}</time>
            </td>
            <td className={clsx(cellClasses, 'text-right', deltaClasses(entry.delta))}>
              {formatCreditDelta(entry.delta)}
            </td>
            <td className={`${cellClasses} text-slate-900`}>{ledgerReasonLabel(entry.reason)}</td>
            <td className={`${cellClasses} whitespace-nowrap text-slate-700`}>
              {ledgerChannelLabel(entry.channel)}
            </td>
            <td className={`${cellClasses} min-w-32 break-words text-slate-700`}>
              {ledgerActorLabel(entry)}
            </td>
            <td className={`${cellClasses} text-right whitespace-nowrap tabular-nums`}>
              {formatNumber(entry.balanceAfter)}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

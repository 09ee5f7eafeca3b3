import { Trans, useLingui } from '@lingui/react/macro';
import { useVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { memo, useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { contactPath } from '../../../lib/paths';
import { contactSortOrder, type ContactFilters } from '../contact-filters';
import type { ContactListRow } from '../contact-query';
import { useContactWindows, windowSize } from '../hooks/use-contact-list';
import { useMediaQuery } from '../hooks/use-media-query';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { OptInBadge, TagChips, WatiSyncBadge } from './contact-badges';

/** Chosen contacts, or every contact the filters match (the bulk RPC then takes the filters). */
export type Selection = { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'all' };

// A table from 80rem (the sidebar leaves room for seven columns), cards below: one layout of the
// same cells, placed by grid areas, so screen readers get the same table at every width.
const wideQuery = '(min-width: 80rem)';
const headerHeight = 44;

type Layout = { rowHeight: number; style: CSSProperties };

/** CSS grid tracks and areas (one row of names per line), with the checkbox column first when rows are selectable. */
function grid(selectable: boolean, columns: string[], areas: string[][]) {
  const check = selectable ? ['check'] : [];
  return {
    gridTemplateColumns: [...(selectable ? ['2.75rem'] : []), ...columns].join(' '),
    gridTemplateAreas: areas.map((line) => `"${[...check, ...line].join(' ')}"`).join(' '),
  };
}

function layoutFor(wide: boolean, selectable: boolean): Layout {
  if (wide)
    return {
      rowHeight: 56,
      style: {
        ...grid(
          selectable,
          ['minmax(0,1.3fr)', '10.5rem', 'minmax(0,1fr)', '8.5rem', '8rem', '9.5rem'],
          [['name', 'phone', 'tags', 'status', 'wati', 'date']],
        ),
        alignItems: 'center',
      },
    };
  return {
    rowHeight: 128,
    style: {
      ...grid(
        selectable,
        ['minmax(0,1fr)', 'auto'],
        [
          ['name', 'status'],
          ['phone', 'wati'],
          ['tags', 'tags'],
          ['date', 'date'],
        ],
      ),
      alignContent: 'center',
      rowGap: '0.25rem',
    },
  };
}

function displayName(row: ContactListRow): string {
  return row.name?.trim() || formatPhone(row.phone);
}

type ContactsTableProps = {
  organizationId: string;
  /** The filters the rows are read with (already settled, not each keystroke). */
  filters: ContactFilters;
  total: number;
  timeZone: string;
  /** Agents and above select rows for bulk actions; viewers get no checkboxes. */
  selectable: boolean;
  selection: Selection;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
};

/**
 * The contacts as a virtualised table: only the rows on screen exist in the page, and their rows
 * are read from the server in windows of 100 as they scroll into view (rows not there yet show
 * as placeholders). It scrolls inside its own box, never the page sideways.
 */
export function ContactsTable({
  organizationId,
  filters,
  total,
  timeZone,
  selectable,
  selection,
  onToggle,
  onToggleAll,
}: ContactsTableProps) {
  const { t } = useLingui();
  const wide = useMediaQuery(wideQuery);
  const layout = layoutFor(wide, selectable);
  // On phones the header row only carries « Tout sélectionner »; without it nothing shows.
  const header = wide || selectable ? headerHeight : 0;
  const scrollRef = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoised.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => layout.rowHeight,
    overscan: 6,
    scrollMargin: header,
  });
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, layout.rowHeight]);

  const items = virtualizer.getVirtualItems();
  const windows: number[] = [];
  if (items.length > 0) {
    const firstWindow = Math.floor(items[0]!.index / windowSize);
    const lastWindow = Math.floor(items[items.length - 1]!.index / windowSize);
    for (let window = firstWindow; window <= lastWindow; window += 1) windows.push(window);
  }
  const rows = useContactWindows(organizationId, filters, windows);

  const sorted = contactSortOrder[filters.sort];
  const ariaSort = (column: 'name' | 'phone' | 'created_at') =>
    sorted.column === column ? (sorted.ascending ? 'ascending' : 'descending') : undefined;
  const allSelected = selection.kind === 'all';
  const someSelected = selection.kind === 'ids' && selection.ids.size > 0;

  return (
    <div className="flex flex-col gap-3">
      {rows.failed && (
        <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-center">
          <InlineError
            message={toUserMessage(rows.error, t`Une partie des contacts n’a pas pu être chargée.`)}
          />
          <Button variant="secondary" onClick={rows.retry}>
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      )}
      <div
        ref={scrollRef}
        role="region"
        aria-label={t`Liste des contacts`}
        tabIndex={0}
        className="relative max-h-[70dvh] overflow-x-hidden overflow-y-auto overscroll-contain rounded-xl border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        <div role="table" aria-label={t`Contacts`} aria-rowcount={total + 1}>
          <div role="rowgroup" className="sticky top-0 z-10">
            <div
              role="row"
              aria-rowindex={1}
              style={{ ...layout.style, height: header || undefined, gridTemplateAreas: undefined }}
              className={clsx(
                'grid items-center gap-x-3 border-b border-slate-200 bg-slate-50 pr-3 text-xs font-semibold tracking-wide text-slate-600 uppercase',
                !selectable && 'pl-3',
                header === 0 && 'sr-only',
              )}
            >
              {selectable && (
                <Cell role="columnheader" className="flex items-center justify-center">
                  <input
                    type="checkbox"
                    className="size-5 accent-brand-700"
                    checked={allSelected}
                    ref={(input) => {
                      if (input) input.indeterminate = someSelected;
                    }}
                    onChange={onToggleAll}
                    aria-label={
                      allSelected || someSelected
                        ? t`Tout désélectionner`
                        : t`Sélectionner tous les contacts correspondants`
                    }
                  />
                </Cell>
              )}
              {!wide && selectable && (
                <span
                  aria-hidden="true"
                  className="text-sm font-medium tracking-normal normal-case"
                >
                  {allSelected || someSelected ? t`Tout désélectionner` : t`Tout sélectionner`}
                </span>
              )}
              <Cell role="columnheader" ariaSort={ariaSort('name')} srOnly={!wide}>
                <Trans>Nom</Trans>
              </Cell>
              <Cell role="columnheader" ariaSort={ariaSort('phone')} srOnly={!wide}>
                <Trans>Téléphone</Trans>
              </Cell>
              <Cell role="columnheader" srOnly={!wide}>
                <Trans>Étiquettes</Trans>
              </Cell>
              <Cell role="columnheader" srOnly={!wide}>
                <Trans>Consentement</Trans>
              </Cell>
              <Cell role="columnheader" srOnly={!wide}>
                <Trans>Wati</Trans>
              </Cell>
              <Cell role="columnheader" ariaSort={ariaSort('created_at')} srOnly={!wide}>
                <Trans>Ajouté le</Trans>
              </Cell>
            </div>
          </div>
          <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows.rowAt(item.index);
              const selected =
                allSelected ||
                (row !== undefined && selection.kind === 'ids' && selection.ids.has(row.id));
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  style={{
                    ...layout.style,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    height: layout.rowHeight,
                    transform: `translateY(${item.start - header}px)`,
                  }}
                  className={clsx(
                    'grid gap-x-3 overflow-hidden border-b border-slate-100 pr-3 text-sm',
                    !selectable && 'pl-3',
                    selected ? 'bg-brand-50' : 'bg-white hover:bg-slate-50',
                  )}
                >
                  {row ? (
                    <ContactCells
                      row={row}
                      timeZone={timeZone}
                      selectable={selectable}
                      selected={selected}
                      lockSelection={allSelected}
                      onToggle={onToggle}
                    />
                  ) : (
                    <PlaceholderCells selectable={selectable} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

function Cell({
  role = 'cell',
  area,
  ariaSort,
  srOnly = false,
  className,
  children,
}: {
  role?: 'cell' | 'columnheader';
  area?: string;
  ariaSort?: 'ascending' | 'descending';
  srOnly?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div
      role={role}
      aria-sort={ariaSort}
      style={area ? { gridArea: area } : undefined}
      className={clsx(srOnly ? 'sr-only' : 'min-w-0', className)}
    >
      {children}
    </div>
  );
}

// Memoised: rows are stable objects from the query cache, so scrolling renders only the rows
// that come into view, not the dates and numbers of every row on screen at each frame.
const ContactCells = memo(function ContactCells({
  row,
  timeZone,
  selectable,
  selected,
  lockSelection,
  onToggle,
}: {
  row: ContactListRow;
  timeZone: string;
  selectable: boolean;
  selected: boolean;
  lockSelection: boolean;
  onToggle: (id: string) => void;
}) {
  const { t } = useLingui();
  const name = displayName(row);
  const added = formatDate(row.created_at, timeZone);
  return (
    <>
      {selectable && (
        <Cell area="check" className="flex h-full items-center justify-center">
          <input
            type="checkbox"
            className="size-5 accent-brand-700"
            checked={selected}
            disabled={lockSelection}
            title={
              lockSelection ? t`Tous les contacts correspondants sont sélectionnés` : undefined
            }
            onChange={() => onToggle(row.id)}
            aria-label={t`Sélectionner ${name}`}
          />
        </Cell>
      )}
      <Cell area="name">
        <Link
          to={contactPath(row.id)}
          title={name}
          className={clsx(
            'block truncate font-medium hover:underline',
            row.name?.trim() ? 'text-slate-900' : 'text-slate-600 italic',
          )}
        >
          {row.name?.trim() ? name : t`Sans nom · ${name}`}
        </Link>
      </Cell>
      <Cell area="phone" className="truncate whitespace-nowrap text-slate-700 tabular-nums">
        {formatPhone(row.phone)}
      </Cell>
      <Cell area="tags">
        <TagChips tags={row.tags} />
      </Cell>
      <Cell area="status" className="justify-self-end xl:justify-self-start">
        <OptInBadge status={row.opt_in_status} />
      </Cell>
      <Cell area="wati" className="justify-self-end xl:justify-self-start">
        <WatiSyncBadge status={row.wati_sync_status} error={row.wati_sync_error} />
      </Cell>
      <Cell area="date" className="truncate text-slate-600">
        {/* « Ajouté le » only on cards: the table's header says it above the column. */}
        <Trans>
          <span className="xl:hidden">Ajouté le </span>
          {added}
        </Trans>
      </Cell>
    </>
  );
});

function PlaceholderCells({ selectable }: { selectable: boolean }) {
  const { t } = useLingui();
  return (
    <>
      {selectable && <Cell area="check" />}
      <Cell area="name">
        <Skeleton className="h-4 w-40 max-w-full" />
        <span className="sr-only">{t`Chargement…`}</span>
      </Cell>
      <Cell area="phone">
        <Skeleton className="h-4 w-32" />
      </Cell>
      <Cell area="tags">
        <Skeleton className="h-4 w-20" />
      </Cell>
      <Cell area="status">
        <Skeleton className="h-5 w-16 rounded-full" />
      </Cell>
      <Cell area="wati">
        <Skeleton className="h-5 w-20 rounded-full" />
      </Cell>
      <Cell area="date">
        <Skeleton className="h-4 w-24" />
      </Cell>
    </>
  );
}

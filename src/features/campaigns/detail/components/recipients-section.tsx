import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { Card } from '../../../../components/ui/card';
import { LoadError } from '../../../../components/ui/load-error';
import { ScrollableTable } from '../../../../components/ui/scrollable-table';
import { SelectField } from '../../../../components/ui/select-field';
import { SkeletonList } from '../../../../components/ui/skeleton';
import { toUserMessage } from '../../../../lib/errors';
import { formatDateTime, formatNumber, intlLocale } from '../../../../lib/format';
import { contactPath } from '../../../../lib/paths';
import { formatPhone } from '../../../../domain/contacts/phone-display';
import type { Campaign, CampaignRecipient } from '../api';
import { recipientStatusLabel, recipientStatusTone } from '../recipient-status';
import { useCampaignRecipients } from '../hooks/use-campaign-recipients';
import { liveFiguresKey, type CampaignProgress } from '../progress';
import {
  isRecipientFilter,
  pageCount,
  pageRange,
  recipientFilterCount,
  recipientFilterLabel,
  recipientFilters,
  type RecipientFilter,
} from '../recipient-filters';
import { ExportRecipientsButton } from './export-recipients-button';

/** The campaign's recipients, filtered by status, 50 to a page, with the CSV export. */
export function RecipientsSection({
  organizationId,
  campaign,
  progress,
  timeZone,
}: {
  organizationId: string;
  campaign: Campaign;
  progress: CampaignProgress | null;
  timeZone: string;
}) {
  const { t } = useLingui();
  const [filter, setFilter] = useState<RecipientFilter>('all');
  const [page, setPage] = useState(0);
  const recipients = useCampaignRecipients(
    organizationId,
    campaign.id,
    filter,
    page,
    progress && liveFiguresKey(progress),
  );
  const count = recipients.data?.count ?? 0;
  const pages = pageCount(count);
  const { from } = pageRange(page);
  const rows = recipients.data?.rows ?? [];
  const filterLabel = recipientFilterLabel(filter);
  const first = formatNumber(from + 1);
  const last = formatNumber(from + rows.length);
  const total = formatNumber(count);

  return (
    <Card
      title={t`Destinataires`}
      description={t`Le statut de chaque message, tel que WhatsApp l’a rapporté.`}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <SelectField
          label={t`Statut`}
          className="sm:w-64"
          value={filter}
          onChange={(event) => {
            if (!isRecipientFilter(event.target.value)) return;
            setFilter(event.target.value);
            setPage(0);
          }}
        >
          {recipientFilters.map((item) => (
            <option key={item} value={item}>
              {recipientFilterLabel(item)}
              {progress ? ` (${formatNumber(recipientFilterCount(item, progress))})` : ''}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="ghost"
            onClick={() => void recipients.refetch()}
            loading={recipients.isFetching && !recipients.isPending}
            loadingText={t`Actualisation…`}
          >
            <Trans>Actualiser</Trans>
          </Button>
          <ExportRecipientsButton
            campaign={campaign}
            filter={filter}
            timeZone={timeZone}
            disabled={recipients.isSuccess && count === 0}
          />
        </div>
      </div>

      <div className="mt-4">
        {recipients.isPending ? (
          <SkeletonList rows={4} label={t`Chargement des destinataires…`} />
        ) : recipients.isError ? (
          <LoadError
            message={toUserMessage(
              recipients.error,
              t`Les destinataires n’ont pas pu être chargés.`,
            )}
            onRetry={() => void recipients.refetch()}
          />
        ) : rows.length === 0 && page > 0 ? (
          // The list shrank under this page (« En attente » empties as sending goes on).
          <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
            <p>
              <Trans>Cette page est vide : la liste a changé depuis.</Trans>
            </p>
            <Button variant="secondary" onClick={() => setPage(0)}>
              <Trans>Revenir à la première page</Trans>
            </Button>
          </div>
        ) : rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
            {filter === 'all'
              ? t`Aucun destinataire.`
              : t`Aucun destinataire pour « ${filterLabel} ».`}
          </p>
        ) : (
          <>
            <RecipientsTable
              rows={rows}
              timeZone={timeZone}
              busy={recipients.isPlaceholderData}
              caption={t`${filterLabel} : destinataires ${first} à ${last} sur ${total}`}
            />
            <Pagination
              page={page}
              pages={pages}
              onPage={setPage}
              busy={recipients.isPlaceholderData}
            />
          </>
        )}
      </div>
    </Card>
  );
}

const shortFormatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/**
 * « 21/11 » and « 10:05 » in the organisation's time zone and the reader's language: short enough
 * for a table cell, on two lines when the table needs the room.
 */
function shortDateTime(value: string, timeZone: string): { date: string; time: string } {
  const locale = intlLocale();
  const cacheKey = `${locale}|${timeZone}`;
  let formatters = shortFormatters.get(cacheKey);
  if (!formatters) {
    formatters = {
      date: new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone }),
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }),
    };
    shortFormatters.set(cacheKey, formatters);
  }
  const at = new Date(value);
  return { date: formatters.date.format(at), time: formatters.time.format(at) };
}

function When({ value, timeZone }: { value: string | null; timeZone: string }) {
  const { t } = useLingui();
  if (!value) {
    // « non » for screen readers, positioned against its cell (see dateCellClasses).
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t`non`}</span>
      </>
    );
  }
  const { date, time } = shortDateTime(value, timeZone);
  return (
    <time dateTime={value} title={formatDateTime(value, timeZone)}>
      <span className="whitespace-nowrap">{date}</span>{' '}
      <span className="whitespace-nowrap">{time}</span>
    </time>
  );
}

const cellClasses = 'px-3 py-2 align-top';
// Dates wrap between the day and the time when the table is short of room. `relative`: the cell is
// the positioned box of its screen-reader text (sr-only is absolutely positioned); without it that
// text is placed against the page, beyond the table's scrolling frame, and widens the whole page.
const dateCellClasses = `${cellClasses} relative tabular-nums`;
const headClasses = 'px-3 py-2 font-semibold whitespace-nowrap text-slate-800';

/** The page's recipients, dimmed while another page of them loads. */
function RecipientsTable({
  rows,
  timeZone,
  busy,
  caption,
}: {
  rows: CampaignRecipient[];
  timeZone: string;
  busy: boolean;
  caption: string;
}) {
  const { t } = useLingui();
  return (
    <ScrollableTable caption={caption} busy={busy}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={headClasses}>
            <Trans>Contact</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Téléphone</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Statut</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Envoyé</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Délivré</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Lu</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Réponse</Trans>
          </th>
          <th scope="col" className={headClasses}>
            <Trans>Raison de l’échec</Trans>
          </th>
        </tr>
      </thead>
      <tbody
        className={
          busy
            ? 'divide-y divide-slate-200 bg-white opacity-60'
            : 'divide-y divide-slate-200 bg-white'
        }
      >
        {rows.map((recipient) => {
          const name = recipient.contact_name?.trim() || t`Sans nom`;
          const code = recipient.failure_code;
          return (
            <tr key={recipient.id}>
              <th scope="row" className={`${cellClasses} font-normal break-words`}>
                {recipient.contact_id ? (
                  <Link
                    to={contactPath(recipient.contact_id)}
                    className="font-semibold text-brand-700 underline"
                  >
                    {name}
                  </Link>
                ) : (
                  <span className="text-slate-700">
                    {name}
                    <span className="block text-xs text-slate-500">
                      <Trans>Contact supprimé</Trans>
                    </span>
                  </span>
                )}
              </th>
              <td className={`${cellClasses} whitespace-nowrap text-slate-900`}>
                {formatPhone(recipient.phone)}
              </td>
              <td className={cellClasses}>
                <Badge tone={recipientStatusTone(recipient)}>
                  {recipientStatusLabel(recipient)}
                </Badge>
              </td>
              <td className={dateCellClasses}>
                <When value={recipient.sent_at} timeZone={timeZone} />
              </td>
              <td className={dateCellClasses}>
                <When value={recipient.delivered_at} timeZone={timeZone} />
              </td>
              <td className={dateCellClasses}>
                <When value={recipient.read_at} timeZone={timeZone} />
              </td>
              <td className={dateCellClasses}>
                <When value={recipient.replied_at} timeZone={timeZone} />
              </td>
              {/* The reason in full, wrapped: the widest column gives way, never gets cut. */}
              <td className={`${cellClasses} min-w-40 break-words text-slate-800`}>
                {recipient.failure_reason ?? (code ? t`Code ${code}` : '')}
                {recipient.failure_reason && code && (
                  <span className="block text-xs text-slate-500">
                    <Trans>Code {code}</Trans>
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}

function Pagination({
  page,
  pages,
  onPage,
  busy,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  busy: boolean;
}) {
  const { t } = useLingui();
  if (pages <= 1) return null;
  const current = formatNumber(page + 1);
  const last = formatNumber(pages);
  return (
    <nav
      aria-label={t`Pages des destinataires`}
      className="mt-3 flex flex-wrap items-center justify-between gap-2"
    >
      <Button variant="secondary" onClick={() => onPage(page - 1)} disabled={page === 0 || busy}>
        <span aria-hidden="true">←</span> <Trans>Précédente</Trans>
      </Button>
      <p aria-live="polite" className="text-sm text-slate-700 tabular-nums">
        <Trans>
          Page {current} sur {last}
        </Trans>
      </p>
      <Button
        variant="secondary"
        onClick={() => onPage(page + 1)}
        disabled={page >= pages - 1 || busy}
      >
        <Trans>Suivante</Trans> <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}

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
import { formatDateTime, formatNumber } from '../../../../lib/format';
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

  return (
    <Card
      title="Destinataires"
      description="Le statut de chaque message, tel que WhatsApp l’a rapporté."
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <SelectField
          label="Statut"
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
            loadingText="Actualisation…"
          >
            Actualiser
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
          <SkeletonList rows={4} label="Chargement des destinataires…" />
        ) : recipients.isError ? (
          <LoadError
            message={toUserMessage(
              recipients.error,
              'Les destinataires n’ont pas pu être chargés.',
            )}
            onRetry={() => void recipients.refetch()}
          />
        ) : rows.length === 0 && page > 0 ? (
          // The list shrank under this page (« En attente » empties as sending goes on).
          <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
            <p>Cette page est vide : la liste a changé depuis.</p>
            <Button variant="secondary" onClick={() => setPage(0)}>
              Revenir à la première page
            </Button>
          </div>
        ) : rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
            {filter === 'all'
              ? 'Aucun destinataire.'
              : `Aucun destinataire pour « ${recipientFilterLabel(filter)} ».`}
          </p>
        ) : (
          <>
            <RecipientsTable
              rows={rows}
              timeZone={timeZone}
              busy={recipients.isPlaceholderData}
              caption={`${recipientFilterLabel(filter)} : destinataires ${formatNumber(from + 1)} à ${formatNumber(from + rows.length)} sur ${formatNumber(count)}`}
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

const shortDateTime = new Map<string, Intl.DateTimeFormat>();

/** « 21/11 10:05 » in the organisation's time zone: short enough for a table cell. */
function formatShortDateTime(value: string, timeZone: string): string {
  let formatter = shortDateTime.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('fr-FR', {
      day: '2-digit',
      month: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    shortDateTime.set(timeZone, formatter);
  }
  return formatter.format(new Date(value));
}

function When({ value, timeZone }: { value: string | null; timeZone: string }) {
  if (!value) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">non</span>
      </>
    );
  }
  return (
    <time dateTime={value} title={formatDateTime(value, timeZone)}>
      {formatShortDateTime(value, timeZone)}
    </time>
  );
}

const cellClasses = 'px-3 py-2 align-top';
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
  return (
    <ScrollableTable caption={caption} busy={busy}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={headClasses}>
            Contact
          </th>
          <th scope="col" className={headClasses}>
            Téléphone
          </th>
          <th scope="col" className={headClasses}>
            Statut
          </th>
          <th scope="col" className={headClasses}>
            Envoyé
          </th>
          <th scope="col" className={headClasses}>
            Délivré
          </th>
          <th scope="col" className={headClasses}>
            Lu
          </th>
          <th scope="col" className={headClasses}>
            Réponse
          </th>
          <th scope="col" className={headClasses}>
            Raison de l’échec
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
        {rows.map((recipient) => (
          <tr key={recipient.id}>
            <th scope="row" className={`${cellClasses} max-w-56 font-normal break-words`}>
              {recipient.contact_id ? (
                <Link
                  to={contactPath(recipient.contact_id)}
                  className="font-semibold text-brand-700 underline"
                >
                  {recipient.contact_name?.trim() || 'Sans nom'}
                </Link>
              ) : (
                <span className="text-slate-700">
                  {recipient.contact_name?.trim() || 'Sans nom'}
                  <span className="block text-xs text-slate-500">Contact supprimé</span>
                </span>
              )}
            </th>
            <td className={`${cellClasses} whitespace-nowrap text-slate-900`}>
              {formatPhone(recipient.phone)}
            </td>
            <td className={cellClasses}>
              <Badge tone={recipientStatusTone(recipient)}>{recipientStatusLabel(recipient)}</Badge>
            </td>
            <td className={`${cellClasses} whitespace-nowrap tabular-nums`}>
              <When value={recipient.sent_at} timeZone={timeZone} />
            </td>
            <td className={`${cellClasses} whitespace-nowrap tabular-nums`}>
              <When value={recipient.delivered_at} timeZone={timeZone} />
            </td>
            <td className={`${cellClasses} whitespace-nowrap tabular-nums`}>
              <When value={recipient.read_at} timeZone={timeZone} />
            </td>
            <td className={`${cellClasses} whitespace-nowrap tabular-nums`}>
              <When value={recipient.replied_at} timeZone={timeZone} />
            </td>
            <td className={`${cellClasses} min-w-48 break-words text-slate-800`}>
              {recipient.failure_reason ??
                (recipient.failure_code ? `Code ${recipient.failure_code}` : '')}
              {recipient.failure_reason && recipient.failure_code && (
                <span className="block text-xs text-slate-500">Code {recipient.failure_code}</span>
              )}
            </td>
          </tr>
        ))}
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
  if (pages <= 1) return null;
  return (
    <nav
      aria-label="Pages des destinataires"
      className="mt-3 flex flex-wrap items-center justify-between gap-2"
    >
      <Button variant="secondary" onClick={() => onPage(page - 1)} disabled={page === 0 || busy}>
        <span aria-hidden="true">←</span> Précédente
      </Button>
      <p aria-live="polite" className="text-sm text-slate-700 tabular-nums">
        Page {formatNumber(page + 1)} sur {formatNumber(pages)}
      </p>
      <Button
        variant="secondary"
        onClick={() => onPage(page + 1)}
        disabled={page >= pages - 1 || busy}
      >
        Suivante <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}

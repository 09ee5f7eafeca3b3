import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { useCreditLedger } from '../hooks/use-credits-data';
import {
  hasLedgerFilters,
  isInvertedRange,
  ledgerQuery,
  readLedgerFilters,
  withLedgerFilter,
  withoutLedgerFilters,
  type LedgerFilterName,
} from '../ledger-filters';
import { ExportLedgerButton } from './export-ledger-button';
import { LedgerFiltersForm } from './ledger-filters-form';
import { LedgerList } from './ledger-list';

/** Every movement of the wallet, filtered from the address, 50 at a time, with the CSV export. */
export function LedgerSection({
  organizationId,
  timeZone,
}: {
  organizationId: string;
  timeZone: string;
}) {
  const { t } = useLingui();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readLedgerFilters(searchParams);
  const query = ledgerQuery(filters, timeZone);
  const ledger = useCreditLedger(organizationId, query);
  const entries = ledger.data?.pages.flatMap((page) => page.entries) ?? [];
  const filtered = hasLedgerFilters(filters);
  const shown = plural(entries.length, {
    one: '# mouvement affiché',
    other: '# mouvements affichés',
  });

  // From the address itself: React Router's updater gets the parameters of the last render.
  const update = (name: LedgerFilterName, value: string) =>
    setSearchParams(
      () => withLedgerFilter(new URLSearchParams(window.location.search), name, value),
      { replace: true },
    );
  const clear = () =>
    setSearchParams(() => withoutLedgerFilters(new URLSearchParams(window.location.search)), {
      replace: true,
    });

  return (
    <Card
      title={t`Historique des mouvements`}
      description={t`Chaque crédit ajouté ou dépensé, avec le solde qu’il a laissé.`}
    >
      <div className="flex flex-col gap-4">
        <LedgerFiltersForm filters={filters} onChange={update} onClear={clear} />
        <ExportLedgerButton
          organizationId={organizationId}
          query={query}
          timeZone={timeZone}
          disabled={isInvertedRange(filters) || (ledger.isSuccess && entries.length === 0)}
        />
        {ledger.isPending ? (
          <SkeletonList rows={4} label={t`Chargement des mouvements…`} />
        ) : ledger.isError ? (
          <LoadError
            message={toUserMessage(ledger.error, t`Les mouvements n’ont pas pu être chargés.`)}
            onRetry={() => void ledger.refetch()}
          />
        ) : entries.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
            {filtered
              ? t`Aucun mouvement ne correspond à ces filtres.`
              : t`Aucun mouvement pour l’instant.`}
          </p>
        ) : (
          <div className="flex flex-col gap-3">
            <LedgerList
              entries={entries}
              timeZone={timeZone}
              busy={ledger.isPlaceholderData}
              caption={t`Mouvements de crédits, du plus récent au plus ancien`}
            />
            <div className="flex flex-wrap items-center gap-3">
              <p aria-live="polite" className="text-sm text-slate-600">
                {shown}
              </p>
              {ledger.hasNextPage && (
                <Button
                  variant="secondary"
                  loading={ledger.isFetchingNextPage}
                  loadingText={t`Chargement…`}
                  disabled={ledger.isPlaceholderData}
                  onClick={() => void ledger.fetchNextPage()}
                >
                  <Trans>Voir plus</Trans>
                </Button>
              )}
            </div>
          </div>
        )}
      </div>
    </Card>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PlusIcon } from '../../../components/ui/icons';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { queryKeys } from '../../../lib/query-keys';
import { supabase } from '../../../lib/supabase';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useWorkspace } from '../../../lib/workspace';
import { BulkDialogs, SelectionBar, type PendingBulk } from '../components/bulk-actions';
import { ContactFiltersBar } from '../components/contact-filters-bar';
import { ContactFormModal } from '../components/contact-form-modal';
import { ContactsTable, type Selection } from '../components/contacts-table';
import { ExportDialog } from '../components/export-dialog';
import { LinkButton } from '../components/link-button';
import {
  effectiveFilters,
  filtersToSelection,
  hasActiveFilters,
  readContactFilters,
  withContactFilter,
  withoutContactFilters,
  type ContactFilters,
  type FilterName,
} from '../contact-filters';
import { contactCount } from '../contact-labels';
import { canDeleteContacts, canEditContacts, canImportContacts } from '../permissions';
import { countSelection, type BulkAction } from '../contact-query';
import { useContactCount } from '../hooks/use-contact-list';
import { canExportContacts } from '../../../domain/contacts/permissions';

const noFilters: ContactFilters = readContactFilters(new URLSearchParams());
const noSelection: Selection = { kind: 'ids', ids: new Set() };

export function ContactsPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditContacts(role);
  const canImport = canImportContacts(role);
  const canExport = canExportContacts(role);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readContactFilters(searchParams);

  // Queries follow the filters once typing pauses; the fields follow every key at once.
  const settledKey = useDebouncedValue(JSON.stringify(effectiveFilters(filters)), 300);
  const settled = useMemo(() => JSON.parse(settledKey) as ContactFilters, [settledKey]);
  const everyone = useContactCount(organization.id, noFilters);
  const matching = useContactCount(organization.id, settled);

  // The selection belongs to one state of the filters: changing them starts afresh.
  const [picked, setPicked] = useState<{ key: string; selection: Selection }>({
    key: settledKey,
    selection: noSelection,
  });
  const selection = picked.key === settledKey ? picked.selection : noSelection;
  const select = (next: Selection) => setPicked({ key: settledKey, selection: next });
  // Stable, so that the table's memoised rows do not all render again when one is ticked.
  const toggle = useCallback(
    (id: string) =>
      setPicked((current) => {
        const base = current.key === settledKey ? current.selection : noSelection;
        const ids = new Set(base.kind === 'ids' ? base.ids : []);
        if (ids.has(id)) ids.delete(id);
        else ids.add(id);
        return { key: settledKey, selection: { kind: 'ids', ids } };
      }),
    [settledKey],
  );
  const total = matching.data ?? 0;
  const selectedCount = selection.kind === 'all' ? total : selection.ids.size;

  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const bulkFlow = useBulkFlow(organization.id, settled, selection);

  const update = (name: FilterName, value: string) =>
    setSearchParams(
      // From the address itself: React Router's updater gets the parameters of the last render.
      () => withContactFilter(new URLSearchParams(window.location.search), name, value),
      { replace: true },
    );
  const clearFilters = () =>
    setSearchParams(() => withoutContactFilters(new URLSearchParams(window.location.search)), {
      replace: true,
    });

  const empty = everyone.data === 0;
  const everyoneCount = everyone.data === undefined ? '' : contactCount(everyone.data);
  const everyoneTotal = everyone.data === undefined ? '' : formatNumber(everyone.data);
  const totalCount = contactCount(total);
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6">
      <PageHeader
        title={t`Contacts`}
        description={
          everyone.data === undefined
            ? t`Les personnes que votre organisation joint sur WhatsApp.`
            : t`${everyoneCount} dans l’organisation.`
        }
        actions={
          <>
            {canEdit && (
              <Button onClick={() => setAdding(true)}>
                <PlusIcon className="size-4" />
                <Trans>Ajouter un contact</Trans>
              </Button>
            )}
            {canImport && (
              <LinkButton to={paths.contactImport}>
                <Trans>Importer</Trans>
              </LinkButton>
            )}
            {/* A file of every number leaves with whoever downloads it: owners and admins only. */}
            {canExport && (
              <Button
                variant="secondary"
                onClick={() => setExporting(true)}
                disabled={!matching.data}
              >
                <Trans>Exporter</Trans>
              </Button>
            )}
          </>
        }
      />

      {everyone.isError ? (
        <LoadError
          message={toUserMessage(everyone.error, t`Les contacts n’ont pas pu être chargés.`)}
          onRetry={() => void everyone.refetch()}
        />
      ) : empty ? (
        <EmptyState
          title={t`Aucun contact pour l’instant`}
          action={
            canImport ? (
              <LinkButton to={paths.contactImport} variant="primary">
                <Trans>Importer un fichier Excel ou CSV</Trans>
              </LinkButton>
            ) : canEdit ? (
              <Button onClick={() => setAdding(true)}>
                <Trans>Ajouter un contact</Trans>
              </Button>
            ) : undefined
          }
        >
          {canImport
            ? t`Importez vos contacts depuis un fichier Excel ou CSV : les numéros sont nettoyés et les doublons écartés. Vous pouvez aussi en ajouter un à la main.`
            : canEdit
              ? t`Un administrateur peut importer vos contacts depuis un fichier Excel ou CSV ; vous pouvez aussi en ajouter un à la main.`
              : t`Un administrateur peut importer les contacts de l’organisation depuis un fichier Excel ou CSV.`}
        </EmptyState>
      ) : (
        <>
          <ContactFiltersBar filters={filters} onChange={update} onClear={clearFilters} />
          {matching.isPending ? (
            <div role="status" aria-busy="true" className="flex flex-col gap-2">
              <span className="sr-only">
                <Trans>Chargement des contacts…</Trans>
              </span>
              <Skeleton className="h-5 w-40" />
              <Skeleton className="h-96 w-full rounded-xl" />
            </div>
          ) : matching.isError ? (
            <LoadError
              message={toUserMessage(matching.error, t`Les contacts n’ont pas pu être chargés.`)}
              onRetry={() => void matching.refetch()}
            />
          ) : (
            <>
              <p role="status" className="-mt-2 text-sm text-slate-600">
                {hasActiveFilters(settled) && everyone.data !== undefined
                  ? t`${totalCount} sur ${everyoneTotal}`
                  : totalCount}
              </p>
              {canEdit && selectedCount > 0 && (
                <SelectionBar
                  count={selectedCount}
                  all={selection.kind === 'all'}
                  matching={total}
                  canDelete={canDeleteContacts(role)}
                  preparing={bulkFlow.preparing}
                  onSelectAll={() => select({ kind: 'all' })}
                  onClear={() => select(noSelection)}
                  onAction={bulkFlow.start}
                />
              )}
              {total === 0 ? (
                <EmptyState
                  title={t`Aucun contact ne correspond à ces filtres`}
                  action={
                    <Button variant="secondary" onClick={clearFilters}>
                      <Trans>Effacer les filtres</Trans>
                    </Button>
                  }
                />
              ) : (
                <ContactsTable
                  // A new list for new filters: back at the top, nothing half-loaded kept.
                  key={settledKey}
                  organizationId={organization.id}
                  filters={settled}
                  total={total}
                  timeZone={organization.time_zone}
                  selectable={canEdit}
                  selection={selection}
                  onToggle={toggle}
                  onToggleAll={() => select(selectedCount > 0 ? noSelection : { kind: 'all' })}
                />
              )}
            </>
          )}
        </>
      )}

      {canEdit && <ContactFormModal open={adding} onClose={() => setAdding(false)} />}
      {canExport && (
        <ExportDialog
          open={exporting}
          onClose={() => setExporting(false)}
          selection={filtersToSelection(settled)}
          filtered={hasActiveFilters(settled)}
        />
      )}
      <BulkDialogs
        organizationId={organization.id}
        pending={bulkFlow.pending}
        onClose={bulkFlow.cancel}
        onDone={() => {
          bulkFlow.cancel();
          select(noSelection);
        }}
      />
    </div>
  );
}

/**
 * From a click on a bulk action to its confirmation: chosen contacts are counted at once; for
 * « all matching », count_contacts counts with the very criteria the action will use, so the
 * confirmation states the number that will change.
 */
function useBulkFlow(organizationId: string, filters: ContactFilters, selection: Selection) {
  const { t } = useLingui();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingBulk | null>(null);
  const [preparing, setPreparing] = useState<BulkAction | null>(null);

  const start = (action: BulkAction) => {
    if (selection.kind === 'ids') {
      setPending({ action, count: selection.ids.size, target: { ids: [...selection.ids] } });
      return;
    }
    const target = filtersToSelection(filters);
    setPreparing(action);
    queryClient
      .fetchQuery({
        queryKey: [...queryKeys.contacts(organizationId), 'selection-count', target],
        queryFn: () => countSelection(supabase, organizationId, target),
        staleTime: 0,
      })
      .then(
        (count) => {
          if (count === 0) toast.info(t`Aucun contact ne correspond à ces filtres.`);
          else setPending({ action, count, target: { selection: target } });
        },
        (error: unknown) =>
          toast.error(toUserMessage(error, t`Les contacts n’ont pas pu être comptés.`)),
      )
      .finally(() => setPreparing(null));
  };

  return { pending, preparing, start, cancel: () => setPending(null) };
}

import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { useWorkspace } from '../../../lib/workspace';
import type { WhatsAppTemplate } from '../api';
import { TemplateCard } from '../components/template-card';
import { useSyncTemplates, useTemplates } from '../hooks/use-templates';
import { canSyncTemplates } from '../permissions';
import { syncSummary } from '../sync-summary';
import { filterTemplates } from '../template-filter';
import { filterableStatuses, templateStatus } from '../template-labels';

export function TemplatesPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canSync = canSyncTemplates(role);
  const templates = useTemplates(organization.id);
  const sync = useSyncTemplates(organization.id);

  // One mutation for the header's button and the empty state's: the toast survives either.
  const runSync = () =>
    sync.mutate(undefined, {
      onSuccess: (result) => toast.success(syncSummary(result)),
      onError: (error) =>
        toast.error(toUserMessage(error, t`La synchronisation avec Wati a échoué.`)),
    });
  const syncButton = (
    <Button onClick={runSync} loading={sync.isPending} loadingText={t`Synchronisation…`}>
      <Trans>Synchroniser</Trans>
    </Button>
  );

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader
        title={t`Modèles`}
        description={
          organization.mode === 'sandbox'
            ? t`Les modèles de messages WhatsApp validés par Meta, synchronisés depuis Wati. Mode bac à sable : ce sont ceux du Wati de démonstration.`
            : t`Les modèles de messages WhatsApp validés par Meta, synchronisés depuis Wati.`
        }
        actions={canSync ? syncButton : undefined}
      />
      {templates.isPending ? (
        <LoadingRegion
          label={t`Chargement des modèles…`}
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
        >
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-40 w-full rounded-xl" />
          ))}
        </LoadingRegion>
      ) : templates.isError ? (
        <LoadError
          message={toUserMessage(templates.error, t`Les modèles n’ont pas pu être chargés.`)}
          onRetry={() => void templates.refetch()}
        />
      ) : templates.data.length === 0 ? (
        <EmptyState
          title={t`Aucun modèle : synchronisez depuis Wati`}
          action={canSync && syncButton}
        >
          {canSync
            ? t`Les modèles se créent et se font valider par Meta dans Wati. Synchronisez pour les retrouver ici.`
            : t`Les modèles se créent dans Wati. Demandez à un administrateur de les synchroniser.`}
        </EmptyState>
      ) : (
        <TemplateList templates={templates.data} />
      )}
    </div>
  );
}

function TemplateList({ templates }: { templates: WhatsAppTemplate[] }) {
  const { t } = useLingui();
  // In the address, so that coming back from a template finds the list as it was left.
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const status = searchParams.get('statut') ?? '';
  const shown = filterTemplates(templates, { query, status });
  const count = templates.length;
  const matching = shown.length;
  const total = formatNumber(count);
  const update = (name: string, value: string) =>
    setSearchParams(
      () => {
        // From the address itself: React Router's updater gets the parameters of the last render,
        // so two quick changes (clearing the search, then picking a status) would lose the first.
        const next = new URLSearchParams(window.location.search);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <search
        aria-label={t`Filtrer les modèles`}
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_14rem]"
      >
        <TextField
          label={t`Rechercher un modèle`}
          type="search"
          placeholder={t`Nom ou texte du message`}
          autoComplete="off"
          value={query}
          onChange={(event) => update('q', event.target.value)}
        />
        <SelectField
          label={t`Statut`}
          value={status}
          onChange={(event) => update('statut', event.target.value)}
        >
          <option value="">{t`Tous les statuts`}</option>
          {filterableStatuses.map((option) => (
            <option key={option} value={option}>
              {templateStatus(option).label}
            </option>
          ))}
        </SelectField>
      </search>
      <p role="status" className="-mt-2 text-sm text-slate-600">
        {matching === count ? (
          <Plural value={count} one="# modèle" other="# modèles" />
        ) : (
          <Plural value={matching} one={`# modèle sur ${total}`} other={`# modèles sur ${total}`} />
        )}
      </p>
      {shown.length === 0 ? (
        <EmptyState
          title={t`Aucun modèle ne correspond à votre recherche`}
          action={
            <Button variant="secondary" onClick={() => setSearchParams({}, { replace: true })}>
              <Trans>Effacer les filtres</Trans>
            </Button>
          }
        />
      ) : (
        <ul aria-label={t`Modèles WhatsApp`} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((template) => (
            <TemplateCard key={template.id} template={template} />
          ))}
        </ul>
      )}
    </>
  );
}

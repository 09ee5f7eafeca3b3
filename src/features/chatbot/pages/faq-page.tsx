import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useDeferredValue, useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { PlusIcon } from '../../../components/ui/icons';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { SkeletonList } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { exportFileName } from '../../../domain/contacts/export';
import { downloadBlob } from '../../../lib/download';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber, intlLocale } from '../../../lib/format';
import { useWorkspace } from '../../../lib/workspace';
import type { FaqEntry } from '../knowledge/api';
import { FaqEntryCard } from '../knowledge/components/faq-entry-card';
import { FaqEntryDialog } from '../knowledge/components/faq-entry-dialog';
import { FaqImportDialog } from '../knowledge/components/faq-import-dialog';
import { FaqTestBox } from '../knowledge/components/faq-test-box';
import { faqToCsv } from '../knowledge/faq-csv';
import {
  categoriesOf,
  filterEntries,
  groupByCategory,
  withoutCategory,
} from '../knowledge/faq-list';
import { useDeleteFaqEntry, useFaqEntries } from '../knowledge/hooks/use-faq';
import { canEditKnowledgeBase } from '../knowledge/permissions';

/** Entries drawn at first, then this many more at each « Afficher plus ». */
const pageSize = 50;

type Editing = { entry: FaqEntry | null } | null;

/**
 * Chatbot › FAQ: the questions the bot answers (several phrasings each) and its answers, by
 * category; « Tester » shows which one a message would get. Admins write, import and export them.
 */
export function FaqPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditKnowledgeBase(role);
  const entries = useFaqEntries(organization.id);
  const remove = useDeleteFaqEntry(organization.id);
  const titleId = useId();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [shown, setShown] = useState(pageSize);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<FaqEntry | null>(null);
  const [importing, setImporting] = useState(false);
  const query = useDeferredValue(search);

  const all = entries.data ?? [];
  const locale = intlLocale();
  const categories = categoriesOf(all, locale);
  const found = filterEntries(all, { search: query, category });
  const groups = groupByCategory(found.slice(0, shown), locale);
  const total = all.length;
  const totalText = formatNumber(total);
  const deletingTitle = deleting?.questions[0]?.question ?? '';
  const filtered = query.trim() !== '' || category !== '';

  const exportCsv = () => {
    const name = exportFileName('faq', organization.time_zone);
    const rows = all.map((entry) => ({
      ...entry,
      questions: entry.questions.map((question) => question.question),
    }));
    downloadBlob(new Blob([faqToCsv(rows)], { type: 'text/csv;charset=utf-8' }), name);
    toast.success(t`Export terminé : ${name}.`);
  };

  const newEntryButton = (
    <Button onClick={() => setEditing({ entry: null })}>
      <PlusIcon className="size-4" />
      <Trans>Nouvelle réponse</Trans>
    </Button>
  );

  return (
    <section key={organization.id} aria-labelledby={titleId} className="flex flex-col gap-6">
      <title>{t`FAQ · Chatbot · WCAP`}</title>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            <Trans>FAQ</Trans>
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            <Trans>
              Les questions fréquentes auxquelles le bot répond seul, même écrites sans accents,
              avec des fautes ou des abréviations.
            </Trans>
          </p>
          {!canEdit && (
            <p className="mt-1 text-sm text-slate-600">
              <Trans>Les propriétaires et les administrateurs rédigent les réponses.</Trans>
            </p>
          )}
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {canEdit && total > 0 && newEntryButton}
          {canEdit && (
            <Button variant="secondary" onClick={() => setImporting(true)}>
              <Trans>Importer un CSV</Trans>
            </Button>
          )}
          <Button variant="secondary" disabled={total === 0} onClick={exportCsv}>
            <Trans>Exporter en CSV</Trans>
          </Button>
        </div>
      </div>

      <FaqTestBox organizationId={organization.id} />

      {entries.isPending ? (
        <SkeletonList rows={4} label={t`Chargement de la FAQ…`} />
      ) : entries.isError ? (
        <LoadError
          message={toUserMessage(entries.error, t`La FAQ n’a pas pu être chargée.`)}
          onRetry={() => void entries.refetch()}
        />
      ) : total === 0 ? (
        <EmptyState title={t`La FAQ est vide`} headingLevel={3} action={canEdit && newEntryButton}>
          <Trans>
            Horaires, agences, pièces à fournir, état d’un dossier… : écrivez les questions que vos
            contacts posent le plus souvent et la réponse du bot, ou importez-les depuis un fichier
            CSV.
          </Trans>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-4">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <TextField
              type="search"
              label={t`Rechercher dans la FAQ`}
              placeholder={t`Question ou réponse`}
              autoComplete="off"
              className="flex-1"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                setShown(pageSize);
              }}
            />
            <SelectField
              label={t`Catégorie`}
              className="sm:w-60"
              value={category}
              onChange={(event) => {
                setCategory(event.target.value);
                setShown(pageSize);
              }}
            >
              <option value="">{t`Toutes les catégories`}</option>
              {categories.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
              <option value={withoutCategory}>{t`Sans catégorie`}</option>
            </SelectField>
          </div>
          <p className="text-sm text-slate-600" aria-live="polite">
            {!filtered ? (
              <Plural value={total} one="# réponse" other="# réponses" />
            ) : found.length === 0 ? (
              <Trans>Aucune réponse ne correspond à cette recherche.</Trans>
            ) : (
              <Plural
                value={found.length}
                one={`# réponse sur ${totalText}`}
                other={`# réponses sur ${totalText}`}
              />
            )}
          </p>
          {groups.map((group) => (
            <section
              key={group.category ?? withoutCategory}
              aria-label={group.category ?? t`Sans catégorie`}
              className="flex flex-col gap-2"
            >
              <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
                {group.category ?? t`Sans catégorie`}
              </h3>
              <ul className="flex flex-col gap-3">
                {group.entries.map((entry) => (
                  <FaqEntryCard
                    key={entry.id}
                    organizationId={organization.id}
                    entry={entry}
                    canEdit={canEdit}
                    onEdit={() => setEditing({ entry })}
                    onDelete={() => setDeleting(entry)}
                  />
                ))}
              </ul>
            </section>
          ))}
          {found.length > shown && (
            <div>
              <Button variant="secondary" onClick={() => setShown(shown + pageSize)}>
                <Trans>Afficher plus de réponses</Trans>
              </Button>
            </div>
          )}
        </div>
      )}

      {canEdit && (
        <>
          <FaqEntryDialog
            key={editing ? (editing.entry?.id ?? 'new') : 'entry-closed'}
            open={editing !== null}
            onClose={() => setEditing(null)}
            organizationId={organization.id}
            entry={editing?.entry ?? null}
            categories={categories}
          />
          <FaqImportDialog
            key={importing ? 'import-open' : 'import-closed'}
            open={importing}
            onClose={() => setImporting(false)}
            organizationId={organization.id}
            currentCount={total}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onCancel={() => setDeleting(null)}
        title={t`Supprimer la réponse à « ${deletingTitle} » ?`}
        description={t`Le bot ne l’enverra plus et ses questions sont supprimées avec elle. Pour la garder sans qu’elle serve, désactivez-la plutôt.`}
        confirmLabel={t`Supprimer la réponse`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`La réponse n’a pas pu être supprimée.`}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          setDeleting(null);
          toast.success(t`Réponse supprimée.`);
        }}
      />
    </section>
  );
}

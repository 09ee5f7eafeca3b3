import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useDeferredValue, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { Card } from '../../../../components/ui/card';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { Dialog } from '../../../../components/ui/dialog';
import { EmptyState } from '../../../../components/ui/empty-state';
import { PlusIcon } from '../../../../components/ui/icons';
import { InlineError } from '../../../../components/ui/inline-error';
import { LoadError } from '../../../../components/ui/load-error';
import { ScrollableTable } from '../../../../components/ui/scrollable-table';
import { SkeletonList } from '../../../../components/ui/skeleton';
import { TextField } from '../../../../components/ui/text-field';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import { formatNumber } from '../../../../lib/format';
import type { BotSynonym } from '../api';
import { useDeleteSynonym, useSaveSynonym, useSynonyms } from '../hooks/use-bot-settings';
import { botNormalize } from '../normalize';
import { validateSynonym, type SynonymErrors } from '../synonym-form';
import { SynonymFields } from './synonym-fields';

/** Rows drawn at first, then this many more at each « Afficher plus ». */
const pageSize = 100;

type Editing = { synonym: BotSynonym | null } | null;

/** Réglages › Synonymes: the chat forms the bot reads as other words (« bjr » → « bonjour »). */
export function SynonymsSection({
  organizationId,
  canEdit,
}: {
  organizationId: string;
  canEdit: boolean;
}) {
  const { t } = useLingui();
  const synonyms = useSynonyms(organizationId);
  const remove = useDeleteSynonym(organizationId);
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(pageSize);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<BotSynonym | null>(null);
  const query = botNormalize(useDeferredValue(search));

  const all = synonyms.data ?? [];
  const found =
    query === ''
      ? all
      : all.filter((synonym) => synonym.term.includes(query) || synonym.expansion.includes(query));
  const totalText = formatNumber(all.length);
  const deletingTerm = deleting?.term ?? '';

  return (
    <Card
      title={t`Synonymes et abréviations`}
      description={t`Le bot lit chaque mot de gauche comme les mots de droite, dans les messages des contacts comme dans les questions de la FAQ.`}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextField
          type="search"
          label={t`Rechercher un synonyme`}
          autoComplete="off"
          className="flex-1"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setShown(pageSize);
          }}
        />
        {canEdit && (
          <Button onClick={() => setEditing({ synonym: null })}>
            <PlusIcon className="size-4" />
            <Trans>Nouveau synonyme</Trans>
          </Button>
        )}
      </div>

      <div className="mt-4">
        {synonyms.isPending ? (
          <SkeletonList rows={4} label={t`Chargement des synonymes…`} />
        ) : synonyms.isError ? (
          <LoadError
            message={toUserMessage(synonyms.error, t`Les synonymes n’ont pas pu être chargés.`)}
            onRetry={() => void synonyms.refetch()}
          />
        ) : all.length === 0 ? (
          <EmptyState title={t`Aucun synonyme`} headingLevel={3}>
            <Trans>
              Ajoutez les abréviations que vos contacts écrivent (« bjr », « svp », « kel ») et leur
              sens.
            </Trans>
          </EmptyState>
        ) : (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-slate-600" aria-live="polite">
              {query === '' ? (
                <Plural value={all.length} one="# synonyme" other="# synonymes" />
              ) : found.length === 0 ? (
                <Trans>Aucun synonyme ne correspond à cette recherche.</Trans>
              ) : (
                <Plural
                  value={found.length}
                  one={`# synonyme sur ${totalText}`}
                  other={`# synonymes sur ${totalText}`}
                />
              )}
            </p>
            {found.length > 0 && (
              <ScrollableTable caption={t`Synonymes : le mot écrit et ce que le bot y lit`}>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">
                      <Trans>Mot écrit</Trans>
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      <Trans>Lu comme</Trans>
                    </th>
                    {canEdit && (
                      <th scope="col" className="px-3 py-2 font-medium">
                        <span className="sr-only">
                          <Trans>Actions</Trans>
                        </span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {found.slice(0, shown).map((synonym) => {
                    const term = synonym.term;
                    return (
                      <tr key={synonym.term}>
                        <th
                          scope="row"
                          className="px-3 py-2 font-mono font-semibold text-slate-900"
                        >
                          {synonym.term}
                        </th>
                        <td className="px-3 py-2 break-words text-slate-800">
                          {synonym.expansion}
                        </td>
                        {canEdit && (
                          <td className="px-3 py-1 text-right whitespace-nowrap">
                            <Button variant="ghost" onClick={() => setEditing({ synonym })}>
                              <Trans>Modifier</Trans>
                              <span className="sr-only">{t`le synonyme ${term}`}</span>
                            </Button>
                            <Button
                              variant="ghost"
                              className="text-red-800"
                              onClick={() => setDeleting(synonym)}
                            >
                              <Trans>Supprimer</Trans>
                              <span className="sr-only">{t`le synonyme ${term}`}</span>
                            </Button>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </ScrollableTable>
            )}
            {found.length > shown && (
              <div>
                <Button variant="secondary" onClick={() => setShown(shown + pageSize)}>
                  <Trans>Afficher plus de synonymes</Trans>
                </Button>
              </div>
            )}
          </div>
        )}
      </div>

      {canEdit && (
        <Dialog
          open={editing !== null}
          onClose={() => setEditing(null)}
          title={editing?.synonym ? t`Modifier le synonyme` : t`Nouveau synonyme`}
        >
          {editing && (
            <SynonymForm
              organizationId={organizationId}
              synonym={editing.synonym}
              takenTerms={
                new Set(all.map((s) => s.term).filter((term) => term !== editing.synonym?.term))
              }
              onDone={() => setEditing(null)}
            />
          )}
        </Dialog>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onCancel={() => setDeleting(null)}
        title={t`Supprimer le synonyme « ${deletingTerm} » ?`}
        description={t`Le bot lira de nouveau ce mot tel quel.`}
        confirmLabel={t`Supprimer le synonyme`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`Le synonyme n’a pas pu être supprimé.`}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.term);
          setDeleting(null);
          toast.success(t`Synonyme « ${deletingTerm} » supprimé.`);
        }}
      />
    </Card>
  );
}

function SynonymForm({
  organizationId,
  synonym,
  takenTerms,
  onDone,
}: {
  organizationId: string;
  synonym: BotSynonym | null;
  takenTerms: ReadonlySet<string>;
  onDone: () => void;
}) {
  const { t } = useLingui();
  const save = useSaveSynonym(organizationId, synonym?.term ?? null);
  const [term, setTerm] = useState(synonym?.term ?? '');
  const [expansion, setExpansion] = useState(synonym?.expansion ?? '');
  const [errors, setErrors] = useState<SynonymErrors>({});

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateSynonym(term, expansion, takenTerms);
        setErrors(found);
        if (found.term || found.expansion) return;
        save.mutate(
          { term, expansion },
          {
            onSuccess: (saved) => {
              const word = saved.term;
              toast.success(t`Synonyme « ${word} » enregistré.`);
              onDone();
            },
          },
        );
      }}
    >
      <InlineError
        message={
          save.isError
            ? toUserMessage(save.error, t`Le synonyme n’a pas pu être enregistré.`)
            : null
        }
      />
      <SynonymFields
        term={term}
        expansion={expansion}
        onTermChange={setTerm}
        onExpansionChange={setExpansion}
        errors={errors}
        autoFocus={synonym ? 'expansion' : 'term'}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button type="submit" loading={save.isPending} loadingText={t`Enregistrement…`}>
          <Trans>Enregistrer</Trans>
        </Button>
      </div>
    </form>
  );
}

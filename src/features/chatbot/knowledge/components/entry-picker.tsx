import { Trans, useLingui } from '@lingui/react/macro';
import { useDeferredValue, useId, useState } from 'react';
import { TextField } from '../../../../components/ui/text-field';
import type { FaqEntry } from '../api';
import { filterEntries } from '../faq-list';
import { useFaqTest } from '../hooks/use-faq';
import { formatPercent } from '../../percent';

/** Entries listed under the search, at most. */
const listed = 20;

/**
 * Chooses an entry for a message: first those « Tester » finds for it, with the matcher's
 * confidence, then any entry found by a search. A group of radio buttons, one tab stop.
 */
export function EntryPicker({
  organizationId,
  message,
  entries,
  value,
  onChange,
  error,
}: {
  organizationId: string;
  message: string;
  entries: readonly FaqEntry[];
  value: string | null;
  onChange: (entryId: string) => void;
  error?: string;
}) {
  const { t } = useLingui();
  const legendId = useId();
  const errorId = useId();
  const name = useId();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const suggestions = useFaqTest(organizationId, message);
  const confidences = new Map(
    (suggestions.data ?? []).map((result) => [result.entryId, result.confidence]),
  );
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const suggested = [...confidences.keys()].flatMap((id) => byId.get(id) ?? []);
  const found =
    query.trim() === ''
      ? []
      : filterEntries(entries, { search: query, category: '' })
          .filter((entry) => !confidences.has(entry.id))
          .slice(0, listed);
  const choices = [...suggested, ...found];
  const selected = value ? byId.get(value) : undefined;
  // The chosen entry stays in the list whatever the search, so the choice never vanishes.
  if (selected && !choices.includes(selected)) choices.unshift(selected);

  return (
    <div className="flex flex-col gap-3">
      <TextField
        type="search"
        label={t`Chercher une réponse`}
        placeholder={t`Question, réponse ou catégorie`}
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        data-autofocus
      />
      <fieldset
        aria-labelledby={legendId}
        aria-describedby={error ? errorId : undefined}
        className="flex flex-col gap-2"
      >
        <legend id={legendId} className="text-sm font-medium text-slate-800">
          <Trans>Réponse à compléter</Trans>
        </legend>
        {error && (
          <p id={errorId} className="text-sm text-red-700">
            {error}
          </p>
        )}
        <div aria-live="polite" className="text-sm text-slate-600">
          {suggestions.isPending ? (
            <Trans>Recherche des réponses proches…</Trans>
          ) : choices.length === 0 ? (
            query.trim() === '' ? (
              <Trans>Aucune réponse proche : cherchez-en une.</Trans>
            ) : (
              <Trans>Aucune réponse ne correspond à cette recherche.</Trans>
            )
          ) : null}
        </div>
        <ul className="flex max-h-72 flex-col gap-2 overflow-y-auto">
          {choices.map((entry) => {
            const confidence = confidences.get(entry.id);
            const percent = confidence === undefined ? null : formatPercent(confidence);
            return (
              <li key={entry.id}>
                <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                  <input
                    type="radio"
                    name={name}
                    className="mt-1 size-4 shrink-0 accent-brand-700"
                    checked={value === entry.id}
                    onChange={() => onChange(entry.id)}
                  />
                  <span className="min-w-0 flex-1 text-sm">
                    <span className="block font-semibold break-words text-slate-900">
                      {entry.questions[0]?.question}
                    </span>
                    <span className="mt-0.5 line-clamp-2 block break-words text-slate-600">
                      {entry.answer}
                    </span>
                    {percent && (
                      <span className="mt-0.5 block text-xs font-semibold text-brand-800">
                        <Trans>Proposée · {percent} de confiance</Trans>
                      </span>
                    )}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

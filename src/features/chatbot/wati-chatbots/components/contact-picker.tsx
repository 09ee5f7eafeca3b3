import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useState } from 'react';
import { InlineError } from '../../../../components/ui/inline-error';
import { Spinner } from '../../../../components/ui/spinner';
import { TextField } from '../../../../components/ui/text-field';
import { toUserMessage } from '../../../../lib/errors';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import type { ContactChoice } from '../api';
import { useContactSearch } from '../hooks';

type ContactPickerProps = {
  organizationId: string;
  selected: ContactChoice | null;
  onSelect: (contact: ContactChoice | null) => void;
};

/**
 * One contact, found by name or number: the matches as radio buttons (keyboard: arrows), those who
 * opted out shown but not selectable.
 */
export function ContactPicker({ organizationId, selected, onSelect }: ContactPickerProps) {
  const { t } = useLingui();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 300);
  const matches = useContactSearch(organizationId, settled);
  const searching = settled.length >= 2;

  return (
    <div className="flex flex-col gap-3">
      <TextField
        label={t`Contact`}
        type="search"
        placeholder={t`Nom ou numéro`}
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        hint={t`Tapez au moins deux caractères du nom ou du numéro.`}
      />
      {!searching ? null : matches.isError ? (
        <InlineError
          message={toUserMessage(matches.error, t`La recherche des contacts a échoué.`)}
        />
      ) : matches.isPending ? (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner />
          <Trans>Recherche…</Trans>
        </p>
      ) : matches.data.length === 0 ? (
        <p role="status" className="text-sm text-slate-600">
          <Trans>Aucun contact ne correspond à cette recherche.</Trans>
        </p>
      ) : (
        <fieldset className="min-w-0">
          <legend className="sr-only">
            <Trans>Contacts trouvés</Trans>
          </legend>
          <ul className="flex max-h-64 flex-col divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
            {matches.data.map((contact) => (
              <li key={contact.id}>
                <label
                  className={clsx(
                    'flex min-h-11 items-center gap-3 px-3 py-2 text-sm',
                    contact.optedOut ? 'cursor-not-allowed text-slate-500' : 'cursor-pointer',
                  )}
                >
                  <input
                    type="radio"
                    name="wati-chatbot-contact"
                    className="size-4 shrink-0 accent-brand-700"
                    checked={selected?.id === contact.id}
                    disabled={contact.optedOut}
                    onChange={() => onSelect(contact)}
                  />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">
                      {contact.name ?? contact.phone}
                    </span>
                    {contact.name && <span className="block text-slate-600">{contact.phone}</span>}
                  </span>
                  {contact.optedOut && (
                    <span className="shrink-0 text-xs font-medium">
                      <Trans>Désinscrit</Trans>
                    </span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}

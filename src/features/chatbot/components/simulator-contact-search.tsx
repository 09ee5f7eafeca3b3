import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CheckIcon } from '../../../components/ui/icons';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { toUserMessage } from '../../../lib/errors';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { SimulatorContact } from '../flows-api';
import { useSimulatorContacts } from '../hooks/use-simulator-contacts';

/** The made-up contact, then the organisation's contacts whose name or number holds the search. */
export default function SimulatorContactSearch({
  organizationId,
  chosenId,
  onChoose,
}: {
  organizationId: string;
  chosenId: string | null;
  onChoose: (contact: SimulatorContact | null) => void;
}) {
  const { t } = useLingui();
  const [search, setSearch] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  // Loaded after the dialog opened, so the dialog's own first focus could not reach the field.
  useEffect(() => {
    searchRef.current?.focus();
  }, []);
  const settled = useDebouncedValue(search.trim(), 250);
  const contacts = useSimulatorContacts(organizationId, settled);

  const option = (key: string, chosen: boolean, onClick: () => void, children: ReactNode) => (
    <li key={key}>
      <button
        type="button"
        aria-pressed={chosen}
        onClick={onClick}
        className={clsx(
          'flex min-h-11 w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm hover:bg-slate-100',
          chosen && 'bg-brand-50',
        )}
      >
        <CheckIcon className={clsx('size-4 text-brand-700', !chosen && 'invisible')} />
        <span className="min-w-0">{children}</span>
      </button>
    </li>
  );

  return (
    <div className="mt-4 flex flex-col gap-3">
      <TextField
        label={t`Rechercher un contact`}
        hint={t`Nom ou numéro`}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        autoComplete="off"
        ref={searchRef}
      />
      <ul aria-label={t`Contacts`} className="flex max-h-72 flex-col gap-0.5 overflow-y-auto">
        {option(
          'fictional',
          chosenId === null,
          () => onChoose(null),
          <>
            <span className="block font-medium text-slate-900">
              <Trans>Contact fictif</Trans>
            </span>
            <span className="block text-slate-600">
              <Trans>Sans nom, attribut ni étiquette</Trans>
            </span>
          </>,
        )}
        {contacts.data?.map((contact) =>
          option(
            contact.id,
            chosenId === contact.id,
            () => onChoose(contact),
            <>
              <span className="block font-medium break-words text-slate-900">
                {contact.name ?? t`Sans nom`}
              </span>
              <span className="block text-slate-600">{formatPhone(contact.phone)}</span>
            </>,
          ),
        )}
      </ul>
      {contacts.isPending ? (
        <SkeletonList rows={2} label={t`Recherche des contacts…`} />
      ) : contacts.isError ? (
        <LoadError
          message={toUserMessage(contacts.error, t`Les contacts n’ont pas pu être chargés.`)}
          onRetry={() => void contacts.refetch()}
        />
      ) : (
        contacts.data.length === 0 && (
          <p role="status" className="text-sm text-slate-600">
            {settled ? (
              <Trans>Aucun contact ne correspond à « {settled} ».</Trans>
            ) : (
              <Trans>Aucun contact dans l’organisation.</Trans>
            )}
          </p>
        )
      )}
    </div>
  );
}

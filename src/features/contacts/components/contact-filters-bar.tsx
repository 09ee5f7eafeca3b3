import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import {
  contactSortLabel,
  contactSorts,
  hasActiveFilters,
  type ContactFilters,
  type FilterName,
} from '../contact-filters';

type ContactFiltersBarProps = {
  filters: ContactFilters;
  onChange: (name: FilterName, value: string) => void;
  onClear: () => void;
};

export function ContactFiltersBar({ filters, onChange, onClear }: ContactFiltersBarProps) {
  const { t } = useLingui();
  const narrowing = [
    filters.tag.trim(),
    filters.status,
    filters.attributeKey.trim() || filters.attributeValue.trim(),
  ].filter(Boolean).length;
  // On a phone the four narrowing filters fold away, unless one is in use; wider, they show.
  const [open, setOpen] = useState(
    () => narrowing > 0 || window.matchMedia('(min-width: 40rem)').matches,
  );
  return (
    <search aria-label={t`Filtrer les contacts`} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_14rem]">
        <TextField
          label={t`Rechercher un contact`}
          type="search"
          placeholder={t`Nom ou numéro`}
          autoComplete="off"
          value={filters.search}
          onChange={(event) => onChange('search', event.target.value)}
        />
        <SelectField
          label={t`Trier par`}
          value={filters.sort}
          onChange={(event) => onChange('sort', event.target.value)}
        >
          {contactSorts.map((sort) => (
            <option key={sort} value={sort}>
              {contactSortLabel(sort)}
            </option>
          ))}
        </SelectField>
      </div>
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="group"
      >
        <summary className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-md text-sm font-semibold text-slate-800 select-none">
          <span
            aria-hidden="true"
            className="inline-block transition-transform group-open:rotate-90"
          >
            ›
          </span>
          <Trans>Filtres</Trans>
          {narrowing > 0 && (
            <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800 ring-1 ring-brand-200 ring-inset">
              {plural(narrowing, { one: '# actif', other: '# actifs' })}
            </span>
          )}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <TextField
            label={t`Étiquette`}
            placeholder={t`ex. vip`}
            autoComplete="off"
            value={filters.tag}
            onChange={(event) => onChange('tag', event.target.value)}
          />
          <SelectField
            label={t`Consentement`}
            value={filters.status}
            onChange={(event) => onChange('status', event.target.value)}
          >
            <option value="">{t`Tous les contacts`}</option>
            <option value="opted_in">{t`Abonnés`}</option>
            <option value="opted_out">{t`Désabonnés`}</option>
          </SelectField>
          <TextField
            label={t`Attribut`}
            placeholder={t`ex. ville`}
            autoComplete="off"
            value={filters.attributeKey}
            onChange={(event) => onChange('attributeKey', event.target.value)}
          />
          <TextField
            label={t`Valeur de l’attribut`}
            placeholder={t`ex. Douala`}
            autoComplete="off"
            value={filters.attributeValue}
            hint={
              filters.attributeKey.trim() && !filters.attributeValue.trim()
                ? t`Indiquez la valeur exacte recherchée.`
                : undefined
            }
            onChange={(event) => onChange('attributeValue', event.target.value)}
          />
        </div>
      </details>
      {hasActiveFilters(filters) && (
        <div>
          <Button variant="ghost" className="-ml-2" onClick={onClear}>
            <Trans>Effacer les filtres</Trans>
          </Button>
        </div>
      )}
    </search>
  );
}

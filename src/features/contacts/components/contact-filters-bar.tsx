import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import {
  contactSortLabels,
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
    <search aria-label="Filtrer les contacts" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_14rem]">
        <TextField
          label="Rechercher un contact"
          type="search"
          placeholder="Nom ou numéro"
          autoComplete="off"
          value={filters.search}
          onChange={(event) => onChange('search', event.target.value)}
        />
        <SelectField
          label="Trier par"
          value={filters.sort}
          onChange={(event) => onChange('sort', event.target.value)}
        >
          {contactSorts.map((sort) => (
            <option key={sort} value={sort}>
              {contactSortLabels[sort]}
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
          Filtres
          {narrowing > 0 && (
            <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800 ring-1 ring-brand-200 ring-inset">
              {narrowing} actif{narrowing > 1 ? 's' : ''}
            </span>
          )}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <TextField
            label="Étiquette"
            placeholder="ex. vip"
            autoComplete="off"
            value={filters.tag}
            onChange={(event) => onChange('tag', event.target.value)}
          />
          <SelectField
            label="Consentement"
            value={filters.status}
            onChange={(event) => onChange('status', event.target.value)}
          >
            <option value="">Tous les contacts</option>
            <option value="opted_in">Abonnés</option>
            <option value="opted_out">Désabonnés</option>
          </SelectField>
          <TextField
            label="Attribut"
            placeholder="ex. ville"
            autoComplete="off"
            value={filters.attributeKey}
            onChange={(event) => onChange('attributeKey', event.target.value)}
          />
          <TextField
            label="Valeur de l’attribut"
            placeholder="ex. Douala"
            autoComplete="off"
            value={filters.attributeValue}
            hint={
              filters.attributeKey.trim() && !filters.attributeValue.trim()
                ? 'Indiquez la valeur exacte recherchée.'
                : undefined
            }
            onChange={(event) => onChange('attributeValue', event.target.value)}
          />
        </div>
      </details>
      {hasActiveFilters(filters) && (
        <div>
          <Button variant="ghost" className="-ml-2" onClick={onClear}>
            Effacer les filtres
          </Button>
        </div>
      )}
    </search>
  );
}

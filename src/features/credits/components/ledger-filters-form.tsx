import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import {
  hasLedgerFilters,
  isInvertedRange,
  ledgerChannels,
  ledgerReasons,
  type LedgerFilterName,
  type LedgerFilters,
} from '../ledger-filters';
import { ledgerChannelLabel, ledgerReasonLabel } from '../ledger-labels';

/** The ledger's filters; each change goes to the address at once. */
export function LedgerFiltersForm({
  filters,
  onChange,
  onClear,
}: {
  filters: LedgerFilters;
  onChange: (name: LedgerFilterName, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useLingui();
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t`Motif`}
          value={filters.reason}
          onChange={(event) => onChange('reason', event.target.value)}
        >
          <option value="">{t`Tous les motifs`}</option>
          {ledgerReasons.map((reason) => (
            <option key={reason} value={reason}>
              {ledgerReasonLabel(reason)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t`Canal`}
          value={filters.channel}
          onChange={(event) => onChange('channel', event.target.value)}
        >
          <option value="">{t`Tous les canaux`}</option>
          {ledgerChannels.map((channel) => (
            <option key={channel} value={channel}>
              {ledgerChannelLabel(channel)}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label={t`Du`}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => onChange('from', event.target.value)}
        />
        <TextField
          type="date"
          label={t`Au`}
          value={filters.to}
          min={filters.from || undefined}
          error={isInvertedRange(filters) ? t`La date de fin précède la date de début.` : undefined}
          onChange={(event) => onChange('to', event.target.value)}
        />
      </div>
      {hasLedgerFilters(filters) && (
        <div>
          <Button variant="ghost" onClick={onClear}>
            <Trans>Effacer les filtres</Trans>
          </Button>
        </div>
      )}
    </div>
  );
}

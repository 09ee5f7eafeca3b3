import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { CloseIcon } from '../../../components/ui/icons';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { countries, countryName } from '../../../lib/countries';
import {
  attributeOperatorLabels,
  attributeOperators,
  conditionTypeLabels,
  conditionTypes,
  optInStatusLabels,
  optInStatuses,
} from '../../../../supabase/functions/_shared/segments/criteria.ts';
import type { ConditionDraft, SegmentFormValues } from '../segment-form';

type ConditionRowProps = {
  index: number;
  row: ConditionDraft;
  register: UseFormRegister<SegmentFormValues>;
  errors: FieldErrors<ConditionDraft> | undefined;
  readOnly: boolean;
  /** ids of the <datalist>s of the organisation's tags and attribute keys. */
  tagListId: string;
  keyListId: string;
  onRemove?: () => void;
};

/**
 * One condition: its type, then the inputs that type needs. A fieldset named « Condition n »,
 * so a screen reader says which row a field belongs to.
 */
export function ConditionRow({
  index,
  row,
  register,
  errors,
  readOnly,
  tagListId,
  keyListId,
  onRemove,
}: ConditionRowProps) {
  const path = `criteria.conditions.${index}` as const;
  const number = index + 1;
  const numeric = row.operator === 'greater' || row.operator === 'less';

  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Condition {number}</legend>
      <div className="grid min-w-0 gap-3 sm:grid-cols-2 sm:items-start">
        <SelectField label="Type de condition" disabled={readOnly} {...register(`${path}.type`)}>
          {conditionTypes.map((type) => (
            <option key={type} value={type}>
              {conditionTypeLabels[type]}
            </option>
          ))}
        </SelectField>

        {(row.type === 'has_tag' || row.type === 'lacks_tag') && (
          <TextField
            label="Étiquette"
            list={tagListId}
            autoComplete="off"
            spellCheck={false}
            readOnly={readOnly}
            placeholder="vip"
            error={errors?.tag?.message}
            {...register(`${path}.tag`)}
          />
        )}

        {row.type === 'attribute' && (
          <>
            <TextField
              label="Attribut"
              list={keyListId}
              autoComplete="off"
              spellCheck={false}
              readOnly={readOnly}
              placeholder="ville"
              error={errors?.key?.message}
              {...register(`${path}.key`)}
            />
            <SelectField
              label="Comparaison"
              disabled={readOnly}
              error={errors?.operator?.message}
              {...register(`${path}.operator`)}
            >
              {attributeOperators.map((operator) => (
                <option key={operator} value={operator}>
                  {attributeOperatorLabels[operator]}
                </option>
              ))}
            </SelectField>
            {row.operator !== 'exists' && (
              <TextField
                label={numeric ? 'Nombre' : 'Valeur'}
                autoComplete="off"
                inputMode={numeric ? 'decimal' : undefined}
                readOnly={readOnly}
                placeholder={numeric ? '18' : 'Douala'}
                hint={
                  numeric
                    ? 'Seuls les contacts dont l’attribut est un nombre sont comparés.'
                    : 'Sans tenir compte des majuscules ni des accents.'
                }
                error={errors?.value?.message}
                {...register(`${path}.value`)}
              />
            )}
          </>
        )}

        {row.type === 'opt_in_status' && (
          <SelectField label="Statut" disabled={readOnly} {...register(`${path}.status`)}>
            {optInStatuses.map((status) => (
              <option key={status} value={status}>
                {optInStatusLabels[status]}
              </option>
            ))}
          </SelectField>
        )}

        {row.type === 'created_between' && (
          <>
            <TextField
              label="Du"
              type="date"
              readOnly={readOnly}
              error={errors?.from?.message}
              {...register(`${path}.from`)}
            />
            <TextField
              label="Au (inclus)"
              type="date"
              readOnly={readOnly}
              error={errors?.to?.message}
              {...register(`${path}.to`)}
            />
            <p className="text-sm text-slate-600 sm:col-span-2">
              Une date suffit ; les jours sont ceux du fuseau horaire de l’organisation.
            </p>
          </>
        )}

        {row.type === 'country' && (
          <SelectField
            label="Pays du numéro"
            disabled={readOnly}
            error={errors?.country?.message}
            {...register(`${path}.country`)}
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
            {/* A country saved earlier that the list no longer offers stays choosable. */}
            {row.country && !countries.some((country) => country.code === row.country) && (
              <option value={row.country}>{countryName(row.country)}</option>
            )}
          </SelectField>
        )}
      </div>
      {onRemove && (
        <div>
          <Button variant="ghost" className="-ml-2" onClick={onRemove}>
            <CloseIcon className="size-4" />
            Retirer<span className="sr-only"> la condition {number}</span>
          </Button>
        </div>
      )}
    </fieldset>
  );
}

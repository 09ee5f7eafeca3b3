import { useLingui } from '@lingui/react/macro';
import { useId, type ComponentProps } from 'react';
import { choiceLabel, type SourceChoice } from '../parameter-bindings';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';

type ParameterSourceFieldsProps = {
  parameter: string;
  /** The row's current choice: it decides which input follows the select. */
  choice: SourceChoice;
  /** The select's and the value input's own props (react-hook-form's `register(…)`). */
  choiceProps: ComponentProps<'select'>;
  valueProps: ComponentProps<'input'>;
  choiceError?: string;
  valueError?: string;
  /** Attribute keys offered while the key is typed. */
  attributeKeys: readonly string[];
  /** Under the attribute key: where the keys come from, or the value it gives. */
  attributeHint: string;
};

/**
 * Where one placeholder's value comes from, as a group named after the placeholder: a select (a
 * contact field, an attribute or a fixed text) and, for the last two, the key or the text.
 */
export function ParameterSourceFields({
  parameter,
  choice,
  choiceProps,
  valueProps,
  choiceError,
  valueError,
  attributeKeys,
  attributeHint,
}: ParameterSourceFieldsProps) {
  const { t } = useLingui();
  const keyListId = useId();
  const option = (value: SourceChoice) => (
    <option key={value} value={value}>
      {choiceLabel(value)}
    </option>
  );

  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 font-mono text-sm font-semibold break-all text-slate-900">
        {`{{${parameter}}}`}
      </legend>
      <SelectField label={t`Source`} error={choiceError} {...choiceProps}>
        {option('')}
        <optgroup label={t`Champ du contact`}>
          {option('field:name')}
          {option('field:phone')}
        </optgroup>
        {option('attribute')}
        {option('text')}
      </SelectField>
      {choice === 'attribute' && (
        <>
          <TextField
            label={t`Clé de l’attribut`}
            autoComplete="off"
            spellCheck={false}
            list={keyListId}
            placeholder="ville"
            hint={attributeHint}
            error={valueError}
            {...valueProps}
          />
          <datalist id={keyListId}>
            {attributeKeys.map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
        </>
      )}
      {choice === 'text' && (
        <TextField
          label={t`Texte à insérer`}
          autoComplete="off"
          hint={t`Le même texte pour tous les contacts.`}
          error={valueError}
          {...valueProps}
        />
      )}
    </fieldset>
  );
}

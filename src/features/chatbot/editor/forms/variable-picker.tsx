import { useLingui } from '@lingui/react/macro';
import { CONTACT_FIELD_VARIABLES } from '@shared/bot/variables.ts';
import { useMemo } from 'react';
import { useWorkspace } from '../../../../lib/workspace';
import { useAttributeKeys } from '../../../inbox-settings/hooks/use-canned-responses';
import { useFlowEditor } from '../flow-store-context';
import { flowVariables, isNameable, variableToken } from './variables';

// `{{name}}` reads, in this order, the contact's own fields, the session's variables (answers
// kept as variables, HTTP results) and the contact's attributes (supabase/functions/_shared/bot/
// variables.ts): the picker offers the three kinds under their own headings.

/** « Insérer une variable… »: a choice that puts `{{name}}` where the caret of the field is. */
export function VariablePicker({
  onInsert,
  fieldLabel,
}: {
  onInsert: (token: string) => void;
  fieldLabel: string;
}) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const attributes = useAttributeKeys(organization.id, true);
  const doc = useFlowEditor((state) => state.doc);
  const variables = useMemo(() => flowVariables(doc), [doc]);
  const attributeKeys = (attributes.data ?? []).filter(isNameable);
  const fieldNames: Record<(typeof CONTACT_FIELD_VARIABLES)[number], string> = {
    name: t`Nom du contact`,
    first_name: t`Prénom du contact`,
    phone: t`Numéro du contact`,
    email: t`E-mail du contact`,
  };

  return (
    <select
      aria-label={t`Insérer une variable dans « ${fieldLabel} »`}
      value=""
      onChange={(event) => {
        if (event.target.value) onInsert(variableToken(event.target.value));
      }}
      className="nodrag min-h-9 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800"
    >
      <option value="">{t`Insérer une variable…`}</option>
      <optgroup label={t`Contact`}>
        {CONTACT_FIELD_VARIABLES.map((name) => (
          <option key={name} value={name}>
            {fieldNames[name]} · {variableToken(name)}
          </option>
        ))}
      </optgroup>
      {variables.length > 0 && (
        <optgroup label={t`Variables du parcours`}>
          {variables.map((name) => (
            <option key={name} value={name}>
              {variableToken(name)}
            </option>
          ))}
        </optgroup>
      )}
      {attributeKeys.length > 0 && (
        <optgroup label={t`Attributs du contact`}>
          {attributeKeys.map((key) => (
            <option key={key} value={key}>
              {variableToken(key)}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}

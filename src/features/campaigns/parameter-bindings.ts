import {
  bindingOf,
  type ParameterBinding,
  type ParameterMapping,
} from '../../../supabase/functions/_shared/templates/parameters.ts';

// The builder edits one row per placeholder: where its value comes from, chosen in one select (a
// contact field, an attribute or a fixed text), and for the last two the value typed beside it.
// The rows start from the template's own mapping, overridden by the campaign's.

export const sourceChoices = ['', 'field:name', 'field:phone', 'attribute', 'text'] as const;
export type SourceChoice = (typeof sourceChoices)[number];

export type BindingRow = { parameter: string; choice: SourceChoice; value: string };

export const choiceLabels: Record<SourceChoice, string> = {
  '': 'À définir',
  'field:name': 'Nom du contact',
  'field:phone': 'Téléphone du contact',
  attribute: 'Attribut du contact',
  text: 'Texte fixe',
};

function choiceOf(binding: ParameterBinding | undefined): SourceChoice {
  if (!binding) return '';
  if (binding.source === 'field') return binding.value === 'name' ? 'field:name' : 'field:phone';
  return binding.source;
}

/** One row per placeholder, from the mapping (the template's, overridden by the campaign's). */
export function toBindingRows(
  parameters: readonly string[],
  mapping: ParameterMapping,
): BindingRow[] {
  return parameters.map((parameter) => {
    const binding = bindingOf(mapping, parameter);
    const choice = choiceOf(binding);
    return {
      parameter,
      choice,
      value:
        binding && (binding.source === 'attribute' || binding.source === 'text')
          ? binding.value
          : '',
    };
  });
}

/** The binding a row describes; undefined while it is « À définir » or its value is missing. */
export function bindingFromRow(row: BindingRow): ParameterBinding | undefined {
  switch (row.choice) {
    case '':
      return undefined;
    case 'field:name':
      return { source: 'field', value: 'name' };
    case 'field:phone':
      return { source: 'field', value: 'phone' };
    case 'attribute': {
      const key = row.value.trim();
      return key ? { source: 'attribute', value: key } : undefined;
    }
    case 'text':
      return row.value.trim() ? { source: 'text', value: row.value } : undefined;
  }
}

/** The mapping to save, estimate and preview: rows still « À définir » are left out. */
export function toMapping(rows: readonly BindingRow[]): ParameterMapping {
  return Object.fromEntries(
    rows.flatMap((row) => {
      const binding = bindingFromRow(row);
      return binding ? [[row.parameter, binding] as const] : [];
    }),
  );
}

import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import {
  bindingOf,
  type ParameterBinding,
  type ParameterMapping,
} from '@shared/templates/parameters.ts';

// A template's placeholders as a form edits them, wherever a mapping is chosen (a template's own,
// a campaign's): one row per placeholder, with a choice in one select (a contact field, an
// attribute or a fixed text) and, for the last two, a value typed beside it.

export const sourceChoices = ['', 'field:name', 'field:phone', 'attribute', 'text'] as const;
export type SourceChoice = (typeof sourceChoices)[number];

export type BindingRow = { parameter: string; choice: SourceChoice; value: string };

const choiceLabels: Record<SourceChoice, MessageDescriptor> = {
  '': msg`À définir`,
  'field:name': msg`Nom du contact`,
  'field:phone': msg`Téléphone du contact`,
  attribute: msg`Attribut du contact`,
  text: msg`Texte fixe`,
};

/** The option a choice reads as in the source select: « Nom du contact », « Texte fixe »… */
export function choiceLabel(choice: SourceChoice): string {
  return i18n._(choiceLabels[choice]);
}

export const maxAttributeKeyLength = 100;
export const maxFixedTextLength = 1024;

function choiceOf(binding: ParameterBinding | undefined): SourceChoice {
  if (!binding) return '';
  if (binding.source === 'field') return binding.value === 'name' ? 'field:name' : 'field:phone';
  return binding.source;
}

/** One row per placeholder, filled from the mapping (placeholders it lacks are « À définir »). */
export function toBindingRows(
  parameters: readonly string[],
  mapping: ParameterMapping,
): BindingRow[] {
  return parameters.map((parameter) => {
    const binding = bindingOf(mapping, parameter);
    return {
      parameter,
      choice: choiceOf(binding),
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

/** « Nom du contact », « Attribut du contact « ville » », « Texte fixe « CNSA » », « À définir ». */
export function describeBinding(binding: ParameterBinding | undefined): string {
  if (binding?.source === 'attribute') {
    const key = binding.value;
    return t`Attribut du contact « ${key} »`;
  }
  if (binding?.source === 'text') {
    const text = binding.value;
    return t`Texte fixe « ${text} »`;
  }
  return choiceLabel(choiceOf(binding));
}

function characterCount(value: string): number {
  return Array.from(value).length;
}

/** What is wrong with a row's typed value, in the reader's language, or undefined when it can be sent. */
export function bindingValueProblem(row: BindingRow): string | undefined {
  const value = row.value.trim();
  if (row.choice === 'attribute') {
    if (!value) return t`Indiquez la clé de l’attribut`;
    if (characterCount(value) > maxAttributeKeyLength)
      return t`La clé doit contenir au plus ${maxAttributeKeyLength} caractères`;
  }
  if (row.choice === 'text') {
    if (!value) return t`Saisissez le texte à insérer`;
    // The figure is written out in the message (« 1 024 »): each language groups its thousands.
    if (characterCount(row.value) > maxFixedTextLength)
      return t`Le texte doit contenir au plus 1 024 caractères`;
    // WhatsApp refuses parameters with line breaks, tabs or more than 4 spaces in a row.
    if (/[\n\t]| {5}/.test(row.value))
      return t`WhatsApp refuse les retours à la ligne, les tabulations et plus de 4 espaces de suite`;
  }
  return undefined;
}

/** One row as a form checks it; a row left « À définir » passes (the caller decides). */
export const bindingRowSchema = z
  .object({
    parameter: z.string(),
    choice: z.enum(sourceChoices, { error: () => t`Choisissez d’où vient la valeur` }),
    value: z.string(),
  })
  .superRefine((row, context) => {
    const problem = bindingValueProblem(row);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['value'] });
  });

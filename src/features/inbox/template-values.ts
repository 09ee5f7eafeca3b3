import {
  parameterValues,
  placeholderNames,
  readParameterMapping,
} from '@shared/templates/parameters.ts';
import { readHeader } from '../../domain/templates/template-content';
import type { ApprovedTemplate } from './api';
import type { InboxContact } from './types';

// A template's placeholders for a conversation's contact, prefilled as the template's mapping says
// (the same rules as campaigns: supabase/functions/_shared/templates/parameters.ts).

/** The placeholders a template needs filled: its declared parameters, else those its text has. */
export function parametersOf(template: ApprovedTemplate): string[] {
  const header = readHeader(template.header);
  return template.parameters.length > 0
    ? template.parameters
    : placeholderNames(header?.text, template.body);
}

/** Each placeholder's value for the contact, from the template's mapping (empty when none). */
export function prefilledValues(
  template: ApprovedTemplate,
  contact: InboxContact,
): Record<string, string> {
  const attributes = Object.fromEntries(
    Object.entries(
      typeof contact.attributes === 'object' &&
        contact.attributes !== null &&
        !Array.isArray(contact.attributes)
        ? contact.attributes
        : {},
    ).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : value === null ? null : String(value),
    ]),
  );
  const values = parameterValues(
    parametersOf(template),
    readParameterMapping(template.parameter_mapping),
    {
      name: contact.name,
      phone: contact.phone,
      attributes,
    },
  );
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value ?? '']));
}

// Template parameters: where each placeholder's value comes from (the « parameter_mapping » of
// whatsapp_templates) and how a template's text reads once filled for one contact. Pure and
// runtime-neutral: the SPA's preview and the Edge Functions that send use the same rules.

/** The contact columns a placeholder may take its value from. */
export const contactFields = ['name', 'phone'] as const;
export type ContactField = (typeof contactFields)[number];

export type ParameterBinding =
  | { source: 'field'; value: ContactField }
  | { source: 'attribute'; value: string }
  | { source: 'text'; value: string };

export type ParameterSource = ParameterBinding['source'];

/** Placeholder name → where its value comes from; placeholders without one are not mapped yet. */
export type ParameterMapping = Record<string, ParameterBinding>;

/** What a send knows about a contact. */
export interface TemplateContact {
  name: string | null;
  /** E.164, as WCAP stores numbers. */
  phone: string;
  /** Custom attributes by key (« ville », « centre »…). */
  attributes: Record<string, string | null | undefined>;
}

const placeholderPattern = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Placeholder names in order of first appearance: `{{name}}` or `{{1}}`. */
export function placeholderNames(...texts: (string | null | undefined)[]): string[] {
  const names: string[] = [];
  for (const text of texts) {
    for (const match of (text ?? '').matchAll(placeholderPattern)) {
      const name = match[1];
      if (name !== undefined && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isContactField(value: unknown): value is ContactField {
  return contactFields.some((field) => field === value);
}

/** One binding as stored, or undefined when it is not one WCAP understands. */
export function readBinding(value: unknown): ParameterBinding | undefined {
  if (!isRecord(value)) return undefined;
  const { source, value: target } = value;
  if (typeof target !== 'string') return undefined;
  if (source === 'field') return isContactField(target) ? { source, value: target } : undefined;
  if (source === 'attribute') {
    const key = target.trim();
    return key ? { source, value: key } : undefined;
  }
  if (source === 'text') return { source, value: target };
  return undefined;
}

/** The stored jsonb read defensively: entries WCAP does not understand are left out. */
export function readParameterMapping(value: unknown): ParameterMapping {
  if (!isRecord(value)) return {};
  // fromEntries defines own properties, so a placeholder named « __proto__ » stays a plain key.
  return Object.fromEntries(
    Object.entries(value).flatMap(([name, binding]) => {
      const read = readBinding(binding);
      return read ? [[name, read] as const] : [];
    }),
  );
}

function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The binding of one placeholder, if it has one. */
export function bindingOf(mapping: ParameterMapping, name: string): ParameterBinding | undefined {
  return ownValue(mapping, name);
}

/** The value a binding gives for a contact; undefined when the contact has none. */
export function resolveBinding(
  binding: ParameterBinding | undefined,
  contact: TemplateContact,
): string | undefined {
  if (!binding) return undefined;
  let value: string | null | undefined;
  switch (binding.source) {
    case 'field':
      value = binding.value === 'name' ? contact.name : contact.phone;
      break;
    case 'attribute':
      value = ownValue(contact.attributes, binding.value);
      break;
    case 'text':
      value = binding.value;
      break;
  }
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}

/** Each placeholder's value for a contact (undefined: not mapped, or nothing to put in it). */
export function parameterValues(
  parameters: readonly string[],
  mapping: ParameterMapping,
  contact: TemplateContact,
): Record<string, string | undefined> {
  return Object.fromEntries(
    parameters.map((name) => [name, resolveBinding(bindingOf(mapping, name), contact)]),
  );
}

/** Placeholders that have no binding yet. */
export function unmappedParameters(
  parameters: readonly string[],
  mapping: ParameterMapping,
): string[] {
  return parameters.filter((name) => !bindingOf(mapping, name));
}

/** The text with each placeholder replaced by its value; placeholders without one stay as written. */
export function fillPlaceholders(text: string, values: Record<string, string | undefined>): string {
  return text.replace(placeholderPattern, (placeholder, name: string) => {
    return ownValue(values, name) ?? placeholder;
  });
}

// `{{name}}` in what the bot says: the contact's own fields first, then the session's variables
// (answers, HTTP results), then the contact's attributes. Unknown names read as nothing, so a
// message never shows braces to a contact.

/** What a text may name: the contact's fields and attributes, and the session's variables. */
export interface VariableSources {
  contact: {
    name: string | null;
    phone: string;
    email: string | null;
    attributes: Record<string, string>;
  };
  variables: Record<string, string>;
}

/** The names that read the contact's own fields, before any variable or attribute. */
export const CONTACT_FIELD_VARIABLES = ['name', 'first_name', 'phone', 'email'] as const;

const PLACEHOLDER = /\{\{\s*([^{}]{1,64}?)\s*\}\}/g;

function contactField(name: string, contact: VariableSources['contact']): string | undefined {
  switch (name) {
    case 'name':
      return contact.name?.trim() ?? '';
    case 'first_name':
      return contact.name?.trim().split(/\s+/)[0] ?? '';
    case 'phone':
      return contact.phone;
    case 'email':
      return contact.email ?? '';
    default:
      return undefined;
  }
}

/** The value a name reads, or '' when nothing holds it. */
export function variableValue(name: string, sources: VariableSources): string {
  return (
    contactField(name, sources.contact) ??
    (Object.hasOwn(sources.variables, name) ? sources.variables[name] : undefined) ??
    (Object.hasOwn(sources.contact.attributes, name)
      ? sources.contact.attributes[name]
      : undefined) ??
    ''
  );
}

/**
 * `text` with each `{{name}}` replaced by its value; `encode` is applied to the values only (a
 * URL's query takes them percent-encoded).
 */
export function renderText(
  text: string,
  sources: VariableSources,
  encode: (value: string) => string = (value) => value,
): string {
  return text.replace(PLACEHOLDER, (_, name: string) => encode(variableValue(name, sources)));
}

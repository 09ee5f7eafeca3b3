import type { SandboxTemplate } from './seed-templates';

export interface NameValue {
  name: string;
  value: string;
}

/**
 * Why these parameters cannot fill the template, or null when they can. Wati parameters are named
 * (`custom_params[].name`): every name the template declares must be given a non-empty value, and
 * no other name.
 */
export function parameterProblem(template: SandboxTemplate, params: NameValue[]): string | null {
  const expected = template.custom_params.map((param) => param.name);
  const given = params.map((param) => param.name);
  const missing = expected.filter((name) => !given.includes(name));
  if (missing.length > 0) {
    return `missing parameter(s) for template '${template.name}': ${missing.join(', ')}`;
  }
  const unknown = given.filter((name) => !expected.includes(name));
  if (unknown.length > 0) {
    return `unknown parameter(s) for template '${template.name}': ${unknown.join(', ')} (expected ${expected.join(', ') || 'none'})`;
  }
  const duplicated = given.filter((name, index) => given.indexOf(name) !== index);
  if (duplicated.length > 0) return `parameter(s) given twice: ${duplicated.join(', ')}`;
  const empty = params.filter((param) => param.value.trim() === '').map((param) => param.name);
  if (empty.length > 0) return `empty parameter value(s): ${empty.join(', ')}`;
  return null;
}

/** The text WhatsApp shows: each `{{name}}` replaced by its value. */
export function fillPlaceholders(text: string, params: NameValue[]): string {
  return text.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (placeholder, name: string) => {
    const param = params.find((candidate) => candidate.name === name);
    return param === undefined ? placeholder : param.value;
  });
}

/** Reads `[{name, value}]` from a request body; null when it is not that shape. */
export function readNameValues(value: unknown): NameValue[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const params: NameValue[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object') return null;
    const { name, value: paramValue } = item as Record<string, unknown>;
    if (typeof name !== 'string') return null;
    if (typeof paramValue !== 'string' && typeof paramValue !== 'number') return null;
    params.push({ name, value: String(paramValue) });
  }
  return params;
}

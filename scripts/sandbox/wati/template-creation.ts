import { v3Error } from './http-answers';
import { objectId } from './ids';
import { isAnswer, objectBody, requiredString, type Checked } from './request-fields';
import type { SandboxTemplate } from './seed-templates';
import type { SandboxTenant } from './tenant-state';

// Legacy template creation (`POST /{tenantId}/api/v1/whatsApp/templates`): Wati documents neither
// the body nor the answer (reference §3.2, §3.4). The sandbox takes what the legacy template list
// returns — `elementName`, `category`, `language`, `body`, `customParams [{paramName,
// paramValue}]` — for body-only templates, and refuses what WhatsApp refuses when a template is
// created.

export const TEMPLATE_NAME_MAX = 512;
export const TEMPLATE_BODY_MAX = 1024;
const TEMPLATE_NAME = /^[a-z0-9_]+$/;
const LANGUAGE_CODE = /^[a-z]{2,3}(_[A-Z]{2})?$/;
const CATEGORIES = ['MARKETING', 'UTILITY'] as const;
/** Anything written like a variable, well formed or not. */
const VARIABLE_LIKE = /\{\{[^{}]*\}\}/g;
const NUMBERED_VARIABLE = /^\{\{([1-9][0-9]*)\}\}$/;

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', en: 'English' };

export interface TemplateCreation {
  name: string;
  category: (typeof CATEGORIES)[number];
  language: string;
  body: string;
  samples: Array<{ name: string; value: string }>;
}

/**
 * The request's fields, or the 400 for a body that is not what the route takes (missing or
 * mistyped fields). Whether WhatsApp would accept the template is `creationRefusal`'s question.
 */
export function readTemplateCreation(body: unknown): Checked<TemplateCreation> {
  const fields = objectBody(body);
  if (isAnswer(fields)) return fields;
  const name = requiredString(fields.value, 'elementName');
  if (isAnswer(name)) return name;
  const category = requiredString(fields.value, 'category');
  if (isAnswer(category)) return category;
  const language = requiredString(fields.value, 'language');
  if (isAnswer(language)) return language;
  const text = requiredString(fields.value, 'body');
  if (isAnswer(text)) return text;
  if (!(CATEGORIES as readonly string[]).includes(category.value)) {
    return { answer: v3Error(400, `The category field must be ${CATEGORIES.join(' or ')}.`) };
  }
  if (!LANGUAGE_CODE.test(language.value)) {
    return { answer: v3Error(400, 'The language field must be a language code such as fr.') };
  }
  const params = fields.value.customParams ?? [];
  if (!Array.isArray(params)) {
    return { answer: v3Error(400, 'The customParams field must be a list.') };
  }
  const samples: TemplateCreation['samples'] = [];
  for (const [index, item] of params.entries()) {
    const { paramName, paramValue } = (item ?? {}) as Record<string, unknown>;
    if (typeof paramName !== 'string' || typeof paramValue !== 'string') {
      return {
        answer: v3Error(400, `customParams[${index}] must be {paramName, paramValue}, strings.`),
      };
    }
    samples.push({ name: paramName, value: paramValue });
  }
  return {
    value: {
      name: name.value,
      category: category.value as TemplateCreation['category'],
      language: language.value,
      body: text.value,
      samples,
    },
  };
}

/**
 * Why WhatsApp would refuse to create this template, in Meta's English, or null. The name:
 * lowercase letters, digits and `_`, at most 512 characters, unused in that language by the
 * tenant. The body: at most 1,024 characters, variables `{{1}}`, `{{2}}`… from 1 without gaps,
 * neither first nor last nor side by side, each with one non-empty sample and no other sample.
 */
export function creationRefusal(tenant: SandboxTenant, request: TemplateCreation): string | null {
  const { name, language, body, samples } = request;
  if (!TEMPLATE_NAME.test(name) || name.length > TEMPLATE_NAME_MAX) {
    return `Template name must contain only lowercase letters, digits and underscores, at most ${TEMPLATE_NAME_MAX} characters.`;
  }
  const taken = tenant.templates.some(
    (template) => template.name === name && template.language_option.value === language,
  );
  if (taken) return `A template named '${name}' already exists for language '${language}'.`;
  if ([...body].length > TEMPLATE_BODY_MAX) {
    return `Template body must be at most ${TEMPLATE_BODY_MAX} characters.`;
  }
  const trimmed = body.trim();
  const variables = trimmed.match(VARIABLE_LIKE) ?? [];
  const numbers = new Set<number>();
  for (const variable of variables) {
    const number = NUMBERED_VARIABLE.exec(variable)?.[1];
    if (!number) return `Invalid variable ${variable}: variables are written {{1}}, {{2}}…`;
    numbers.add(Number(number));
  }
  if (/\{\{|\}\}/.test(trimmed.replace(VARIABLE_LIKE, ''))) {
    return 'Template body has unbalanced variable braces.';
  }
  if (numbers.size !== Math.max(0, ...numbers)) {
    return 'Variables must be numbered in sequence from {{1}}, without gaps.';
  }
  if (variables.length > 0 && (trimmed.startsWith('{{') || trimmed.endsWith('}}'))) {
    return 'Variables cannot be at the start or end of the template body.';
  }
  if (/\}\}\s*\{\{/.test(trimmed)) return 'Variables cannot be next to each other.';
  const expected = [...numbers].map(String);
  const given = samples.map((sample) => sample.name);
  const missing = expected.filter(
    (number) => !samples.some((sample) => sample.name === number && sample.value.trim() !== ''),
  );
  if (missing.length > 0) {
    return `A sample value is required for each variable: missing for ${missing.map((n) => `{{${n}}}`).join(', ')}.`;
  }
  const unknown = given.filter(
    (sampleName, index) => !expected.includes(sampleName) || given.indexOf(sampleName) !== index,
  );
  if (unknown.length > 0) {
    return `customParams names no variable of the body, or one twice: ${unknown.join(', ')}.`;
  }
  return null;
}

/** The template as the tenant keeps it once submitted: pending WhatsApp's review. */
export function pendingTemplate(request: TemplateCreation, at: Date): SandboxTemplate {
  const languageName = LANGUAGE_NAMES[request.language] ?? request.language;
  return {
    id: objectId(),
    name: request.name,
    category: request.category,
    sub_category: 'STANDARD',
    status: 'PENDING',
    language_option: { key: languageName, value: request.language, text: languageName },
    hsm: request.body,
    hsm_original: request.body,
    body: request.body,
    body_original: request.body,
    header: null,
    footer: null,
    buttons: [],
    buttons_type: 'none',
    carousel_cards: [],
    // Ordered as the variables are numbered, whatever order the request gave them in.
    custom_params: [...request.samples].sort((a, b) => Number(a.name) - Number(b.name)),
    expires_in: null,
    include_expiry_time: false,
    add_security_recommendation: false,
    is_url_btn_click_tracking_enabled: false,
    limited_time_offer: null,
    catalog_info: null,
    quality: 'UNKNOWN',
    creation_method: 'HUMAN',
    last_modified: at.toISOString(),
    type: 'TEXT',
  };
}

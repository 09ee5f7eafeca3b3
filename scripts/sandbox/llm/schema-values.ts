import { pick, type Bounds, type Copywriter, type Random } from './copy';
import type { Language } from './language';

/** A JSON Schema as a request carries it: read loosely, never trusted. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;
type SchemaObject = { [keyword: string]: unknown };

export interface ValueContext {
  /** The whole schema, for `$ref`. */
  root: JsonSchema;
  writer: Copywriter;
  random: Random;
  language: Language;
  /** The user messages' words, lower-cased: an enum value they name is chosen. */
  userWords: readonly string[];
}

// A recursive schema ($ref to itself) stops here: arrays get no items, nullable branches null.
const MAX_DEPTH = 12;
const DEFAULT_ITEMS = 3;

/**
 * A value that validates against `schema`, meaningful where the property names say what they
 * hold: `variants`, `text`, `message`… get WhatsApp copy, `language` the detected language,
 * `intent`, `tone`, `title` a short phrase; everything else follows the keywords (type, enum,
 * const, lengths, item counts, bounds, `$ref`, `anyOf`, `allOf`). `pattern` is not generated
 * for: a value that does not match it is kept.
 */
export function valueFromSchema(schema: JsonSchema, context: ValueContext): unknown {
  return generate(schema, '', context, 0);
}

function generate(schema: JsonSchema, name: string, context: ValueContext, depth: number): unknown {
  if (schema === false) return null;
  const node = resolve(schema === true ? {} : schema, context.root);
  if ('const' in node) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return chooseEnum(node.enum, name, context);
  if (Array.isArray(node.allOf)) {
    return generate(mergeAll(node, context.root), name, context, depth + 1);
  }
  const branches = (Array.isArray(node.anyOf) ? node.anyOf : node.oneOf) as
    JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) {
    const nonNull = branches.filter((b) => !isNullSchema(resolveLoose(b, context.root)));
    if (nonNull.length === 0 || depth >= MAX_DEPTH) return null;
    return generate(nonNull[0] as JsonSchema, name, context, depth + 1);
  }
  switch (typeOf(node)) {
    case 'null':
      return null;
    case 'boolean':
      return context.random() < 0.5;
    case 'integer':
      return numberFor(node, true, context.random);
    case 'number':
      return numberFor(node, false, context.random);
    case 'array':
      return arrayFor(node, name, context, depth);
    case 'object':
      return objectFor(node, context, depth);
    default:
      return stringFor(node, name, context);
  }
}

function objectFor(node: SchemaObject, context: ValueContext, depth: number): unknown {
  const properties = (isObject(node.properties) ? node.properties : {}) as Record<
    string,
    JsonSchema
  >;
  const result: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (depth >= MAX_DEPTH && !requiredKeys(node).includes(key)) continue;
    result[key] = generate(property, key, context, depth + 1);
  }
  for (const key of requiredKeys(node)) {
    if (!(key in result)) result[key] = generate(true, key, context, depth + 1);
  }
  return result;
}

function arrayFor(node: SchemaObject, name: string, context: ValueContext, depth: number) {
  const min = numberKeyword(node.minItems) ?? 0;
  const max = numberKeyword(node.maxItems) ?? Infinity;
  const count = depth >= MAX_DEPTH ? min : Math.min(Math.max(DEFAULT_ITEMS, min), max);
  const prefix = Array.isArray(node.prefixItems) ? (node.prefixItems as JsonSchema[]) : [];
  const items = (node.items ?? true) as JsonSchema;
  const result: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const itemSchema = prefix[i] ?? items;
    let value = generate(itemSchema, name, context, depth + 1);
    // Copy is distinct by construction; other values may need a few more draws.
    for (let tries = 0; node.uniqueItems === true && seen.has(key(value)) && tries < 20; tries++) {
      value = generate(itemSchema, name, context, depth + 1);
    }
    seen.add(key(value));
    result.push(value);
  }
  return result;
}

const LANGUAGE_NAME = /lang|locale/i;
const INTENT_NAME = /intent|goal|objecti|purpose/i;
const TONE_NAME = /^tone|tone$|^ton$|style|mood/i;
const MESSAGE_NAME =
  /variant|message|text|body|corps|content|contenu|reply|r[ée]ponse|response|answer|draft|brouillon|copy|suggestion/i;

function stringFor(node: SchemaObject, name: string, context: ValueContext): string {
  const bounds: Bounds = {
    minLength: numberKeyword(node.minLength),
    maxLength: numberKeyword(node.maxLength),
  };
  const text =
    formatValue(node.format, context.random) ??
    (LANGUAGE_NAME.test(name)
      ? context.language
      : INTENT_NAME.test(name)
        ? context.writer.phrase('intent', bounds)
        : TONE_NAME.test(name)
          ? context.writer.phrase('tone', bounds)
          : MESSAGE_NAME.test(name)
            ? context.writer.message(bounds)
            : context.writer.phrase('title', bounds));
  if (typeof node.pattern !== 'string') return text;
  let pattern: RegExp;
  try {
    pattern = new RegExp(node.pattern, 'u');
  } catch {
    return text;
  }
  const candidates = [text, context.language, ...context.userWords, 'a', '0', 'A1'];
  return candidates.find((candidate) => pattern.test(candidate)) ?? text;
}

// Named so that it does not shadow the schema keyword in readers' minds.
function formatValue(format: unknown, random: Random): string | undefined {
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365) * 86_400_000);
  switch (format) {
    case 'date-time':
      return day.toISOString();
    case 'date':
      return day.toISOString().slice(0, 10);
    case 'time':
      return '09:30:00Z';
    case 'email':
      return 'contact@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/';
    case 'hostname':
      return 'example.com';
    case 'ipv4':
      return '192.0.2.1';
    case 'uuid': {
      const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
    }
    default:
      return undefined;
  }
}

function numberFor(node: SchemaObject, integer: boolean, random: Random): number {
  const step = integer ? 1 : 0.01;
  const exclusiveMin = node.exclusiveMinimum;
  const exclusiveMax = node.exclusiveMaximum;
  let low =
    typeof exclusiveMin === 'number'
      ? exclusiveMin + step
      : (numberKeyword(node.minimum) ?? 0) + (exclusiveMin === true ? step : 0);
  let high =
    typeof exclusiveMax === 'number'
      ? exclusiveMax - step
      : (numberKeyword(node.maximum) ?? low + 100) - (exclusiveMax === true ? step : 0);
  const multipleOf = numberKeyword(node.multipleOf);
  if (multipleOf !== undefined && multipleOf > 0) {
    const first = Math.ceil(low / multipleOf);
    const last = Math.floor(high / multipleOf);
    return (first + Math.floor(random() * Math.max(1, last - first + 1))) * multipleOf;
  }
  if (integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
    return low + Math.floor(random() * Math.max(1, high - low + 1));
  }
  return Math.min(high, Math.round((low + random() * (high - low)) * 100) / 100);
}

const FRENCH_VALUE = /^(?:fr(?:[-_]\w+)?|french|fran[çc]ais)$/i;
const ENGLISH_VALUE = /^(?:en(?:[-_]\w+)?|english|anglais)$/i;

function chooseEnum(values: unknown[], name: string, context: ValueContext): unknown {
  const languageValue = values.find(
    (value) =>
      typeof value === 'string' &&
      (context.language === 'fr' ? FRENCH_VALUE : ENGLISH_VALUE).test(value),
  );
  if (languageValue !== undefined && (LANGUAGE_NAME.test(name) || values.length <= 3)) {
    return languageValue;
  }
  const named = values.find(
    (value) =>
      typeof value === 'string' &&
      value.length >= 4 &&
      context.userWords.some(
        (word) =>
          word.length >= 4 &&
          (word.startsWith(value.toLowerCase()) || value.toLowerCase().startsWith(word)),
      ),
  );
  return named !== undefined ? named : pick(context.random, values);
}

/**
 * The same value made not to validate, as a model that ignores the schema would answer: one
 * item fewer in the first array that needs items, else a required property gone, else a value
 * of another type.
 */
export function breakValue(value: unknown, schema: JsonSchema, root: JsonSchema): unknown {
  const node = resolve(schema === true || schema === false ? {} : schema, root);
  if (isObject(value) && isObject(node.properties)) {
    for (const [key, property] of Object.entries(node.properties as Record<string, JsonSchema>)) {
      const propertyNode = resolveLoose(property, root);
      const items = value[key];
      if (
        Array.isArray(items) &&
        items.length > 0 &&
        (numberKeyword(propertyNode.minItems) ?? 0) >= items.length
      ) {
        return { ...value, [key]: items.slice(0, -1) };
      }
    }
    const required = requiredKeys(node).find((key) => key in value);
    if (required !== undefined) {
      const rest = { ...value };
      delete rest[required];
      return rest;
    }
  }
  return typeof value === 'string' ? 42 : 'not what the schema asks for';
}

/**
 * Why OpenAI would refuse this schema in strict mode, in its words, or null: the root is an
 * object, and every object lists all its properties as required and forbids others.
 */
export function strictSchemaProblem(schema: unknown): string | null {
  if (!isObject(schema) || schema.type !== 'object') {
    const type = isObject(schema) && typeof schema.type === 'string' ? schema.type : 'None';
    return `schema must be a JSON Schema of 'type: "object"', got 'type: "${type}"'.`;
  }
  const visit = (node: unknown, path: string[]): string | null => {
    if (!isObject(node)) return null;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes('object')) {
      const context = `In context=${pythonTuple(path)}`;
      if (node.additionalProperties !== false) {
        return `${context}, 'additionalProperties' is required to be supplied and to be false.`;
      }
      const keys = Object.keys(isObject(node.properties) ? node.properties : {});
      const required = requiredKeys(node);
      const missing = keys.find((key) => !required.includes(key));
      if (missing !== undefined) {
        return `${context}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
      }
    }
    const children: [unknown, string[]][] = [];
    for (const keyword of ['properties', '$defs', 'definitions']) {
      const map = node[keyword];
      if (isObject(map)) {
        for (const [key, child] of Object.entries(map)) children.push([child, [keyword, key]]);
      }
    }
    if (node.items !== undefined) children.push([node.items, ['items']]);
    for (const keyword of ['anyOf', 'allOf']) {
      const list = node[keyword];
      if (Array.isArray(list))
        list.forEach((child, i) => children.push([child, [keyword, `${i}`]]));
    }
    for (const [child, steps] of children) {
      const problem = visit(child, [...path, ...steps]);
      if (problem !== null) return problem;
    }
    return null;
  };
  return visit(schema, []);
}

function pythonTuple(path: string[]): string {
  if (path.length === 0) return '()';
  const items = path.map((step) => `'${step}'`);
  return path.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

function resolve(node: SchemaObject, root: JsonSchema): SchemaObject {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string' && hops < MAX_DEPTH; hops += 1) {
    const { $ref, ...siblings } = current;
    const target = pointer(root, $ref as string);
    current = { ...(isObject(target) ? target : {}), ...siblings };
  }
  return current;
}

function resolveLoose(schema: unknown, root: JsonSchema): SchemaObject {
  return isObject(schema) ? resolve(schema, root) : {};
}

function pointer(root: JsonSchema, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const steps = ref
    .slice(1)
    .split('/')
    .filter((step) => step !== '')
    .map((step) => decodeURIComponent(step).replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = root;
  for (const step of steps) current = isObject(current) ? current[step] : undefined;
  return current;
}

function mergeAll(node: SchemaObject, root: JsonSchema): SchemaObject {
  const { allOf, ...rest } = node;
  let merged: SchemaObject = rest;
  for (const part of allOf as unknown[]) {
    const resolved = resolveLoose(part, root);
    merged = {
      ...merged,
      ...resolved,
      properties: {
        ...(isObject(merged.properties) ? merged.properties : {}),
        ...(isObject(resolved.properties) ? resolved.properties : {}),
      },
      required: [...requiredKeys(merged), ...requiredKeys(resolved)],
    };
  }
  return merged;
}

function typeOf(node: SchemaObject): string {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const first = types.find((type) => typeof type === 'string' && type !== 'null');
  if (typeof first === 'string') return first;
  if (types.includes('null')) return 'null';
  if (node.properties !== undefined) return 'object';
  if (node.items !== undefined || node.prefixItems !== undefined) return 'array';
  return 'string';
}

function isNullSchema(node: SchemaObject): boolean {
  return node.type === 'null' || (Array.isArray(node.type) && node.type.every((t) => t === 'null'));
}

function requiredKeys(node: SchemaObject): string[] {
  return Array.isArray(node.required)
    ? node.required.filter((key): key is string => typeof key === 'string')
    : [];
}

function numberKeyword(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function key(value: unknown): string {
  return JSON.stringify(value);
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Copywriter, seededRandom } from './copy';
import { detectLanguage, topic, type ChatMessage, type Language } from './language';
import { breakValue, strictSchemaProblem, valueFromSchema, type JsonSchema } from './schema-values';

// The generator against schemas of every shape WCAP may send, each value checked with zod's own
// JSON Schema reader; and the language and topic heuristics.

function generate(schema: JsonSchema, language: Language = 'fr', seed = 1): unknown {
  const random = seededRandom(seed);
  return valueFromSchema(schema, {
    root: schema,
    writer: new Copywriter(language, 'pagnes wax à Douala', false, random),
    random,
    language,
    userWords: ['promo', 'pagnes', 'wax', 'douala'],
  });
}

function validates(schema: JsonSchema, value: unknown): boolean {
  return z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(value)
    .success;
}

const SCHEMAS: Record<string, JsonSchema> = {
  'nested objects and arrays': {
    type: 'object',
    properties: {
      campaign: {
        type: 'object',
        properties: {
          title: { type: 'string', maxLength: 40 },
          messages: {
            type: 'array',
            minItems: 2,
            items: {
              type: 'object',
              properties: { body: { type: 'string' }, order: { type: 'integer', minimum: 1 } },
              required: ['body', 'order'],
            },
          },
        },
        required: ['title', 'messages'],
      },
    },
    required: ['campaign'],
  },
  'nullable fields as anyOf and type lists': {
    type: 'object',
    properties: {
      note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      count: { type: ['integer', 'null'], maximum: 3 },
      nothing: { type: 'null' },
    },
    required: ['note', 'count', 'nothing'],
  },
  'references to $defs': {
    type: 'object',
    $defs: {
      variant: { type: 'object', properties: { text: { type: 'string' } } },
      tone: { enum: ['warm', 'formal'] },
    },
    properties: {
      variants: { type: 'array', items: { $ref: '#/$defs/variant' }, minItems: 3, maxItems: 3 },
      tone: { $ref: '#/$defs/tone' },
    },
    required: ['variants', 'tone'],
  },
  // As the openai package writes shared zod schemas (draft 7).
  'references to definitions': {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    definitions: { variant: { type: 'object', properties: { text: { type: 'string' } } } },
    properties: { variant: { $ref: '#/definitions/variant' } },
    required: ['variant'],
  },
  'numbers, bounds and multiples': {
    type: 'object',
    properties: {
      price: { type: 'number', exclusiveMinimum: 0, maximum: 10 },
      percent: { type: 'integer', minimum: 5, maximum: 50, multipleOf: 5 },
      ratio: { type: 'number', minimum: 0, maximum: 1 },
      flag: { type: 'boolean' },
    },
    required: ['price', 'percent', 'ratio', 'flag'],
  },
  'formats, const and unique items': {
    type: 'object',
    properties: {
      sendAt: { type: 'string', format: 'date-time' },
      contact: { type: 'string', format: 'email' },
      id: { type: 'string', format: 'uuid' },
      kind: { const: 'broadcast' },
      tags: { type: 'array', uniqueItems: true, minItems: 2, items: { enum: ['a', 'b', 'c'] } },
    },
    required: ['sendAt', 'contact', 'id', 'kind', 'tags'],
  },
  'short and long strings': {
    type: 'object',
    properties: {
      text: { type: 'string', maxLength: 12 },
      message: { type: 'string', minLength: 300, maxLength: 320 },
      tiny: { type: 'string', minLength: 1, maxLength: 1 },
    },
    required: ['text', 'message', 'tiny'],
  },
  'allOf merged': {
    allOf: [
      { type: 'object', properties: { language: { type: 'string' } }, required: ['language'] },
      { properties: { reply: { type: 'string', maxLength: 4096 } }, required: ['reply'] },
    ],
  },
};

describe('values from a schema', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`validates: ${name}`, () => {
      for (const seed of [1, 2, 3]) {
        for (const language of ['fr', 'en'] as const) {
          const value = generate(schema, language, seed);
          expect(validates(schema, value), JSON.stringify(value)).toBe(true);
        }
      }
    });
  }

  it('gives as many distinct variants as the schema asks, within maxLength', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        variants: {
          type: 'array',
          minItems: 7,
          maxItems: 7,
          items: { type: 'string', maxLength: 1024 },
        },
      },
      required: ['variants'],
    };
    const { variants } = generate(schema) as { variants: string[] };
    expect(new Set(variants).size).toBe(7);
    for (const text of variants) expect(text).toContain('pagnes wax à Douala');
  });

  it('writes the detected language into a language field, matched to the enum’s spelling', () => {
    const schema = (values: string[]): JsonSchema => ({
      type: 'object',
      properties: { detected_language: { type: 'string', enum: values } },
      required: ['detected_language'],
    });
    expect(generate(schema(['en', 'fr']), 'fr')).toEqual({ detected_language: 'fr' });
    expect(generate(schema(['French', 'English']), 'en')).toEqual({
      detected_language: 'English',
    });
    expect(generate(schema(['fr-FR', 'en-GB']), 'en')).toEqual({ detected_language: 'en-GB' });
    expect(
      generate({ type: 'object', properties: { language: { type: 'string' } } }, 'en'),
    ).toEqual({ language: 'en' });
  });

  it('is the same for the same seed', () => {
    const schema = SCHEMAS['nested objects and arrays'] as JsonSchema;
    expect(generate(schema, 'fr', 42)).toEqual(generate(schema, 'fr', 42));
    expect(generate(schema, 'fr', 42)).not.toEqual(generate(schema, 'fr', 43));
  });

  it('breaks a value so that it no longer validates', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const broken = breakValue(generate(schema), schema, schema);
      expect(validates(schema, broken), name).toBe(false);
    }
  });
});

describe('strict schemas', () => {
  it('accepts what OpenAI accepts in strict mode', () => {
    expect(
      strictSchemaProblem({
        type: 'object',
        properties: {
          variants: {
            type: 'array',
            items: {
              type: 'object',
              properties: { text: { type: 'string' } },
              required: ['text'],
              additionalProperties: false,
            },
          },
        },
        required: ['variants'],
        additionalProperties: false,
      }),
    ).toBeNull();
  });

  it('names the first problem as OpenAI words it', () => {
    expect(strictSchemaProblem({ type: 'array' })).toBe(
      `schema must be a JSON Schema of 'type: "object"', got 'type: "array"'.`,
    );
    expect(
      strictSchemaProblem({
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' } },
        required: ['a'],
        additionalProperties: false,
      }),
    ).toBe(
      "In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'b'.",
    );
    expect(
      strictSchemaProblem({
        type: 'object',
        properties: { v: { type: 'array', items: { type: 'object', properties: {} } } },
        required: ['v'],
        additionalProperties: false,
      }),
    ).toBe(
      "In context=('properties', 'v', 'items'), 'additionalProperties' is required to be supplied and to be false.",
    );
  });
});

describe('language and topic', () => {
  const user = (content: string): ChatMessage => ({ role: 'user', content });
  const system = (content: string): ChatMessage => ({ role: 'system', content });

  it('tells French from English by the people’s messages, not the system prompt', () => {
    expect(detectLanguage([system('You write WhatsApp copy.'), user('Promo sur le riz')])).toBe(
      'fr',
    );
    expect(detectLanguage([system('Tu rédiges des messages.'), user('Rice on sale today')])).toBe(
      'en',
    );
    expect(detectLanguage([user("Réouverture de l'épicerie")])).toBe('fr');
    expect(detectLanguage([user('Open house for the new branch')])).toBe('en');
  });

  it('weighs the last message double and reads text parts', () => {
    expect(
      detectLanguage([
        user('Bonjour, je voudrais des infos'),
        {
          role: 'user',
          content: [{ type: 'text', text: 'Can you send me the price list please' }],
        },
      ]),
    ).toBe('en');
  });

  it('follows an explicit request for one language, and calls a tie French', () => {
    expect(detectLanguage([user('Rédige-le en anglais : soldes de rentrée')])).toBe('en');
    expect(detectLanguage([system('language: fr'), user('Back to school sale for the kids')])).toBe(
      'fr',
    );
    expect(
      detectLanguage([system('Réponds en français ou en anglais'), user('Sale on the shoes')]),
    ).toBe('en');
    expect(detectLanguage([user('Douala 2026')])).toBe('fr');
  });

  it('takes the topic from the brief’s first content word to the end of its sentence', () => {
    expect(topic([user('Rédige une promo de 20 % sur le wax. Ton joyeux.')])).toBe(
      'promo de 20 % sur le wax',
    );
    expect(topic([user('Promo de 20% sur les pagnes')])).toBe('promo de 20% sur les pagnes');
    expect(topic([user("Annonce l'ouverture du magasin")])).toBe('ouverture du magasin');
    expect(topic([user('Write about {{1}} and the MTN offer')])).toBe('MTN offer');
    expect(topic([user('Rédige trois variantes')])).toBe('');
  });
});

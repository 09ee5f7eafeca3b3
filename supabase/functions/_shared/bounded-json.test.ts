import { describe, expect, it } from 'vitest';
import {
  nestedDeeperThan,
  readBoundedJson,
  storableCopy,
  unstorableTextAt,
} from './bounded-json.ts';

const limits = { maxBytes: 1024, maxDepth: 4 };
const post = (body: string) => new Request('http://localhost/', { method: 'POST', body });

describe('readBoundedJson', () => {
  it('reads an object within the bounds', async () => {
    expect(await readBoundedJson(post('{"a":{"b":[1,{"c":"}}}]]"}]}}'), limits)).toEqual({
      ok: true,
      value: { a: { b: [1, { c: '}}}]]' }] } },
      raw: '{"a":{"b":[1,{"c":"}}}]]"}]}}',
    });
  });

  it('refuses a body nested deeper than allowed, before parsing it', async () => {
    const deep = `{"eventType":"x","a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(await readBoundedJson(post(deep), { maxBytes: 100_000, maxDepth: 32 })).toEqual({
      ok: false,
      refusal: {
        status: 422,
        code: 'payload_too_deep',
        message: 'Événement refusé : plus de 32 niveaux d’objets imbriqués.',
      },
    });
  });

  it('refuses a body over the size limit, counted in bytes', async () => {
    const big = JSON.stringify({ text: 'é'.repeat(600) });
    expect(await readBoundedJson(post(big), limits)).toMatchObject({
      ok: false,
      refusal: { status: 413, code: 'payload_too_large' },
    });
  });

  it.each(['not json', '[1,2]', 'null', '"text"'])(
    'refuses %s: not a JSON object',
    async (body) => {
      expect(await readBoundedJson(post(body), limits)).toMatchObject({
        ok: false,
        refusal: { status: 400, code: 'invalid_json' },
      });
    },
  );
});

describe('nestedDeeperThan', () => {
  it('counts brackets outside strings only, escaped quotes included', () => {
    expect(nestedDeeperThan('{"a":"[[[[[\\"[[[["}', 1)).toBe(false);
    expect(nestedDeeperThan('[[]]', 1)).toBe(true);
  });
});

describe('text Postgres can store', () => {
  const payload = { ok: 'été 👋', list: ['fine', { 'bad\u0000key': 1 }], lone: 'x\udc00' };

  it('finds where a NUL character or a lone surrogate is', () => {
    expect(unstorableTextAt(payload)).toBe('list.1.bad\u0000key');
    expect(unstorableTextAt({ ok: 'été 👋' })).toBeUndefined();
  });

  it('makes a copy with U+FFFD in their place', () => {
    expect(storableCopy(payload)).toEqual({
      ok: 'été 👋',
      list: ['fine', { 'bad\uFFFDkey': 1 }],
      lone: 'x\uFFFD',
    });
    expect(unstorableTextAt(storableCopy(payload))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { Params } from './http';

describe('Params', () => {
  it('reads fields like Go’s decoder: null or missing is the zero value', () => {
    const params = Params.parse('{"email":"a@b.cm","phone":null,"data":{"x":1},"flag":true}');
    expect(params.string('email')).toBe('a@b.cm');
    expect(params.string('phone')).toBe('');
    expect(params.optionalString('password')).toBeUndefined();
    expect(params.object('data')).toEqual({ x: 1 });
    expect(params.boolean('flag')).toBe(true);
    expect(params.boolean('other')).toBe(false);
  });

  it('answers bad_json for malformed bodies and fields of the wrong type', () => {
    for (const body of ['', '{"email":', '[]', '"text"']) {
      expect(() => Params.parse(body), body).toThrow(
        expect.objectContaining({ status: 400, code: 'bad_json' }),
      );
    }
    expect(() => Params.parse('{"email":42}').string('email')).toThrow(/field "email"/);
    expect(() => Params.parse('{"data":[1]}').object('data')).toThrow(
      expect.objectContaining({ code: 'bad_json' }),
    );
  });
});

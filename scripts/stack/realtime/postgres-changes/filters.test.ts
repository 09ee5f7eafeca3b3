import { describe, expect, it } from 'vitest';
import { conditionSql, parseFilter } from './filters';

describe('parseFilter', () => {
  it('reads each classic operator', () => {
    for (const operator of ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'] as const) {
      expect(parseFilter(`room_id=${operator}.7`)).toEqual({
        ok: true,
        conditions: [{ column: 'room_id', operator, value: '7' }],
      });
    }
  });

  it('keeps everything after the operator as the value', () => {
    expect(parseFilter('at=gt.2025-01-01T10:00:00.5+01:00')).toEqual({
      ok: true,
      conditions: [{ column: 'at', operator: 'gt', value: '2025-01-01T10:00:00.5+01:00' }],
    });
    expect(parseFilter('body=eq.a=b.c')).toMatchObject({ conditions: [{ value: 'a=b.c' }] });
  });

  it('turns an `in` list into a Postgres array literal, quoted elements included', () => {
    expect(parseFilter('status=in.(open,closed,"on hold")')).toEqual({
      ok: true,
      conditions: [{ column: 'status', operator: 'in', value: '{open,closed,"on hold"}' }],
    });
    expect(parseFilter('status=in.open')).toEqual({
      ok: false,
      message: 'Error parsing `filter` params: `in` filter value must be wrapped by parentheses',
    });
  });

  it('unquotes a double-quoted value, as realtime-js quotes values with reserved characters', () => {
    expect(parseFilter('body=eq."a, (b) \\"c\\""')).toMatchObject({
      conditions: [{ value: 'a, (b) "c"' }],
    });
    expect(parseFilter('body=eq."half')).toMatchObject({ conditions: [{ value: '"half' }] });
  });

  it('reads comma-separated conditions as AND, commas inside lists and quotes excepted', () => {
    expect(parseFilter('id=gt.0, status=in.(a,b),body=eq."x,y"')).toEqual({
      ok: true,
      conditions: [
        { column: 'id', operator: 'gt', value: '0' },
        { column: 'status', operator: 'in', value: '{a,b}' },
        { column: 'body', operator: 'eq', value: 'x,y' },
      ],
    });
  });

  it('treats an absent or blank filter as no condition', () => {
    expect(parseFilter(undefined)).toEqual({ ok: true, conditions: [] });
    expect(parseFilter('  ')).toEqual({ ok: true, conditions: [] });
  });

  it('rejects unsupported operators and malformed conditions', () => {
    expect(parseFilter('body=like.hey%')).toEqual({
      ok: false,
      message:
        'Error parsing `filter` params: ["like","hey%"]. Supported operators: eq, neq, lt, lte, gt, gte, in',
    });
    expect(parseFilter('id=not.eq.5')).toMatchObject({ ok: false });
    expect(parseFilter('undefined')).toEqual({
      ok: false,
      message: 'Error parsing `filter` params: ["undefined"]',
    });
    expect(parseFilter('id=eq.1,,body=eq.2')).toMatchObject({ ok: false });
  });
});

describe('conditionSql', () => {
  it('casts the value to the column type, as an array for `in`', () => {
    expect(conditionSql('r."n"', 'lte', '$2', 'numeric')).toBe('(r."n" <= $2::numeric)');
    expect(conditionSql('r."n"', 'neq', '$2', 'numeric')).toBe('(r."n" <> $2::numeric)');
    expect(conditionSql('r."s"', 'in', '$3', 'text')).toBe('(r."s" = any($3::text[]))');
  });
});

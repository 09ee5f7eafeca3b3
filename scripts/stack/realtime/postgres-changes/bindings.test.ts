import { describe, expect, it } from 'vitest';
import { describeBinding, matchesEvent, normalizeBinding } from './bindings';

describe('normalizeBinding', () => {
  it('applies upstream defaults: public schema for a lone table, every table for a lone schema', () => {
    expect(normalizeBinding({ id: 1, params: { event: 'INSERT', table: 'messages' } })).toEqual({
      ok: true,
      request: { id: 1, event: 'INSERT', schema: 'public', table: 'messages', conditions: [] },
    });
    expect(normalizeBinding({ id: 2, params: { event: '*', schema: 'public' } })).toMatchObject({
      request: { schema: 'public', table: '*' },
    });
  });

  it('reads the event case-insensitively; anything unknown means every event', () => {
    const event = (value: string): unknown =>
      normalizeBinding({ id: 1, params: { event: value, table: 't' } });
    expect(event('delete')).toMatchObject({ request: { event: 'DELETE' } });
    expect(event('*')).toMatchObject({ request: { event: '*' } });
    expect(event('TRUNCATE')).toMatchObject({ request: { event: '*' } });
  });

  it('parses the filter and rejects a binding without schema and table', () => {
    expect(
      normalizeBinding({ id: 1, params: { event: '*', table: 't', filter: 'id=in.(1,2)' } }),
    ).toMatchObject({
      request: { conditions: [{ column: 'id', operator: 'in', value: '{1,2}' }] },
    });
    expect(
      normalizeBinding({ id: 1, params: { event: '*', table: 't', filter: 'id=is.null' } }),
    ).toMatchObject({
      ok: false,
    });
    expect(normalizeBinding({ id: 1, params: { event: '*' } })).toEqual({
      ok: false,
      message:
        'No subscription params provided. Please provide at least a `schema` or `table` to subscribe to: {"event":"*"}',
    });
  });
});

describe('describeBinding', () => {
  it('lists the parameters as upstream error messages do', () => {
    const normalized = normalizeBinding({
      id: 1,
      params: { event: '*', schema: 'public', table: 'x', filter: 'room=eq.7' },
    });
    if (!normalized.ok) throw new Error(normalized.message);
    expect(describeBinding(normalized.request)).toBe(
      'schema: public, table: x, filters: [{"room", "eq", "7"}]',
    );
    expect(describeBinding({ ...normalized.request, conditions: [] })).toBe(
      'schema: public, table: x, filters: []',
    );
  });
});

describe('matchesEvent', () => {
  it('matches the same event or any event for *', () => {
    expect(matchesEvent('*', 'DELETE')).toBe(true);
    expect(matchesEvent('UPDATE', 'UPDATE')).toBe(true);
    expect(matchesEvent('INSERT', 'UPDATE')).toBe(false);
  });
});

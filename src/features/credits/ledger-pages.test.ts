import { describe, expect, it } from 'vitest';
import { afterCursorFilter, toLedgerPage } from './ledger-pages';

const line = (id: number, createdAt = '2026-12-16T10:00:00.123456+00:00') => ({ id, createdAt });

describe('toLedgerPage', () => {
  it('keeps the page and starts the next one after its last line when more follow', () => {
    const rows = [line(5), line(4), line(3)];
    expect(toLedgerPage(rows, 2)).toEqual({
      entries: [line(5), line(4)],
      next: { id: 4, createdAt: '2026-12-16T10:00:00.123456+00:00' },
    });
  });

  it('ends when the request brought no extra line', () => {
    expect(toLedgerPage([line(2), line(1)], 2)).toEqual({
      entries: [line(2), line(1)],
      next: null,
    });
    expect(toLedgerPage([], 50)).toEqual({ entries: [], next: null });
  });
});

describe('afterCursorFilter', () => {
  it('selects older lines, and lines of the same instant with a smaller id, the instant quoted', () => {
    expect(afterCursorFilter({ createdAt: '2026-12-16T10:00:00.123456+00:00', id: 42 })).toBe(
      'created_at.lt."2026-12-16T10:00:00.123456+00:00",and(created_at.eq."2026-12-16T10:00:00.123456+00:00",id.lt.42)',
    );
  });
});

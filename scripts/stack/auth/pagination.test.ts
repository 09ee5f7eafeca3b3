import { describe, expect, it } from 'vitest';
import { paginationHeaders, readPage } from './pagination';

describe('readPage', () => {
  it('defaults to page 1 of 50 and reads what auth-js sends', () => {
    expect(readPage(new URLSearchParams('page=&per_page='))).toEqual({ page: 1, perPage: 50 });
    expect(readPage(new URLSearchParams('page=3&per_page=20'))).toEqual({ page: 3, perPage: 20 });
    expect(() => readPage(new URLSearchParams('page=two'))).toThrow(
      expect.objectContaining({ status: 400, code: 'validation_failed' }),
    );
  });
});

describe('paginationHeaders', () => {
  it('links the next and last pages with page as the first parameter', () => {
    const query = new URLSearchParams('per_page=2&page=1');
    expect(paginationHeaders('/admin/users', query, { page: 1, perPage: 2 }, 5)).toEqual({
      link: '</admin/users?page=2&per_page=2>; rel="next", </admin/users?page=3&per_page=2>; rel="last"',
      'x-total-count': '5',
    });
  });

  it('gives only the last page on the last page', () => {
    const headers = paginationHeaders(
      '/admin/users',
      new URLSearchParams(),
      { page: 3, perPage: 2 },
      5,
    );
    expect(headers.link).toBe('</admin/users?page=3>; rel="last"');
  });

  it('is parsed by auth-js the way auth-js parses it', () => {
    const { link } = paginationHeaders(
      '/admin/users',
      new URLSearchParams('page=1&per_page=10'),
      { page: 1, perPage: 10 },
      35,
    );
    // auth-js: the digit right after the first '=' of each link, and the quoted rel.
    const parsed = Object.fromEntries(
      link
        .split(',')
        .map((part) => [
          JSON.parse(part.split(';')[1]!.split('=')[1]!),
          parseInt(part.split(';')[0]!.split('=')[1]!.substring(0, 1)),
        ]),
    );
    expect(parsed).toEqual({ next: 2, last: 4 });
  });
});

import { AuthError } from './errors';

const DEFAULT_PER_PAGE = 50;

export interface Page {
  page: number;
  perPage: number;
}

function readNumber(query: URLSearchParams, key: string, fallback: number): number {
  const text = query.get(key) ?? '';
  if (text === '') return fallback;
  if (!/^\d+$/.test(text)) {
    throw new AuthError(
      400,
      'validation_failed',
      `Bad Pagination Parameters: strconv.ParseUint: parsing "${text}": invalid syntax`,
    );
  }
  return Math.max(1, Number(text));
}

/** `?page=&per_page=` as GoTrue reads them (1 and 50 by default). */
export function readPage(query: URLSearchParams): Page {
  return {
    page: readNumber(query, 'page', 1),
    perPage: readNumber(query, 'per_page', DEFAULT_PER_PAGE),
  };
}

/** The request's URL for another page. `page` comes first: auth-js reads the digit after the first `=`. */
function pageUrl(path: string, query: URLSearchParams, page: number): string {
  const rest = [...query.entries()]
    .filter(([key]) => key !== 'page')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${path}?${new URLSearchParams([['page', String(page)], ...rest]).toString()}`;
}

/** GoTrue's `Link` (next, last) and `X-Total-Count` headers for a listing. */
export function paginationHeaders(
  path: string,
  query: URLSearchParams,
  { page, perPage }: Page,
  total: number,
): { link: string; 'x-total-count': string } {
  const totalPages = Math.ceil(total / perPage);
  const links = [];
  if (totalPages > page) links.push(`<${pageUrl(path, query, page + 1)}>; rel="next"`);
  links.push(`<${pageUrl(path, query, totalPages)}>; rel="last"`);
  return { link: links.join(', '), 'x-total-count': String(total) };
}

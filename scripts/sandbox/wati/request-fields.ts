import { v3Error, type Answer } from './http-answers';

// Small readers for JSON bodies and query strings: each returns the value, or the 400 answer Wati
// gives for it, so that routes read top to bottom.

/** An operator's email, checked loosely. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type Checked<T> = { value: T } | { answer: Answer };

export function isAnswer<T>(checked: Checked<T>): checked is { answer: Answer } {
  return 'answer' in checked;
}

export function objectBody(body: unknown): Checked<Record<string, unknown>> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { answer: v3Error(400, 'The request body must be a JSON object.') };
  }
  return { value: body as Record<string, unknown> };
}

export function requiredString(body: Record<string, unknown>, field: string): Checked<string> {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    return { answer: v3Error(400, `The ${field} field is required.`) };
  }
  return { value };
}

export function optionalString(
  body: Record<string, unknown>,
  field: string,
): Checked<string | null> {
  const value = body[field];
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string')
    return { answer: v3Error(400, `The ${field} field must be a string.`) };
  return { value };
}

const MAX_PAGE_SIZE = 100;

export interface Page {
  number: number;
  size: number;
}

/** V3 pagination: `page_number` (1-based) and `page_size` (at most 100), both required. */
export function v3Page(query: URLSearchParams): Checked<Page> {
  const number = Number(query.get('page_number'));
  const size = Number(query.get('page_size'));
  if (!query.has('page_number') || !Number.isInteger(number) || number < 1) {
    return { answer: v3Error(400, 'The page_number parameter is required and must be 1 or more.') };
  }
  if (!query.has('page_size') || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    return {
      answer: v3Error(
        400,
        `The page_size parameter is required and must be 1 to ${MAX_PAGE_SIZE}.`,
      ),
    };
  }
  return { value: { number, size } };
}

export function pageOf<T>(items: readonly T[], page: Page): T[] {
  return items.slice((page.number - 1) * page.size, page.number * page.size);
}

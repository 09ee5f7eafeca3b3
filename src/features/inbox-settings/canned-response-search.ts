import type { CannedResponse } from './api';

/** Lower case without accents, so « É » finds « e ». */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether the reply's short code (with or without its « / ») or its text contains `query`. */
export function matchesSearch(
  response: Pick<CannedResponse, 'shortCode' | 'content'>,
  query: string,
): boolean {
  const needle = fold(query.trim());
  if (needle === '') return true;
  const code = needle.startsWith('/') ? needle.slice(1) : needle;
  return fold(response.shortCode).includes(code) || fold(response.content).includes(needle);
}

import { plural } from '@lingui/core/macro';

/** « Aucun contact ne correspond », « 1 contact correspond », « 1 234 contacts correspondent ». */
export function contactCountText(count: number): string {
  return plural(count, {
    0: 'Aucun contact ne correspond',
    one: '# contact correspond',
    other: '# contacts correspondent',
  });
}

/** The same, as the sentence the preview announces: « 3 contacts correspondent. » */
export function contactCountSentence(count: number): string {
  return plural(count, {
    0: 'Aucun contact ne correspond.',
    one: '# contact correspond.',
    other: '# contacts correspondent.',
  });
}

/** « 0 contact », « 1 contact », « 25 000 contacts ». */
export function contactTotal(count: number): string {
  return plural(count, { one: '# contact', other: '# contacts' });
}

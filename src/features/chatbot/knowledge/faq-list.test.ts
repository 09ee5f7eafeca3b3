import { describe, expect, it } from 'vitest';
import type { FaqEntry } from './api';
import { categoriesOf, filterEntries, groupByCategory, withoutCategory } from './faq-list';

const entry = (id: string, category: string | null, answer: string, questions: string[]) =>
  ({
    id,
    category,
    answer,
    enabled: true,
    questions: questions.map((question, index) => ({ id: `${id}${index}`, question, words: [] })),
  }) satisfies FaqEntry;

const entries = [
  entry('1', 'Horaires', 'Du lundi au vendredi.', ['Quels sont vos horaires ?']),
  entry('2', null, 'Au guichet.', ['Où payer ma cotisation ?']),
  entry('3', 'Agences', 'À Libreville et Douala.', ['Où sont vos agences ?']),
  entry('4', 'Horaires', 'Non, fermé le samedi.', ['Ouvert le samedi ?']),
];

describe('filterEntries', () => {
  it('finds every word of the search, accents and case aside', () => {
    expect(filterEntries(entries, { search: 'OU sont', category: '' }).map((e) => e.id)).toEqual([
      '3',
    ]);
    expect(filterEntries(entries, { search: 'cotisation', category: '' }).map((e) => e.id)).toEqual(
      ['2'],
    );
  });

  it('keeps a category, or the entries without one', () => {
    expect(filterEntries(entries, { search: '', category: 'Horaires' }).map((e) => e.id)).toEqual([
      '1',
      '4',
    ]);
    expect(
      filterEntries(entries, { search: '', category: withoutCategory }).map((e) => e.id),
    ).toEqual(['2']);
  });
});

describe('categories', () => {
  it('are listed alphabetically, and group the entries with those without one last', () => {
    expect(categoriesOf(entries, 'fr')).toEqual(['Agences', 'Horaires']);
    expect(
      groupByCategory(entries, 'fr').map((group) => [
        group.category,
        group.entries.map((e) => e.id),
      ]),
    ).toEqual([
      ['Agences', ['3']],
      ['Horaires', ['1', '4']],
      [null, ['2']],
    ]);
  });
});

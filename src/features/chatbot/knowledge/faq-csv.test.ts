import { describe, expect, it } from 'vitest';
import { EXCEL_BOM } from '../../../lib/excel-csv';
import { faqToCsv, readFaqRecords, type FaqCsvEntry } from './faq-csv';
import { readFaqFile } from './read-faq-file';

const entries: FaqCsvEntry[] = [
  {
    category: 'Horaires',
    answer: 'Du lundi au vendredi ; de 7 h 30 à 15 h 30.',
    questions: ['Quels sont vos horaires ?', 'Vous ouvrez à quelle heure ?'],
  },
  {
    category: null,
    answer: 'Dites « carte perdue ».',
    questions: ['=1+1 ma carte', 'Perdu "carte"'],
  },
];

const bytes = (text: string) => new TextEncoder().encode(text);

describe('faqToCsv', () => {
  it('writes one line per phrasing under French titles, for Excel', () => {
    const csv = faqToCsv(entries);
    expect(csv.startsWith(`${EXCEL_BOM}categorie;question;reponse\r\n`)).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      `${EXCEL_BOM}categorie;question;reponse`,
      'Horaires;Quels sont vos horaires ?;"Du lundi au vendredi ; de 7 h 30 à 15 h 30."',
      'Horaires;Vous ouvrez à quelle heure ?;"Du lundi au vendredi ; de 7 h 30 à 15 h 30."',
      ";'=1+1 ma carte;Dites « carte perdue ».",
      ';"Perdu ""carte""";Dites « carte perdue ».',
      '',
    ]);
  });

  it('reads back what it wrote', () => {
    const reading = readFaqFile(bytes(faqToCsv(entries)));
    expect(reading).toEqual({
      ok: true,
      problems: [],
      entries: [
        { ...entries[0], lines: [2, 3] },
        { ...entries[1], lines: [4, 5] },
      ],
    });
  });
});

describe('readFaqFile', () => {
  it('reads Excel’s Windows-1252 and comma-separated files, with titles in any case or language', () => {
    const windows1252 = Uint8Array.from([
      ...bytes('Question;R'),
      0xe9, // é
      ...bytes('ponse;Cat'),
      0xe9,
      ...bytes('gorie\r\nO'),
      0xf9, // ù
      ...bytes(' payer ?;Au guichet.;Paiement\r\n'),
    ]);
    expect(readFaqFile(windows1252)).toMatchObject({
      ok: true,
      entries: [{ category: 'Paiement', answer: 'Au guichet.', questions: ['Où payer ?'] }],
    });
    expect(readFaqFile(bytes('answer,question\nYes,"Open, today?"\n'))).toMatchObject({
      ok: true,
      entries: [{ category: null, answer: 'Yes', questions: ['Open, today?'] }],
    });
  });

  it('says why a file cannot be read', () => {
    expect(readFaqFile(bytes(''))).toEqual({ ok: false, message: 'Le fichier est vide.' });
    expect(readFaqFile(bytes('nom;telephone\nAwa;+237670000000\n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Colonnes introuvables/),
    });
    expect(readFaqFile(bytes('question;reponse\n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/aucune question/),
    });
    expect(readFaqFile(bytes('question;reponse\n"Ouvert ?;Oui\n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Guillemet/),
    });
  });
});

describe('readFaqRecords', () => {
  const header = ['categorie', 'question', 'reponse'];

  it('names each faulty line with its reasons, in French, and keeps the others', () => {
    const reading = readFaqRecords([
      header,
      ['A', 'Bonne ?', 'Oui'],
      ['', '', 'Sans question'],
      ['A', 'x'.repeat(301), ''],
      ['c'.repeat(61), 'Catégorie ?', 'Trop longue'],
      ['', '', ''],
      ['A', 'Réponse ?', 'r'.repeat(1025)],
    ]);
    expect(reading).toEqual({
      ok: true,
      entries: [{ category: 'A', answer: 'Oui', questions: ['Bonne ?'], lines: [2] }],
      problems: [
        { line: 3, message: 'question manquante' },
        {
          line: 4,
          message: 'question de plus de 300 caractères ; réponse manquante',
        },
        { line: 5, message: 'catégorie de plus de 60 caractères' },
        { line: 7, message: 'réponse de plus de 1\u202f024 caractères' },
      ],
    });
  });

  it('groups lines by category and answer, each phrasing once, twenty at most', () => {
    const lines = Array.from({ length: 22 }, (_, i) => ['A', `Q${i % 21}`, 'Même réponse']);
    const reading = readFaqRecords([header, ...lines, ['B', 'Q1', 'Même réponse']]);
    expect(reading.ok && reading.entries.map((entry) => entry.questions.length)).toEqual([20, 1]);
    expect(reading.ok && reading.problems).toEqual([
      { line: 22, message: 'plus de 20 questions pour la même réponse' },
    ]);
  });

  it('refuses more entries than one import takes', () => {
    const lines = Array.from({ length: 2001 }, (_, i) => ['', `Q${i}`, `R${i}`]);
    expect(readFaqRecords([header, ...lines])).toEqual({
      ok: false,
      message: '2\u202f001 réponses dans le fichier : importez-en au plus 2\u202f000 à la fois.',
    });
  });
});

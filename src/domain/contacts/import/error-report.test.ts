import { setupI18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { errorReportCsv } from './error-report';

describe('errorReportCsv', () => {
  it('writes a `;` CSV with a BOM and a header, in line order, quoted where needed', () => {
    const csv = errorReportCsv([
      { line: 9, value: 'Mbarga; Jean', reason: 'Numéro manquant' },
      { line: 3, value: '222 23 45 67', reason: 'Numéro fixe : pas de WhatsApp', name: 'Bureau' },
      { line: 5, value: 'dit "le grand"\n2e ligne', reason: 'Ce n’est pas un numéro de téléphone' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Ligne;Nom;Valeur;Motif',
      '3;Bureau;222 23 45 67;Numéro fixe : pas de WhatsApp',
      '5;;"dit ""le grand""\n2e ligne";Ce n’est pas un numéro de téléphone',
      '9;;"Mbarga; Jean";Numéro manquant',
      '',
    ]);
  });

  it('never lets Excel run a cell as a formula, but leaves numbers alone', () => {
    const csv = errorReportCsv([
      { line: 2, value: '=HYPERLINK("http://x")', reason: 'Ce n’est pas un numéro de téléphone' },
      { line: 3, value: '+237 671 23 45 67', reason: 'Numéro déjà présent ligne 2' },
      { line: 4, value: '@SUM(A1)', reason: 'Ce n’est pas un numéro de téléphone' },
      { line: 5, value: '-cmd|x', reason: 'Ce n’est pas un numéro de téléphone' },
    ]);
    expect(csv.slice(1).split('\r\n').slice(1, 5)).toEqual([
      '2;;"\'=HYPERLINK(""http://x"")";Ce n’est pas un numéro de téléphone',
      '3;;+237 671 23 45 67;Numéro déjà présent ligne 2',
      "4;;'@SUM(A1);Ce n’est pas un numéro de téléphone",
      "5;;'-cmd|x;Ce n’est pas un numéro de téléphone",
    ]);
    expect(errorReportCsv([{ line: 2, value: '1', reason: '', name: '=cmd' }])).toContain(
      "2;'=cmd;1;",
    );
  });

  it('still has its header when there is nothing to report', () => {
    expect(errorReportCsv([])).toBe('\uFEFFLigne;Nom;Valeur;Motif\r\n');
  });

  it('says the reasons in the reader’s language, from their codes or from the server’s French', () => {
    const english = setupI18n({
      locale: 'en',
      messages: {
        en: {
          'contacts.report.line': 'Line',
          'contacts.report.name': 'Name',
          'contacts.report.value': 'Value',
          'contacts.report.reason': 'Reason',
          'contacts.refusal.duplicate': 'Number already on line {line}',
          'contacts.refusal.too_many_tags': 'More than {max} tags',
        },
      },
    });
    const csv = errorReportCsv(
      [
        {
          line: 3,
          value: '699123456',
          reason: 'Numéro déjà présent ligne 2',
          refusal: { code: 'duplicate', values: { line: 2 } },
          name: 'Zoé',
        },
        // From a server that gives its reason in French only.
        { line: 4, value: '677123456', reason: 'Plus de 100 étiquettes' },
        // A sentence it does not know stays as it is.
        { line: 5, value: '690123456', reason: 'Autre chose' },
      ],
      english,
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Line;Name;Value;Reason',
      '3;Zoé;699123456;Number already on line 2',
      '4;;677123456;More than 100 tags',
      '5;;690123456;Autre chose',
      '',
    ]);
  });
});

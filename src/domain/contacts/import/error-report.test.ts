import { describe, expect, it } from 'vitest';
import { errorReportCsv } from './error-report';

describe('errorReportCsv', () => {
  it('writes a `;` CSV with a BOM and a header, in line order, quoted where needed', () => {
    const csv = errorReportCsv([
      { line: 9, value: 'Mbarga; Jean', reason: 'Numéro manquant' },
      { line: 3, value: '222 23 45 67', reason: 'Numéro fixe : pas de WhatsApp' },
      { line: 5, value: 'dit "le grand"\n2e ligne', reason: 'Ce n’est pas un numéro de téléphone' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Ligne;Valeur;Motif',
      '3;222 23 45 67;Numéro fixe : pas de WhatsApp',
      '5;"dit ""le grand""\n2e ligne";Ce n’est pas un numéro de téléphone',
      '9;"Mbarga; Jean";Numéro manquant',
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
      '2;"\'=HYPERLINK(""http://x"")";Ce n’est pas un numéro de téléphone',
      '3;+237 671 23 45 67;Numéro déjà présent ligne 2',
      "4;'@SUM(A1);Ce n’est pas un numéro de téléphone",
      "5;'-cmd|x;Ce n’est pas un numéro de téléphone",
    ]);
  });

  it('still has its header when there is nothing to report', () => {
    expect(errorReportCsv([])).toBe('\uFEFFLigne;Valeur;Motif\r\n');
  });
});

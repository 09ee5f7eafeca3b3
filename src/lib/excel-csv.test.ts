import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './excel-csv';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Awa Mbárga')).toBe('Awa Mbárga');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a, b')).toBe('a, b');
  });

  it('quotes separators, quotes and line ends, doubling inner quotes', () => {
    expect(csvCell('Ngono; Marie')).toBe('"Ngono; Marie"');
    expect(csvCell('dit "Maman"')).toBe('"dit ""Maman"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(' espace ')).toBe('" espace "');
  });

  it('neutralises what a spreadsheet would run as a formula, not plain numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+cmd|x')).toBe("'+cmd|x");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('+237671234567')).toBe('+237671234567');
    expect(csvCell('-5,5')).toBe('-5,5');
  });

  it('joins a line with semicolons and ends it with CRLF', () => {
    expect(csvLine(['a', 'b;c', null])).toBe('a;"b;c";\r\n');
  });
});

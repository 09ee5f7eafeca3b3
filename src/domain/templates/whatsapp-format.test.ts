import { describe, expect, it } from 'vitest';
import { parseWhatsAppFormatting } from './whatsapp-format';

describe('parseWhatsAppFormatting', () => {
  it('reads bold, italic, strikethrough and code', () => {
    expect(parseWhatsAppFormatting('Bonjour *Awa*, _merci_ ~pas~ `code`.')).toEqual([
      'Bonjour ',
      { style: 'bold', children: ['Awa'] },
      ', ',
      { style: 'italic', children: ['merci'] },
      ' ',
      { style: 'strike', children: ['pas'] },
      ' ',
      { style: 'code', children: ['code'] },
      '.',
    ]);
  });

  it('nests styles, but never inside code', () => {
    expect(parseWhatsAppFormatting('*très _important_*')).toEqual([
      { style: 'bold', children: ['très ', { style: 'italic', children: ['important'] }] },
    ]);
    expect(parseWhatsAppFormatting('```*brut*\nsur deux lignes```')).toEqual([
      { style: 'code', children: ['*brut*\nsur deux lignes'] },
    ]);
  });

  it('leaves markers inside words, before spaces or unclosed as text', () => {
    expect(parseWhatsAppFormatting('numero_dossier et date_debut')).toEqual([
      'numero_dossier et date_debut',
    ]);
    expect(parseWhatsAppFormatting('3*4*5 et * pas gras*')).toEqual(['3*4*5 et * pas gras*']);
    expect(parseWhatsAppFormatting('*ouvert sans fin')).toEqual(['*ouvert sans fin']);
    expect(parseWhatsAppFormatting('**')).toEqual(['**']);
    expect(parseWhatsAppFormatting('-50 % avec le code *SANTE50*!')).toEqual([
      '-50 % avec le code ',
      { style: 'bold', children: ['SANTE50'] },
      '!',
    ]);
  });

  it('does not carry a style across a line break', () => {
    expect(parseWhatsAppFormatting('*début\nfin*')).toEqual(['*début\nfin*']);
  });

  it('keeps markup-looking text as plain text', () => {
    expect(parseWhatsAppFormatting('<img src=x onerror=alert(1)> *ok*')).toEqual([
      '<img src=x onerror=alert(1)> ',
      { style: 'bold', children: ['ok'] },
    ]);
    expect(parseWhatsAppFormatting('')).toEqual([]);
  });
});

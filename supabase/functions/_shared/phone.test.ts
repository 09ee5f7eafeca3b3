import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.ts';

const ok = (phone: string, country: string | null) => ({ ok: true, phone, country });
const refused = (reason: string | RegExp) => ({
  ok: false,
  reason: typeof reason === 'string' ? reason : expect.stringMatching(reason),
});

describe('normalizePhone', () => {
  it.each([
    // Cameroon: MTN 67/650-654/68, Orange 69/655-659, Camtel (fixed-or-mobile 242/243), Nexttel 66.
    ['671 23 45 67', '+237671234567'],
    ['6 71 23 45 67', '+237671234567'],
    ['671-23-45-67', '+237671234567'],
    ['671.23.45.67', '+237671234567'],
    ['(+237) 671-23-45-67', '+237671234567'],
    ['+237 6 99 12 34 56', '+237699123456'],
    ['00237 655 12 34 56', '+237655123456'],
    ['00 237 681 23 45 67', '+237681234567'],
    ['237662345678', '+237662345678'],
    ['whatsapp:+237690123456', '+237690123456'],
    ['WhatsApp: 237690123456', '+237690123456'],
    ['tel:+237671234567', '+237671234567'],
    ['242 12 34 56', '+237242123456'],
    ['671234567.0', '+237671234567'],
    ["'671234567", '+237671234567'],
    ['6,71234567E+08', '+237671234567'],
    ['2.37671234567E+11', '+237671234567'],
    ['\u00a0671\u202f23\u202f45\u202f67 ', '+237671234567'],
    ['+237 0671234567', '+237671234567'],
    ['0671234567', '+237671234567'],
  ])('reads the Cameroonian form %j', (input, phone) => {
    expect(normalizePhone(input, 'CM')).toEqual(ok(phone, 'CM'));
  });

  it.each([
    // Gabon: Airtel 074/077, Moov (Libertis) 062/066, the legacy 06 xx xx xx kept with its 0.
    ['GA', '074 12 34 56', '+24174123456'],
    ['GA', '077 12 34 56', '+24177123456'],
    ['GA', '066 12 34 56', '+24166123456'],
    ['GA', '06 03 12 34', '+24106031234'],
    ['GA', '+241 06 03 12 34', '+24106031234'],
    // Congo-Brazzaville: MTN 06, Airtel 05 and 04 — the 0 belongs to the international number.
    ['CG', '06 123 4567', '+242061234567'],
    ['CG', '05 512 34 56', '+242055123456'],
    ['CG', '04 412 3456', '+242044123456'],
    ['CG', '00242 06 612 34 56', '+242066123456'],
    // An Excel number cell dropped the leading 0.
    ['CG', '61234567', '+242061234567'],
    // Chad: Airtel 66/63, Moov (Tigo) 99/90.
    ['TD', '66 12 34 56', '+23566123456'],
    ['TD', '63 01 23 45', '+23563012345'],
    ['TD', '99 12 34 56', '+23599123456'],
    // Central African Republic: Orange 75, Telecel 72, Moov 70.
    ['CF', '75 12 34 56', '+23675123456'],
    ['CF', '72 12 34 56', '+23672123456'],
    ['CF', '70 01 23 45', '+23670012345'],
    // Equatorial Guinea: GETESA 222, Muni 551.
    ['GQ', '222 123 456', '+240222123456'],
    ['GQ', '551 123 456', '+240551123456'],
  ])('reads numbers of %s: %j', (country, input, phone) => {
    expect(normalizePhone(input, country)).toEqual(ok(phone, country));
  });

  it('reads numbers of another country whatever the default country', () => {
    expect(normalizePhone('237671234567', 'GA')).toEqual(ok('+237671234567', 'CM'));
    expect(normalizePhone('24177123456', 'CM')).toEqual(ok('+24177123456', 'GA'));
    expect(normalizePhone('+33 6 12 34 56 78', 'CM')).toEqual(ok('+33612345678', 'FR'));
    expect(normalizePhone('+33 (0)6 12 34 56 78', 'CM')).toEqual(ok('+33612345678', 'FR'));
    expect(normalizePhone('0033 7 81 23 45 67', 'CM')).toEqual(ok('+33781234567', 'FR'));
    expect(normalizePhone('33612345678', 'CM')).toEqual(ok('+33612345678', 'FR'));
    expect(normalizePhone('06 12 34 56 78', 'FR')).toEqual(ok('+33612345678', 'FR'));
    // North America does not tell mobiles from fixed lines: accepted.
    expect(normalizePhone('+1 415 555 2671', 'CM')).toEqual(ok('+14155552671', 'US'));
  });

  it('explains in French why a number is refused', () => {
    expect(normalizePhone('', 'CM')).toEqual(refused('Numéro manquant'));
    expect(normalizePhone('   ', 'CM')).toEqual(refused('Numéro manquant'));
    expect(normalizePhone('6712', 'CM')).toEqual(refused('Numéro trop court'));
    expect(normalizePhone('+237 6712345678901', 'CM')).toEqual(refused('Numéro trop long'));
    expect(normalizePhone('612 34 56 78', 'CM')).toEqual(
      refused('Numéro invalide pour le Cameroun'),
    );
    expect(normalizePhone('222 23 45 67', 'CM')).toEqual(refused('Numéro fixe : pas de WhatsApp'));
    expect(normalizePhone('011 72 12 34', 'GA')).toEqual(refused('Numéro fixe : pas de WhatsApp'));
    expect(normalizePhone('22 281 1234', 'CG')).toEqual(refused('Numéro fixe : pas de WhatsApp'));
    expect(normalizePhone('22 51 23 45', 'TD')).toEqual(refused('Numéro fixe : pas de WhatsApp'));
    expect(normalizePhone('21 61 23 45', 'CF')).toEqual(refused('Numéro fixe : pas de WhatsApp'));
    expect(normalizePhone('333 091 234', 'GQ')).toEqual(refused('Numéro fixe : pas de WhatsApp'));
    expect(normalizePhone('+33 1 42 68 53 00', 'CM')).toEqual(
      refused('Numéro fixe : pas de WhatsApp'),
    );
    expect(normalizePhone('+800 1234 5678', 'CM')).toEqual(refused(/^Numéro spécial/));
    expect(normalizePhone('+999 123 4567', 'CM')).toEqual(
      refused('Indicatif international inconnu'),
    );
    expect(normalizePhone('Jean Mbarga', 'CM')).toEqual(
      refused('Ce n’est pas un numéro de téléphone'),
    );
    expect(normalizePhone('671 23 45 67 bureau', 'CM')).toEqual(
      refused('Ce n’est pas un numéro de téléphone'),
    );
    expect(normalizePhone('2,38E+11', 'CM')).toEqual(refused(/notation scientifique/));
  });

  it('names the country a number was read for', () => {
    expect(normalizePhone('88 12 34 56', 'GA')).toEqual(refused('Numéro invalide pour le Gabon'));
    expect(normalizePhone('+33 5 12 34 56 78 9', 'CM')).toEqual(refused(/trop long/));
    expect(normalizePhone('+49 123', 'CM')).toEqual(refused(/trop court/));
  });

  it('asks for a calling code when the default country is unknown', () => {
    expect(normalizePhone('+237 671 23 45 67', '')).toEqual(ok('+237671234567', 'CM'));
    expect(normalizePhone('671 23 45 67', '')).toEqual(
      refused('Indicatif international manquant (ex. +237)'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { packPrice, pricePerCredit } from './pack-pricing';

// Intl's French output: U+202F groups thousands, U+00A0 precedes the unit.
const nnbsp = '\u202f';
const nbsp = '\u00a0';

describe('pack prices', () => {
  it('are whole francs, grouped the French way', () => {
    expect(packPrice({ credits: 50, price_xaf: 5000 })).toBe(`5${nnbsp}000${nbsp}FCFA`);
    expect(packPrice({ credits: 300, price_xaf: 22500 })).toBe(`22${nnbsp}500${nbsp}FCFA`);
  });

  it('give the price of a credit, marked approximate when rounded', () => {
    expect(pricePerCredit({ credits: 50, price_xaf: 5000 })).toBe(`100${nbsp}FCFA le crédit`);
    expect(pricePerCredit({ credits: 300, price_xaf: 22500 })).toBe(`75${nbsp}FCFA le crédit`);
    expect(pricePerCredit({ credits: 120, price_xaf: 10000 })).toBe(`≈ 83${nbsp}FCFA le crédit`);
  });
});

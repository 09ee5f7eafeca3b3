import { describe, expect, it } from 'vitest';
import { planName } from './plan-names';

describe('planName', () => {
  it('names WCAP’s plans in French, whatever the database’s English name', () => {
    expect(planName('starter', 'Starter')).toBe('Essentiel');
    expect(planName('professional', 'Professional')).toBe('Professionnel');
    expect(planName('enterprise', 'Enterprise')).toBe('Entreprise');
  });

  it('keeps the given name, else the code, for a plan it does not know', () => {
    expect(planName('ngo', 'ONG')).toBe('ONG');
    expect(planName('ngo')).toBe('ngo');
  });
});

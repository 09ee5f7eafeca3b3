import { describe, expect, it } from 'vitest';
import { isTemplateName, suggestTemplateName, TEMPLATE_NAME_MAX } from './template-name';

describe('suggestTemplateName', () => {
  it('writes the brief’s first words without accents, in lowercase, joined by underscores', () => {
    expect(suggestTemplateName('Annoncez nos soldes d’été : -20 % sur les chaussures !')).toBe(
      'annoncez_nos_soldes_ete_20_sur_les_chaussures',
    );
    expect(suggestTemplateName('Œuvre caritative à Yaoundé')).toBe('oeuvre_caritative_yaounde');
  });

  it('stops at a whole word within 60 characters', () => {
    const name = suggestTemplateName(
      'Rappelez aux assurés de Douala que leur cotisation trimestrielle arrive bientôt à échéance',
    );
    expect(name).toBe('rappelez_aux_assures_de_douala_que_leur_cotisation');
    expect(name.length).toBeLessThanOrEqual(60);
    expect(suggestTemplateName('x'.repeat(80))).toBe('x'.repeat(60));
  });

  it('falls back on a name of its own when the brief has no usable word', () => {
    expect(suggestTemplateName('')).toBe('message_ia');
    expect(suggestTemplateName('!!! 😀 ?')).toBe('message_ia');
    expect(suggestTemplateName('Привет мир')).toBe('message_ia');
  });

  it('always suggests a valid name', () => {
    for (const brief of ['Promo du 14/02', 'A', 'Ça marche', 'Soldes 2025 !']) {
      expect(isTemplateName(suggestTemplateName(brief))).toBe(true);
    }
  });
});

describe('isTemplateName', () => {
  it('takes lowercase letters, digits and underscores, 512 characters at most', () => {
    expect(isTemplateName('soldes_ete_2025')).toBe(true);
    expect(isTemplateName('x'.repeat(TEMPLATE_NAME_MAX))).toBe(true);
    expect(isTemplateName('x'.repeat(TEMPLATE_NAME_MAX + 1))).toBe(false);
    expect(isTemplateName('')).toBe(false);
    expect(isTemplateName('Soldes')).toBe(false);
    expect(isTemplateName('soldes-ete')).toBe(false);
    expect(isTemplateName('soldes été')).toBe(false);
  });
});

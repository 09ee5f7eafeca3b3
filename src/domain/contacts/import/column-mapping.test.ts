import { describe, expect, it } from 'vitest';
import { attributeKey, columnTargetLabel, detectMapping } from './column-mapping';

describe('detectMapping', () => {
  it('reads French titles, whatever their case and accents', () => {
    expect(
      detectMapping([
        'NOM',
        'Prénom(s)',
        'Numéro WhatsApp',
        'Courriel',
        'Étiquettes',
        'Ville',
        'Date de naissance',
      ]),
    ).toEqual([
      { kind: 'last_name' },
      { kind: 'first_name' },
      { kind: 'phone' },
      { kind: 'email' },
      { kind: 'tags' },
      { kind: 'attribute', key: 'ville' },
      { kind: 'attribute', key: 'date_de_naissance' },
    ]);
  });

  it('takes « Nom » as the whole name when there is no first-name column', () => {
    expect(detectMapping(['Nom', 'Tél.', 'Groupes'])).toEqual([
      { kind: 'name' },
      { kind: 'phone' },
      { kind: 'tags' },
    ]);
    expect(detectMapping(['Nom complet', 'Nom', 'Téléphone'])).toEqual([
      { kind: 'name' },
      { kind: 'attribute', key: 'nom' },
      { kind: 'phone' },
    ]);
    expect(detectMapping(['Nom et prénoms', 'GSM'])).toEqual([{ kind: 'name' }, { kind: 'phone' }]);
  });

  it('reads English titles', () => {
    expect(
      detectMapping(['First Name', 'Last Name', 'Phone Number', 'E-mail', 'Tags', 'City']),
    ).toEqual([
      { kind: 'first_name' },
      { kind: 'last_name' },
      { kind: 'phone' },
      { kind: 'email' },
      { kind: 'tags' },
      { kind: 'attribute', key: 'city' },
    ]);
    expect(detectMapping(['Full name', 'Mobile', 'Email address'])).toEqual([
      { kind: 'name' },
      { kind: 'phone' },
      { kind: 'email' },
    ]);
  });

  it('prefers the WhatsApp or mobile number when a file has several', () => {
    expect(detectMapping(['Téléphone fixe', 'Téléphone', 'Portable', 'WhatsApp'])).toEqual([
      { kind: 'attribute', key: 'telephone_fixe' },
      { kind: 'attribute', key: 'telephone' },
      { kind: 'attribute', key: 'portable' },
      { kind: 'phone' },
    ]);
    expect(detectMapping(['Numéro', 'Nom'])).toEqual([{ kind: 'phone' }, { kind: 'name' }]);
    // « Numéro client » is not a phone number.
    expect(detectMapping(['Numéro client', 'Mobile'])).toEqual([
      { kind: 'attribute', key: 'numero_client' },
      { kind: 'phone' },
    ]);
  });

  it('keeps attribute keys distinct', () => {
    expect(detectMapping(['Téléphone', 'Ville', 'ville', 'Colonne 4', 'Colonne 4'])).toEqual([
      { kind: 'phone' },
      { kind: 'attribute', key: 'ville' },
      { kind: 'attribute', key: 'ville_2' },
      { kind: 'attribute', key: 'colonne_4' },
      { kind: 'attribute', key: 'colonne_4_2' },
    ]);
  });
});

describe('attributeKey', () => {
  it('makes a plain key of any title', () => {
    expect(attributeKey('Date de naissance')).toBe('date_de_naissance');
    expect(attributeKey('  Ville / Quartier ')).toBe('ville_quartier');
    expect(attributeKey('N° adhérent')).toBe('n_adherent');
    expect(attributeKey('Âge (ans)')).toBe('age_ans');
    expect(attributeKey('???')).toBe('attribut');
    expect(attributeKey('x'.repeat(80))).toHaveLength(64);
  });
});

describe('columnTargetLabel', () => {
  it('names each target in French', () => {
    expect(columnTargetLabel({ kind: 'phone' })).toBe('Numéro WhatsApp');
    expect(columnTargetLabel({ kind: 'first_name' })).toBe('Prénom');
    expect(columnTargetLabel({ kind: 'last_name' })).toBe('Nom de famille');
    expect(columnTargetLabel({ kind: 'name' })).toBe('Nom complet');
    expect(columnTargetLabel({ kind: 'email' })).toBe('E-mail');
    expect(columnTargetLabel({ kind: 'tags' })).toBe('Étiquettes');
    expect(columnTargetLabel({ kind: 'attribute', key: 'ville' })).toBe('Attribut « ville »');
    expect(columnTargetLabel({ kind: 'ignore' })).toBe('Ne pas importer');
  });
});

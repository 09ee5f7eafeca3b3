import { describe, expect, it } from 'vitest';
import { renderText, variableValue, type VariableSources } from './variables.ts';

const sources: VariableSources = {
  contact: {
    name: ' Awa Ndiaye Mballa ',
    phone: '+237671234567',
    email: 'awa@example.cm',
    attributes: { ville: 'Douala', name: 'attribute, not the name', dossier: 'attribut' },
  },
  variables: { dossier: 'D-42', montant: '1 500' },
};

describe('renderText', () => {
  it('reads the contact’s fields, then variables, then attributes', () => {
    expect(renderText('Bonjour {{first_name}} ({{name}}), {{phone}} / {{email}}', sources)).toBe(
      'Bonjour Awa (Awa Ndiaye Mballa), +237671234567 / awa@example.cm',
    );
    expect(renderText('Dossier {{dossier}} à {{ ville }} : {{montant}} F', sources)).toBe(
      'Dossier D-42 à Douala : 1 500 F',
    );
  });

  it('reads unknown names, and fields the contact lacks, as nothing', () => {
    const bare = { ...sources, contact: { ...sources.contact, name: null, email: null } };
    expect(renderText('[{{inconnu}}][{{first_name}}][{{email}}]', bare)).toBe('[][][]');
    // Not a placeholder: left as written.
    expect(renderText('{{}} {x} {{a{b}}', sources)).toBe('{{}} {x} {{a{b}}');
  });

  it('encodes values only when asked (URLs)', () => {
    expect(renderText('https://x.cm/?tel={{phone}}&v={{ville}}', sources, encodeURIComponent)).toBe(
      'https://x.cm/?tel=%2B237671234567&v=Douala',
    );
  });

  it('never reads inherited properties', () => {
    expect(variableValue('constructor', sources)).toBe('');
    expect(variableValue('toString', sources)).toBe('');
  });
});

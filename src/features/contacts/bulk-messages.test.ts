import { describe, expect, it } from 'vitest';
import { bulkConfirmation, bulkResultMessage, selectionSummary } from './bulk-messages';

const nnbsp = '\u202f';

describe('bulkResultMessage', () => {
  it('says what changed, with French plurals', () => {
    expect(bulkResultMessage('add_tag', 1, 'vip')).toBe('Étiquette « vip » ajoutée à 1 contact.');
    expect(bulkResultMessage('add_tag', 1200, 'vip')).toBe(
      `Étiquette « vip » ajoutée à 1${nnbsp}200 contacts.`,
    );
    expect(bulkResultMessage('remove_tag', 2, 'vip')).toBe(
      'Étiquette « vip » retirée de 2 contacts.',
    );
    expect(bulkResultMessage('opt_out', 1)).toBe('1 contact désinscrit.');
    expect(bulkResultMessage('opt_out', 3)).toBe('3 contacts désinscrits.');
    expect(bulkResultMessage('delete', 3)).toBe('3 contacts supprimés.');
  });

  it('explains when nothing needed changing', () => {
    expect(bulkResultMessage('add_tag', 0, 'vip')).toBe(
      'Ces contacts portaient déjà l’étiquette « vip ».',
    );
    expect(bulkResultMessage('remove_tag', 0, 'vip')).toBe(
      'Aucun de ces contacts ne portait l’étiquette « vip ».',
    );
    expect(bulkResultMessage('opt_out', 0)).toBe('Ces contacts étaient déjà désabonnés.');
  });
});

describe('bulkConfirmation', () => {
  it('states the exact count', () => {
    expect(bulkConfirmation('delete', 12345)).toMatchObject({
      title: `Supprimer 12${nnbsp}345 contacts ?`,
      confirmLabel: `Supprimer 12${nnbsp}345 contacts`,
    });
    expect(bulkConfirmation('delete', 1).title).toBe('Supprimer 1 contact ?');
    expect(bulkConfirmation('opt_out', 2).title).toBe('Désinscrire 2 contacts ?');
  });
});

describe('selectionSummary', () => {
  it('names chosen contacts or all matching ones', () => {
    expect(selectionSummary({ all: false, count: 1 })).toBe('1 contact sélectionné');
    expect(selectionSummary({ all: false, count: 3 })).toBe('3 contacts sélectionnés');
    expect(selectionSummary({ all: true, count: 40 })).toBe(
      'Les 40 contacts correspondants sont sélectionnés',
    );
    expect(selectionSummary({ all: true, count: 1 })).toBe(
      'Le contact correspondant est sélectionné',
    );
  });
});

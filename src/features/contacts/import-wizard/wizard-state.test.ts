import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import type { ImportSummary, PreparedImport } from '../../../domain/contacts/import/types';
import {
  initialWizardState,
  stepIndex,
  wizardReducer,
  wizardSteps,
  type WizardState,
} from './wizard-state';
import type { FileOverview, PreparedReview } from './worker-protocol';

const file: FileOverview = {
  fileName: 'adherents.csv',
  encoding: 'windows-1252',
  delimiter: ';',
  headers: ['Nom', 'Téléphone', 'Ville'],
  rowCount: 3,
  samples: [['Ngo Biyong'], ['699 12 34 56'], ['Douala']],
  detectedMapping: [{ kind: 'name' }, { kind: 'phone' }, { kind: 'attribute', key: 'ville' }],
};

const prepared: PreparedImport = {
  contacts: [
    {
      line: 2,
      phone: '+237699123456',
      country_code: 'CM',
      name: 'Ngo Biyong',
      email: null,
      tags: [],
      attributes: { ville: 'Douala' },
    },
  ],
  invalid: [{ line: 3, value: '12', reason: 'Numéro trop court' }],
  duplicates: [],
  warnings: [],
};
const review: PreparedReview = { prepared, preview: [] };

const summary: ImportSummary = {
  imported: 1,
  updated: 0,
  unchanged: 0,
  duplicates: 0,
  invalid: 1,
  overQuota: 0,
  quotaReached: false,
  errors: prepared.invalid,
};

function run(state: WizardState, ...actions: Parameters<typeof wizardReducer>[1][]): WizardState {
  return actions.reduce(wizardReducer, state);
}

describe('wizardSteps', () => {
  it('names the steps as the stepper shows them', () => {
    expect(wizardSteps.map((step) => i18n._(step.label))).toEqual([
      'Fichier',
      'Colonnes',
      'Vérification',
      'Import',
      'Résumé',
    ]);
    expect(stepIndex('review')).toBe(2);
  });
});

describe('wizardReducer', () => {
  const start = initialWizardState('CM');

  it('walks the five steps in order', () => {
    const columns = run(start, { type: 'file-read', file });
    expect(columns.step).toBe('columns');
    expect(columns.mapping).toEqual(file.detectedMapping);

    const reviewed = run(columns, { type: 'prepared', review });
    expect(reviewed.step).toBe('review');

    const importing = run(reviewed, { type: 'import-started' });
    expect(importing.step).toBe('import');
    expect(importing.progress).toEqual({ done: 0, total: 1 });

    const progressed = run(importing, {
      type: 'import-progress',
      progress: { done: 1, total: 1 },
    });
    expect(progressed.progress).toEqual({ done: 1, total: 1 });

    const done = run(progressed, {
      type: 'import-finished',
      outcome: { kind: 'finished', summary },
    });
    expect(done.step).toBe('summary');
    expect(done.outcome).toEqual({ kind: 'finished', summary });
  });

  it('forgets the check when a column or the country changes', () => {
    const reviewed = run(start, { type: 'file-read', file }, { type: 'prepared', review });
    const back = run(reviewed, { type: 'back' });
    expect(back.step).toBe('columns');
    expect(back.review).toBe(review);

    const changed = run(back, {
      type: 'column-changed',
      column: 2,
      target: { kind: 'ignore' },
    });
    expect(changed.mapping[2]).toEqual({ kind: 'ignore' });
    expect(changed.mapping[0]).toEqual({ kind: 'name' });
    expect(changed.review).toBeNull();

    const country = run(back, { type: 'default-country-changed', country: 'GA' });
    expect(country.defaultCountry).toBe('GA');
    expect(country.review).toBeNull();
  });

  it('ignores actions that do not belong to the current step', () => {
    expect(run(start, { type: 'prepared', review })).toBe(start);
    expect(run(start, { type: 'import-started' })).toBe(start);
    expect(run(start, { type: 'column-changed', column: 0, target: { kind: 'ignore' } })).toBe(
      start,
    );
    const columns = run(start, { type: 'file-read', file });
    expect(run(columns, { type: 'column-changed', column: 9, target: { kind: 'ignore' } })).toBe(
      columns,
    );
    // A late answer of the worker for a file picked before does not jump over the mapping.
    expect(run(columns, { type: 'file-read', file })).toBe(columns);
  });

  it('keeps the options when another file is picked', () => {
    const withOptions = run(
      start,
      { type: 'file-read', file },
      { type: 'update-existing-changed', updateExisting: true },
      { type: 'tags-changed', tags: ['adhérents'] },
      { type: 'back' },
    );
    expect(withOptions.step).toBe('file');
    const next = run(withOptions, {
      type: 'file-read',
      file: { ...file, fileName: 'autre.csv' },
    });
    expect(next.file?.fileName).toBe('autre.csv');
    expect(next.updateExisting).toBe(true);
    expect(next.addTags).toEqual(['adhérents']);
  });

  it('returns to the check with the reason when the upload fails', () => {
    const failed = run(
      start,
      { type: 'file-read', file },
      { type: 'prepared', review },
      { type: 'import-started' },
      { type: 'import-failed', message: 'Le serveur est injoignable.' },
    );
    expect(failed.step).toBe('review');
    expect(failed.importError).toBe('Le serveur est injoignable.');
    const again = run(failed, { type: 'import-started' });
    expect(again.step).toBe('import');
    expect(again.importError).toBeNull();
  });

  it('shows a cancelled import in the summary with what was sent', () => {
    const cancelled = run(
      start,
      { type: 'file-read', file },
      { type: 'prepared', review },
      { type: 'import-started' },
      {
        type: 'import-finished',
        outcome: { kind: 'cancelled', summary: null, progress: { done: 0, total: 1 } },
      },
    );
    expect(cancelled.step).toBe('summary');
    expect(cancelled.outcome).toMatchObject({ kind: 'cancelled', progress: { done: 0 } });
  });

  it('starts afresh with the organisation’s country for another file', () => {
    const done = run(
      start,
      { type: 'file-read', file },
      { type: 'default-country-changed', country: 'GA' },
      { type: 'prepared', review },
      { type: 'tags-changed', tags: ['x'] },
      { type: 'import-started' },
      { type: 'import-finished', outcome: { kind: 'finished', summary } },
      { type: 'restart', defaultCountry: 'CM' },
    );
    expect(done).toEqual(initialWizardState('CM'));
  });
});

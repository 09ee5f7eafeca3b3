// The wizard's steps and what it knows at each, as a reducer: every transition is a plain function
// of the state, so the order of the screens is tested without rendering them.
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type {
  ColumnTarget,
  ImportProgress,
  ImportSummary,
} from '../../../domain/contacts/import/types';
import type { FileOverview, PreparedReview } from './worker-protocol';

export type WizardStep = 'file' | 'columns' | 'review' | 'import' | 'summary';

/** The steps in order; each label is read with `i18n._` where it is shown. */
export const wizardSteps: readonly { id: WizardStep; label: MessageDescriptor }[] = [
  { id: 'file', label: msg`Fichier` },
  { id: 'columns', label: msg`Colonnes` },
  { id: 'review', label: msg`Vérification` },
  { id: 'import', label: msg`Import` },
  { id: 'summary', label: msg`Résumé` },
];

export function stepIndex(step: WizardStep): number {
  return wizardSteps.findIndex((candidate) => candidate.id === step);
}

/** How an import ended: completely, or stopped by the user (chunks already sent are kept). */
export type ImportOutcome =
  | { kind: 'finished'; summary: ImportSummary }
  | { kind: 'cancelled'; summary: ImportSummary | null; progress: ImportProgress };

export interface WizardState {
  step: WizardStep;
  file: FileOverview | null;
  mapping: ColumnTarget[];
  defaultCountry: string;
  /** The file prepared with the current mapping; cleared when the mapping changes. */
  review: PreparedReview | null;
  updateExisting: boolean;
  addTags: string[];
  progress: ImportProgress | null;
  outcome: ImportOutcome | null;
  /** Why the last upload stopped, shown on the check screen where it can be started again. */
  importError: string | null;
}

export type WizardAction =
  | { type: 'file-read'; file: FileOverview }
  | { type: 'column-changed'; column: number; target: ColumnTarget }
  | { type: 'default-country-changed'; country: string }
  | { type: 'prepared'; review: PreparedReview }
  | { type: 'back' }
  | { type: 'update-existing-changed'; updateExisting: boolean }
  | { type: 'tags-changed'; tags: string[] }
  | { type: 'import-started' }
  | { type: 'import-progress'; progress: ImportProgress }
  | { type: 'import-finished'; outcome: ImportOutcome }
  | { type: 'import-failed'; message: string }
  | { type: 'restart'; defaultCountry: string };

export function initialWizardState(defaultCountry: string): WizardState {
  return {
    step: 'file',
    file: null,
    mapping: [],
    defaultCountry,
    review: null,
    updateExisting: false,
    addTags: [],
    progress: null,
    outcome: null,
    importError: null,
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'file-read':
      if (state.step !== 'file') return state;
      return {
        ...initialWizardState(state.defaultCountry),
        step: 'columns',
        file: action.file,
        mapping: action.file.detectedMapping,
        // What the person chose for the previous file still applies to the next one.
        updateExisting: state.updateExisting,
        addTags: state.addTags,
      };
    case 'column-changed': {
      if (state.step !== 'columns' || !state.mapping[action.column]) return state;
      const mapping = state.mapping.map((target, column) =>
        column === action.column ? action.target : target,
      );
      return { ...state, mapping, review: null };
    }
    case 'default-country-changed':
      if (state.step !== 'columns') return state;
      return { ...state, defaultCountry: action.country, review: null };
    case 'prepared':
      if (state.step !== 'columns') return state;
      return { ...state, step: 'review', review: action.review, importError: null };
    case 'back':
      if (state.step === 'columns') return { ...state, step: 'file', importError: null };
      if (state.step === 'review') return { ...state, step: 'columns', importError: null };
      return state;
    case 'update-existing-changed':
      return { ...state, updateExisting: action.updateExisting };
    case 'tags-changed':
      return { ...state, addTags: action.tags };
    case 'import-started':
      if (state.step !== 'review' || !state.review) return state;
      return {
        ...state,
        step: 'import',
        progress: { done: 0, total: state.review.prepared.contacts.length },
        outcome: null,
        importError: null,
      };
    case 'import-progress':
      if (state.step !== 'import') return state;
      return { ...state, progress: action.progress };
    case 'import-finished':
      if (state.step !== 'import') return state;
      return { ...state, step: 'summary', outcome: action.outcome };
    case 'import-failed':
      if (state.step !== 'import') return state;
      return { ...state, step: 'review', importError: action.message };
    case 'restart':
      // Another file starts from scratch, with the organisation's country again.
      return initialWizardState(action.defaultCountry);
  }
}

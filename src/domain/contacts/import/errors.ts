// The pipeline's own errors. Plain Errors: the pipeline runs in Node too (the ops command, the
// benchmark), where the interface's modules (Lingui's macros) do not load. The wizard says them in
// the reader's language from their data (`problem`, `cause` and `saved`); their message is the
// same in French, for the ops command.
import { fileProblemText, french, type FileProblem } from './messages';

/** A file the import cannot use, and why. */
export class ImportFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(fileProblemText(problem, french));
    this.name = 'ImportFileError';
  }
}

/** An upload that a server error (`cause`) stopped; the `saved` rows sent before stay saved. */
export class ImportInterruptedError extends Error {
  constructor(
    readonly cause: unknown,
    readonly saved: number,
    message: string,
  ) {
    super(message);
    this.name = 'ImportInterruptedError';
  }
}

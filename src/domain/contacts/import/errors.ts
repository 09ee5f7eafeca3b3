import { UserFacingError } from '../../../lib/errors';

/** A file the import cannot use, with a French message meant for the person who chose it. */
export class ImportFileError extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

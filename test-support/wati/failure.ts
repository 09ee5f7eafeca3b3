import { WatiError } from '@shared/wati/errors.ts';

/** The WatiError a call fails with (tests); anything else is rethrown. */
export async function failure(promise: Promise<unknown>): Promise<WatiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WatiError) return error;
    throw error;
  }
  throw new Error('expected a WatiError');
}

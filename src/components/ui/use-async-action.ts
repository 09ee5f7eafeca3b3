import { useState } from 'react';
import { toUserMessage } from '../../lib/errors';

/**
 * What to say when an action fails: a French fallback for errors that carry no message for people,
 * or a function that writes the whole sentence.
 */
export type FailureMessage = string | ((error: unknown) => string);

/**
 * Runs an action a person asked for (usually a mutation's `mutateAsync`), keeping whether it is in
 * progress and, when it fails, the sentence to show where they acted.
 */
export function useAsyncAction(failureMessage: FailureMessage) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(
        typeof failureMessage === 'function'
          ? failureMessage(caught)
          : toUserMessage(caught, failureMessage),
      );
    } finally {
      setPending(false);
    }
  };

  return { pending, error, run, clearError: () => setError(undefined) };
}

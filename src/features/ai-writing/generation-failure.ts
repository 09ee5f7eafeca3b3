import { t } from '@lingui/core/macro';
import { toUserMessage } from '../../lib/errors';
import { FunctionCallError } from '../../lib/functions';
import { serverErrorMessage } from '../../lib/server-error-messages';

export type GenerationFailure = {
  message: string;
  /** The wallet is empty: the person is offered to buy credits. */
  outOfCredits: boolean;
};

/** What a failed generation says, from ai-generate's code (server-error-messages.ts). */
export function generationFailure(error: unknown): GenerationFailure {
  if (error instanceof FunctionCallError && error.code === 'insufficient_credits') {
    // A generation costs one credit, so a balance too low for it is zero; the function's answer
    // carries its sentence but not the figure apart.
    return {
      message: serverErrorMessage('insufficient_credits', { balance: 0 }) ?? error.message,
      outOfCredits: true,
    };
  }
  return {
    message: toUserMessage(error, t`Les propositions n’ont pas pu être rédigées. Réessayez.`),
    outOfCredits: false,
  };
}

import { t } from '@lingui/core/macro';
import { toUserMessage } from '../../lib/errors';
import { FunctionCallError } from '../../lib/functions';

export type GenerationFailure = {
  message: string;
  /** The wallet is empty: the person is offered to buy credits. */
  outOfCredits: boolean;
};

/** What a failed generation says, from ai-generate's code (server-error-messages.ts). */
export function generationFailure(error: unknown): GenerationFailure {
  if (error instanceof FunctionCallError && error.code === 'insufficient_credits') {
    return { message: toUserMessage(error), outOfCredits: true };
  }
  return {
    message: toUserMessage(error, t`Les propositions n’ont pas pu être rédigées. Réessayez.`),
    outOfCredits: false,
  };
}

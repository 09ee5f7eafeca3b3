import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../lib/errors';
import { FunctionCallError } from '../../lib/functions';
import { generationFailure } from './generation-failure';

describe('generationFailure', () => {
  it('offers to buy credits when the wallet is empty, with the balance the answer gave', () => {
    const failure = generationFailure(
      new FunctionCallError(
        'Solde de crédits insuffisant.',
        402,
        'insufficient_credits',
        '{"balance": 0}',
      ),
    );
    expect(failure.outOfCredits).toBe(true);
    expect(failure.message).toMatch(/0 crédit/);
  });

  it('says what the model did wrong from the code, and that nothing was paid', () => {
    const failure = generationFailure(
      new FunctionCallError('Le service… ne répond pas.', 504, 'ai_timeout'),
    );
    expect(failure.outOfCredits).toBe(false);
    expect(failure.message).toBe(
      'Le service de rédaction par IA a mis trop de temps à répondre. Aucun crédit n’a été débité ; réessayez.',
    );
  });

  it('keeps a sentence of the interface, and falls back on its own', () => {
    expect(generationFailure(new UserFacingError('Le serveur est injoignable.')).message).toBe(
      'Le serveur est injoignable.',
    );
    expect(generationFailure(new Error('boom')).message).toBe(
      'Les propositions n’ont pas pu être rédigées. Réessayez.',
    );
  });
});

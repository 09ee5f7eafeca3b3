// A synonym's rules, as save_bot_synonym checks them once both sides are normalised: the term is
// one word of 1 to 40 letters or digits, the expansion 1 to 120 characters of words.
import { t } from '@lingui/core/macro';
import { formatNumber } from '../../../lib/format';
import { FAQ_LIMITS } from './limits';
import { botNormalize, isSynonymTerm } from './normalize';

export type SynonymErrors = { term?: string; expansion?: string };

/**
 * What is wrong with a synonym; `taken`: the terms other synonyms already have, since saving one
 * of them would replace its expansion.
 */
export function validateSynonym(
  term: string,
  expansion: string,
  taken: ReadonlySet<string> = new Set(),
): SynonymErrors {
  const word = botNormalize(term);
  const meaning = botNormalize(expansion);
  const termMax = formatNumber(FAQ_LIMITS.synonymTerm);
  const expansionMax = formatNumber(FAQ_LIMITS.synonymExpansion);
  return {
    term: !isSynonymTerm(word, FAQ_LIMITS.synonymTerm)
      ? t`Un seul mot de 1 à ${termMax} lettres ou chiffres, sans espace.`
      : taken.has(word)
        ? t`« ${word} » a déjà un équivalent : modifiez-le dans la liste.`
        : undefined,
    expansion:
      meaning === '' || meaning.length > FAQ_LIMITS.synonymExpansion
        ? t`De 1 à ${expansionMax} lettres ou chiffres.`
        : undefined,
  };
}

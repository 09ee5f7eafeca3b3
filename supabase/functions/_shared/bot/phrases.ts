import type { AnswerType } from './answers.ts';
import type { TurnContext } from './turn.ts';

// The engine's own sentences, in the contact's language (the flow's texts are the organisation's
// and are sent as written).

type Language = TurnContext['language'];

const PHRASES = {
  fr: {
    not_understood: 'Je n’ai pas compris votre message.',
    choose_option:
      'Je n’ai pas compris. Choisissez une des options ci-dessous, ou répondez par son numéro.',
    handoff:
      'Je vous mets en relation avec un conseiller. Merci de patienter, il vous répond dès que possible.',
    retry_text: 'Cette réponse ne convient pas. Pouvez-vous réessayer ?',
    retry_number: 'Merci de répondre par un nombre, par exemple 12.',
    retry_date: 'Merci d’indiquer une date au format jj/mm/aaaa, par exemple 25/12/1990.',
    retry_email: 'Cette adresse e-mail ne semble pas valide. Pouvez-vous la vérifier ?',
    retry_phone:
      'Ce numéro de téléphone ne semble pas valide. Indiquez-le avec l’indicatif, par exemple +237 6 71 23 45 67.',
    retry_yes_no: 'Merci de répondre par oui ou par non.',
  },
  en: {
    not_understood: 'Sorry, I did not understand your message.',
    choose_option:
      'Sorry, I did not understand. Please choose one of the options below, or reply with its number.',
    handoff:
      'I am putting you through to an adviser. Please wait, they will answer you as soon as possible.',
    retry_text: 'This answer does not fit. Could you try again?',
    retry_number: 'Please answer with a number, for example 12.',
    retry_date: 'Please give a date as dd/mm/yyyy, for example 25/12/1990.',
    retry_email: 'This e-mail address does not look valid. Could you check it?',
    retry_phone:
      'This phone number does not look valid. Please give it with its country code, for example +237 6 71 23 45 67.',
    retry_yes_no: 'Please answer yes or no.',
  },
} as const;

export type PhraseKey = keyof (typeof PHRASES)['fr'];

/** One of the engine's sentences in `language`. */
export function phrase(key: PhraseKey, language: Language): string {
  return PHRASES[language][key];
}

/** What the bot says after a wrong answer when the ask node has no retry message of its own. */
export function retryPhrase(type: AnswerType, language: Language): string {
  return phrase(`retry_${type}`, language);
}

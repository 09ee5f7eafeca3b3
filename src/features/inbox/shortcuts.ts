import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

// The inbox's keyboard shortcuts, after Chatwoot's. Alt + a letter only: Ctrl+Alt is AltGr on
// Windows, which types characters on AZERTY keyboards (AltGr+E = €). The letter is read from the
// character typed, else from the key's position (macOS's Option turns Option+J into « ∆ »).

export type ShortcutAction =
  'previous' | 'next' | 'resolve' | 'snooze' | 'note' | 'reply' | 'nextTab' | 'back' | 'help';

export type KeyLike = Pick<
  KeyboardEvent,
  'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'
>;

const altLetters: Record<string, ShortcutAction> = {
  j: 'previous',
  k: 'next',
  e: 'resolve',
  m: 'snooze',
  p: 'note',
  l: 'reply',
  n: 'nextTab',
};

function letterOf(event: KeyLike): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const position = /^Key([A-Z])$/.exec(event.code);
  return position ? position[1]!.toLowerCase() : null;
}

/**
 * The action of a key press, or null. `typing`: the focus is in a text field, where « ? » is a
 * character and Escape belongs to the field's own menus first.
 */
export function shortcutAction(event: KeyLike, typing: boolean): ShortcutAction | null {
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    const letter = letterOf(event);
    return letter ? (altLetters[letter] ?? null) : null;
  }
  if (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    (event.key === '/' || event.code === 'Slash')
  ) {
    return 'help';
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Escape') return 'back';
  if (event.key === '?' && !typing) return 'help';
  return null;
}

/** Whether the element takes typed text (the shortcuts without Alt leave it alone). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

const alt = msg({ message: 'Alt', comment: 'the Alt key of the keyboard' });

/** The help panel's list: the keys (characters, or key names to translate), and what they do. */
export const shortcutHelp: {
  keys: (string | MessageDescriptor)[];
  description: MessageDescriptor;
}[] = [
  { keys: [alt, 'J'], description: msg`Conversation précédente` },
  { keys: [alt, 'K'], description: msg`Conversation suivante` },
  { keys: [alt, 'N'], description: msg`Onglet suivant (Mes conversations, Non assignées, Toutes)` },
  { keys: [alt, 'E'], description: msg`Résoudre la conversation` },
  { keys: [alt, 'M'], description: msg`Reporter la conversation` },
  { keys: [alt, 'P'], description: msg`Écrire une note privée` },
  { keys: [alt, 'L'], description: msg`Écrire une réponse` },
  { keys: ['/'], description: msg`Dans la réponse : insérer une réponse enregistrée` },
  { keys: ['@'], description: msg`Dans une note : mentionner un agent` },
  {
    keys: [msg({ message: 'Échap', comment: 'the Escape key of the keyboard' })],
    description: msg`Revenir en arrière (fiche → conversation → liste)`,
  },
  { keys: ['?'], description: msg`Afficher cette aide (ou Ctrl + /)` },
];

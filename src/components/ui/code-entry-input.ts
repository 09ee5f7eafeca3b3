// What the boxes of a one-time code become as a person types, pastes or deletes: pure, so the
// component (code-entry.tsx) only wires it to the inputs. A box holds one digit or ''.

/** The state after an edit: the boxes, and the box that takes the focus. */
export type CodeEdit = { digits: string[]; focus: number };

export function emptyCode(length: number): string[] {
  return Array.from({ length }, () => '');
}

export function isComplete(digits: readonly string[]): boolean {
  return digits.every((digit) => digit !== '');
}

/** Digits written from box `start` on, as far as the boxes go. */
function spread(digits: readonly string[], start: number, typed: string): CodeEdit {
  const next = [...digits];
  const end = Math.min(digits.length, start + typed.length);
  for (let index = start; index < end; index += 1) next[index] = typed[index - start]!;
  return { digits: next, focus: Math.min(end, digits.length - 1) };
}

/**
 * Several digits at once (a paste, the phone's one-time-code autofill, a keyboard suggestion): a
 * whole code fills every box from the first, whichever box received it; fewer digits fill from
 * the box that received them.
 */
function enterMany(digits: readonly string[], index: number, typed: string): CodeEdit {
  if (typed.length >= digits.length) return spread(digits, 0, typed.slice(0, digits.length));
  return spread(digits, index, typed);
}

/**
 * Box `index` now reads `value` (its input's new value). The box may already have held a digit:
 * the caret then sat before or after it, and the new digit is the other one. Characters other
 * than digits (spaces of a pasted « 123 456 », letters) are ignored.
 */
export function enterText(digits: readonly string[], index: number, value: string): CodeEdit {
  const previous = digits[index] ?? '';
  let typed = value.replace(/\D/g, '');
  if (previous && typed.length > 1) {
    if (typed.startsWith(previous)) typed = typed.slice(1);
    else if (typed.endsWith(previous)) typed = typed.slice(0, -1);
  }
  if (typed === '') {
    const next = [...digits];
    next[index] = '';
    return { digits: next, focus: index };
  }
  return enterMany(digits, index, typed);
}

/** A paste into box `index`; null when the clipboard holds no digit (nothing changes). */
export function pasteText(digits: readonly string[], index: number, text: string): CodeEdit | null {
  const typed = text.replace(/\D/g, '');
  if (typed === '') return null;
  return enterMany(digits, index, typed);
}

/**
 * Backspace in box `index`: clears its digit, or, when it is already empty, the previous box's,
 * where the focus goes back.
 */
export function backspace(digits: readonly string[], index: number): CodeEdit {
  const next = [...digits];
  if (next[index]) {
    next[index] = '';
    return { digits: next, focus: index };
  }
  if (index === 0) return { digits: next, focus: 0 };
  next[index - 1] = '';
  return { digits: next, focus: index - 1 };
}

import { describe, expect, it } from 'vitest';
import { backspace, emptyCode, enterText, isComplete, pasteText } from './code-entry-input';

const boxes = (code: string) => code.split('').map((digit) => (digit === '_' ? '' : digit));

describe('enterText', () => {
  it('writes a typed digit and moves to the next box', () => {
    expect(enterText(emptyCode(6), 0, '4')).toEqual({ digits: boxes('4_____'), focus: 1 });
    expect(enterText(boxes('41____'), 2, '7')).toEqual({ digits: boxes('417___'), focus: 3 });
  });

  it('stays on the last box once it is filled', () => {
    expect(enterText(boxes('12345_'), 5, '6')).toEqual({ digits: boxes('123456'), focus: 5 });
  });

  it('replaces the digit a box held, whichever side of it the caret was', () => {
    expect(enterText(boxes('123___'), 1, '29')).toEqual({ digits: boxes('193___'), focus: 2 });
    expect(enterText(boxes('123___'), 1, '92')).toEqual({ digits: boxes('193___'), focus: 2 });
    // The same digit typed again keeps it.
    expect(enterText(boxes('123___'), 1, '22')).toEqual({ digits: boxes('123___'), focus: 2 });
  });

  it('ignores what is not a digit', () => {
    expect(enterText(emptyCode(6), 0, 'a')).toEqual({ digits: emptyCode(6), focus: 0 });
    expect(enterText(boxes('5_____'), 0, '5a')).toEqual({ digits: boxes('5_____'), focus: 1 });
  });

  it('clears a box emptied by the keyboard', () => {
    expect(enterText(boxes('123___'), 2, '')).toEqual({ digits: boxes('12____'), focus: 2 });
  });

  it('spreads an autofilled code over every box, whichever box received it', () => {
    expect(enterText(emptyCode(6), 0, '482913')).toEqual({ digits: boxes('482913'), focus: 5 });
    expect(enterText(boxes('1_____'), 3, '482913')).toEqual({
      digits: boxes('482913'),
      focus: 5,
    });
    // Autofill beside the digit the box held.
    expect(enterText(boxes('7_____'), 0, '7482913')).toEqual({
      digits: boxes('482913'),
      focus: 5,
    });
    expect(enterText(boxes('7_____'), 0, '4829137')).toEqual({
      digits: boxes('482913'),
      focus: 5,
    });
  });

  it('spreads a few digits from the box that received them', () => {
    expect(enterText(boxes('12____'), 2, '345')).toEqual({ digits: boxes('12345_'), focus: 5 });
    expect(enterText(boxes('1234__'), 4, '567')).toEqual({ digits: boxes('123456'), focus: 5 });
  });
});

describe('pasteText', () => {
  it('fills every box with a pasted code, from the first box', () => {
    expect(pasteText(emptyCode(6), 0, '482913')).toEqual({ digits: boxes('482913'), focus: 5 });
    expect(pasteText(boxes('99____'), 4, '482913')).toEqual({ digits: boxes('482913'), focus: 5 });
  });

  it('reads the code out of the spaces and words around it', () => {
    expect(pasteText(emptyCode(6), 0, ' 482 913 ')).toEqual({
      digits: boxes('482913'),
      focus: 5,
    });
    expect(pasteText(emptyCode(6), 2, 'Votre code WCAP : 482913')).toEqual({
      digits: boxes('482913'),
      focus: 5,
    });
  });

  it('fills from the box pasted into when fewer digits than a code are pasted', () => {
    expect(pasteText(boxes('48____'), 2, '29')).toEqual({ digits: boxes('4829__'), focus: 4 });
  });

  it('changes nothing when the clipboard holds no digit', () => {
    expect(pasteText(boxes('48____'), 2, 'bonjour')).toBeNull();
  });
});

describe('backspace', () => {
  it('clears the digit of the box and stays there', () => {
    expect(backspace(boxes('123___'), 2)).toEqual({ digits: boxes('12____'), focus: 2 });
  });

  it('goes back to the previous box and clears it when the box is empty', () => {
    expect(backspace(boxes('123___'), 3)).toEqual({ digits: boxes('12____'), focus: 2 });
  });

  it('stays on the first box', () => {
    expect(backspace(emptyCode(6), 0)).toEqual({ digits: emptyCode(6), focus: 0 });
  });
});

describe('isComplete', () => {
  it('says whether every box holds a digit', () => {
    expect(isComplete(boxes('482913'))).toBe(true);
    expect(isComplete(boxes('48291_'))).toBe(false);
  });
});

import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { backspace, enterText, isComplete, pasteText, type CodeEdit } from './code-entry-input';

export type CodeEntryHandle = {
  /** Focuses box `index`; without it, the first empty box (the last one when none is empty). */
  focus: (index?: number) => void;
};

type CodeEntryProps = {
  /** The group's visible label (« Code reçu sur WhatsApp »). */
  label: string;
  /** One digit or '' per box; its length is the number of boxes. */
  value: readonly string[];
  onChange: (digits: string[]) => void;
  /** Called when an edit fills the last empty box. */
  onComplete?: (code: string) => void;
  /** Said by screen readers as soon as it appears, and with each box. */
  error?: string | null;
  hint?: string;
  /** While the code is checked: the boxes keep their digits and their focus. */
  readOnly?: boolean;
  autoFocus?: boolean;
  ref?: Ref<CodeEntryHandle>;
};

/**
 * A one-time code typed one digit per box: typing moves to the next box, Backspace goes back, a
 * pasted or autofilled code (the phone's one-time-code suggestion) fills every box.
 */
export function CodeEntry({
  label,
  value,
  onChange,
  onComplete,
  error,
  hint,
  readOnly = false,
  autoFocus = false,
  ref,
}: CodeEntryProps) {
  const { t } = useLingui();
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const length = value.length;

  const focusBox = (index: number) => inputs.current[index]?.focus();
  useImperativeHandle(ref, () => ({
    focus: (index) => {
      const empty = value.findIndex((digit) => digit === '');
      focusBox(index ?? (empty === -1 ? length - 1 : empty));
    },
  }));

  const apply = (edit: CodeEdit) => {
    const code = edit.digits.join('');
    onChange(edit.digits);
    focusBox(edit.focus);
    if (isComplete(edit.digits) && code !== value.join('')) onComplete?.(code);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key === 'ArrowLeft' && index > 0) {
      event.preventDefault();
      focusBox(index - 1);
    } else if (event.key === 'ArrowRight' && index < length - 1) {
      event.preventDefault();
      focusBox(index + 1);
    } else if (event.key === 'Backspace' && !readOnly) {
      event.preventDefault();
      apply(backspace(value, index));
    }
  };

  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <p id={labelId} className="text-sm font-medium text-slate-800">
        {label}
      </p>
      <div role="group" aria-labelledby={labelId} className="grid max-w-xs grid-cols-6 gap-2">
        {value.map((digit, index) => {
          const position = index + 1;
          return (
            <input
              key={index}
              ref={(element) => {
                inputs.current[index] = element;
              }}
              type="text"
              inputMode="numeric"
              // Every box: the phone offers the code received in whichever box has the focus.
              autoComplete="one-time-code"
              aria-label={t`Chiffre ${position} sur ${length}`}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              value={digit}
              readOnly={readOnly}
              // The first box, when the boxes appear.
              autoFocus={autoFocus && index === 0}
              onFocus={(event) => event.target.select()}
              onChange={(event) => {
                if (!readOnly) apply(enterText(value, index, event.target.value));
              }}
              onPaste={(event) => {
                event.preventDefault();
                if (readOnly) return;
                const edit = pasteText(value, index, event.clipboardData.getData('text'));
                if (edit) apply(edit);
              }}
              onKeyDown={(event) => onKeyDown(event, index)}
              // text-xl: large enough to read at arm's length, and iOS does not zoom in.
              className={clsx(
                'h-12 w-full min-w-0 rounded-md border bg-white text-center text-xl font-semibold text-slate-900 tabular-nums shadow-xs',
                'focus-visible:outline-2 focus-visible:outline-offset-0 read-only:bg-slate-50',
                error
                  ? 'border-red-600 focus-visible:outline-red-600'
                  : 'border-slate-300 focus-visible:outline-brand-700',
              )}
            />
          );
        })}
      </div>
      {/* Always rendered, so screen readers announce the message when it appears. */}
      <div role="alert">
        {error && (
          <p id={errorId} className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { CloseIcon } from '../../../components/ui/icons';
import { cleanTag, tagProblem } from '../contact-form';

type TagInputProps = {
  /** Names the group and the list of chips; the field itself is « Nouvelle étiquette ». */
  label: string;
  /** When a heading around it already says it (the profile's card). */
  hideLabel?: boolean;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  disabled?: boolean;
  /** An error from the form around it. */
  error?: string;
  hint?: string;
};

/**
 * Tags as removable chips and a field to add one (Entrée, a comma or the button). Each chip's
 * remove button names its tag for screen readers.
 */
export function TagInput({
  label,
  hideLabel = false,
  value,
  onChange,
  disabled,
  error,
  hint,
}: TagInputProps) {
  const labelId = useId();
  const inputId = useId();
  const messageId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const message = problem ?? error;

  const add = () => {
    const issue = tagProblem(draft, value);
    if (issue) {
      // An empty field and the button: nothing to say, nothing to add.
      setProblem(draft.trim() === '' ? null : issue);
      return;
    }
    onChange([...value, cleanTag(draft)!]);
    setDraft('');
    setProblem(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      // Inside a form, Entrée would submit it: here it adds the tag.
      event.preventDefault();
      add();
    }
  };

  return (
    <div role="group" aria-labelledby={labelId} className="flex min-w-0 flex-col gap-1.5">
      <span id={labelId} className={hideLabel ? 'sr-only' : 'text-sm font-medium text-slate-800'}>
        {label}
      </span>
      {value.length > 0 && (
        <ul aria-label={label} className="flex flex-wrap gap-1.5">
          {value.map((tag) => (
            <li
              key={tag}
              className="inline-flex max-w-full min-w-0 items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm text-slate-800 ring-1 ring-slate-300 ring-inset"
            >
              <span className="min-w-0 truncate">{tag}</span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange(value.filter((item) => item !== tag))}
                className="inline-flex size-7 shrink-0 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900 disabled:opacity-50"
              >
                <CloseIcon className="size-3.5" />
                <span className="sr-only">Retirer l’étiquette {tag}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex min-w-0 gap-2">
        <label htmlFor={inputId} className="sr-only">
          Nouvelle étiquette
        </label>
        <input
          id={inputId}
          value={draft}
          disabled={disabled}
          autoComplete="off"
          placeholder="Nouvelle étiquette"
          aria-invalid={message ? true : undefined}
          aria-describedby={
            [message ? messageId : null, hint ? hintId : null].filter(Boolean).join(' ') ||
            undefined
          }
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
          className={
            'min-h-10 w-full min-w-0 flex-1 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100 ' +
            (message
              ? 'border-red-600 focus-visible:outline-red-600'
              : 'border-slate-300 focus-visible:outline-brand-700')
          }
        />
        <Button variant="secondary" onClick={add} disabled={disabled}>
          Ajouter<span className="sr-only"> l’étiquette</span>
        </Button>
      </div>
      {message && (
        <p id={messageId} className="text-sm text-red-700">
          {message}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

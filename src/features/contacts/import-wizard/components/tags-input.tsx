import { useId, useState, type KeyboardEvent } from 'react';
import { CloseIcon } from '../../../../components/ui/icons';
import { addTags, maxAddedTags, maxTagLength, removeTag } from '../tags';

/**
 * Tags as chips: Enter, a comma or leaving the field adds what was typed; Backspace in the empty
 * field removes the last chip. Each change is announced, as chips appear away from the caret.
 */
export function TagsInput({
  label,
  hint,
  tags,
  onChange,
}: {
  label: string;
  hint?: string;
  tags: string[];
  onChange: (tags: string[]) => void;
}) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const commit = (value: string) => {
    const next = addTags(tags, value);
    setText('');
    if (next.length === tags.length) return;
    const added = next.slice(tags.length);
    onChange(next);
    setAnnouncement(
      added.length === 1
        ? `Étiquette « ${added[0]} » ajoutée.`
        : `Étiquettes ajoutées : ${added.join(', ')}.`,
    );
  };

  const remove = (tag: string) => {
    onChange(removeTag(tags, tag));
    setAnnouncement(`Étiquette « ${tag} » retirée.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === ';') {
      // Enter would otherwise submit a surrounding form; the separators are not part of a tag.
      event.preventDefault();
      commit(text);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      const last = tags[tags.length - 1];
      if (last !== undefined) remove(last);
    }
  };

  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex min-h-10 flex-wrap items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 py-1.5 shadow-xs focus-within:outline-2 focus-within:outline-brand-700">
        {tags.length > 0 && (
          <ul aria-label="Étiquettes choisies" className="contents">
            {tags.map((tag) => (
              <li
                key={tag}
                className="inline-flex max-w-full min-w-0 items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm font-medium text-brand-900 ring-1 ring-brand-200 ring-inset"
              >
                <span className="truncate">{tag}</span>
                <button
                  type="button"
                  onClick={() => remove(tag)}
                  className="rounded-full p-0.5 text-brand-800 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-700"
                >
                  <CloseIcon className="size-3.5" />
                  <span className="sr-only">Retirer l’étiquette {tag}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={inputId}
          type="text"
          value={text}
          maxLength={maxTagLength * 4}
          autoComplete="off"
          enterKeyHint="done"
          aria-describedby={hint ? hintId : undefined}
          disabled={tags.length >= maxAddedTags}
          placeholder={tags.length === 0 ? 'ex. : adhérents-2026' : undefined}
          onChange={(event) => {
            // A pasted list (« a, b, c ») becomes chips at once.
            const value = event.target.value;
            if (/[,;]/.test(value)) commit(value);
            else setText(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim()) commit(text);
          }}
          className="min-h-8 min-w-32 flex-1 border-0 bg-transparent px-1 text-base text-slate-900 outline-none placeholder:text-slate-400"
        />
      </div>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

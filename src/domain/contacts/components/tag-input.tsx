import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { FieldFrame } from '../../../components/ui/field-frame';
import { CloseIcon } from '../../../components/ui/icons';
import { lengthHint, tagCountHint } from '../length-hint';
import { addTags, maxTagLength, removeTag, suggestTags } from '../tag-rules';

/** How many suggestions the list shows at once. */
const shownSuggestions = 8;

type TagInputProps = {
  /** Names the field; screen readers hear « … : nouvelle étiquette ». */
  label: string;
  /** When a heading around it already says it (the contact's card). */
  hideLabel?: boolean;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  /** The most tags `value` may hold. */
  maxTags: number;
  disabled?: boolean;
  /** An error from the form around it. */
  error?: string;
  hint?: string;
  placeholder?: string;
  /**
   * Tags to offer as the user types (those in use, the most used first): the field becomes a
   * combobox whose list ↓ and ↑ walk, Entrée picks from and Échap closes.
   */
  suggestions?: readonly string[];
};

/**
 * Tags as removable chips and a field to add some: Entrée, a comma, a semicolon, the « Ajouter »
 * button or leaving the field adds what was typed (a pasted « a, b, c » gives three chips);
 * Retour arrière in the empty field removes the last chip. What cannot be added stays in the field
 * with the reason. Each change is announced, as chips appear away from the caret, and each chip's
 * remove button names its tag. With `suggestions`, matching tags are listed under the field.
 */
export function TagInput({
  label,
  hideLabel = false,
  value,
  onChange,
  maxTags,
  disabled,
  error,
  hint,
  placeholder,
  suggestions,
}: TagInputProps) {
  const { t } = useLingui();
  const inputRef = useRef<HTMLInputElement>(null);
  const listboxId = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [listOpen, setListOpen] = useState(false);
  // The suggestion ↓ and ↑ reached; -1 while none is (Entrée then adds what was typed).
  const [active, setActive] = useState(-1);

  const combobox = suggestions !== undefined;
  const options =
    combobox && value.length < maxTags
      ? suggestTags(suggestions, value, draft, shownSuggestions)
      : [];
  const expanded = listOpen && !disabled && options.length > 0;
  const activeIndex = expanded && active < options.length ? active : -1;
  const optionId = (index: number) => `${listboxId}-${index}`;

  const add = (text: string) => {
    const result = addTags(value, text, maxTags);
    setDraft(result.rest);
    setProblem(result.problem);
    const added = result.tags.slice(value.length);
    if (added.length === 0) return;
    onChange(result.tags);
    const first = added[0];
    const list = added.join(', ');
    setAnnouncement(
      added.length === 1 ? t`Étiquette « ${first} » ajoutée.` : t`Étiquettes ajoutées : ${list}.`,
    );
  };

  const remove = (tag: string) => {
    onChange(removeTag(value, tag));
    setAnnouncement(t`Étiquette « ${tag} » retirée.`);
  };

  const pick = (tag: string) => {
    add(tag);
    setListOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (combobox && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      if (!expanded) {
        setListOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : options.length - 1);
      } else if (event.key === 'ArrowDown') {
        setActive(activeIndex + 1 >= options.length ? 0 : activeIndex + 1);
      } else {
        setActive(activeIndex <= 0 ? options.length - 1 : activeIndex - 1);
      }
    } else if (event.key === 'Escape' && expanded) {
      // Closes the list only, not a dialog around the field.
      event.preventDefault();
      event.stopPropagation();
      setListOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && activeIndex >= 0) {
      event.preventDefault();
      const option = options[activeIndex];
      if (option !== undefined) pick(option);
    } else if (event.key === 'Enter' || event.key === ',' || event.key === ';') {
      // Inside a form, Entrée would submit it; the separators are not part of a tag.
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      const last = value[value.length - 1];
      if (last !== undefined) remove(last);
    }
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Focus moving to a chip or the « Ajouter » button stays within: that button adds anyway.
    if (event.currentTarget.contains(event.relatedTarget)) return;
    setListOpen(false);
    setActive(-1);
    if (draft.trim() !== '') add(draft);
  };

  // The limits, said as they come near: the tag being typed, and how many tags there are.
  const hints = [hint, lengthHint(draft.trim(), maxTagLength), tagCountHint(value.length, maxTags)];
  const newTag = t`nouvelle étiquette`;

  return (
    <FieldFrame
      label={label}
      hideLabel={hideLabel}
      labelSuffix={` : ${newTag}`}
      error={problem ?? error}
      hint={hints.filter(Boolean).join(' · ') || undefined}
    >
      {({ stateClassName, ...control }) => (
        <div className="flex min-w-0 flex-col gap-1.5" onBlur={onBlur}>
          {value.length > 0 && (
            <ul aria-label={t`Étiquettes choisies`} className="flex flex-wrap gap-1.5">
              {value.map((tag) => (
                <li
                  key={tag}
                  className="inline-flex max-w-full min-w-0 items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm text-slate-800 ring-1 ring-slate-300 ring-inset"
                >
                  <span className="min-w-0 truncate">{tag}</span>
                  <button
                    type="button"
                    disabled={disabled}
                    onClick={() => {
                      remove(tag);
                      // The button goes with its chip: keep the focus in the field.
                      inputRef.current?.focus();
                    }}
                    className="inline-flex size-7 shrink-0 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900 disabled:opacity-50"
                  >
                    <CloseIcon className="size-3.5" />
                    <span className="sr-only">{t`Retirer l’étiquette ${tag}`}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="flex min-w-0 gap-2">
            <div className="relative flex min-w-0 flex-1">
              <input
                {...control}
                ref={inputRef}
                type="text"
                value={draft}
                disabled={disabled}
                autoComplete="off"
                enterKeyHint="done"
                placeholder={placeholder ?? t`Nouvelle étiquette`}
                role={combobox ? 'combobox' : undefined}
                aria-autocomplete={combobox ? 'list' : undefined}
                aria-expanded={combobox ? expanded : undefined}
                aria-controls={combobox ? listboxId : undefined}
                aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
                onFocus={() => setListOpen(true)}
                onClick={() => setListOpen(true)}
                onChange={(event) => {
                  // A pasted list (« a, b, c ») becomes chips at once.
                  const text = event.target.value;
                  setListOpen(true);
                  setActive(-1);
                  if (/[,;]/.test(text)) {
                    add(text);
                  } else {
                    setDraft(text);
                    setProblem(null);
                  }
                }}
                onKeyDown={onKeyDown}
                // text-base: iOS zooms into inputs whose font is smaller than 16 px.
                className={clsx(
                  'min-h-10 w-full min-w-0 flex-1 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
                  'placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100',
                  stateClassName,
                )}
              />
              {combobox && (
                <ul
                  id={listboxId}
                  role="listbox"
                  aria-label={t`Étiquettes utilisées`}
                  hidden={!expanded}
                  className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
                >
                  {expanded &&
                    options.map((tag, index) => (
                      <li
                        key={tag}
                        id={optionId(index)}
                        role="option"
                        aria-selected={index === activeIndex}
                        // Keeps the focus in the field, whose blur would add the partial draft.
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => pick(tag)}
                        className={clsx(
                          'min-h-10 cursor-pointer truncate px-3 py-2 text-sm text-slate-900',
                          index === activeIndex
                            ? 'bg-brand-50 text-brand-900'
                            : 'hover:bg-slate-50',
                        )}
                      >
                        {tag}
                      </li>
                    ))}
                </ul>
              )}
            </div>
            <Button variant="secondary" onClick={() => add(draft)} disabled={disabled}>
              {t`Ajouter`}
              <span className="sr-only"> {t`l’étiquette`}</span>
            </Button>
          </div>
          <p role="status" className="sr-only">
            {announcement}
          </p>
        </div>
      )}
    </FieldFrame>
  );
}

import clsx from 'clsx';
import type { ReactNode } from 'react';
import { optionId } from '../composer-text';

export type Suggestion = { id: string; primary: string; secondary?: string };

/**
 * The canned replies or members matching what is typed, under the composer (a listbox the text
 * field drives: arrows move, Enter or Tab chooses, Escape closes). Clicking an option chooses it
 * too; pointer presses do not take the focus from the text field.
 */
export function SuggestionList({
  id,
  label,
  suggestions,
  activeIndex,
  onChoose,
  footer,
}: {
  id: string;
  label: string;
  suggestions: Suggestion[];
  activeIndex: number;
  onChoose: (index: number) => void;
  footer?: ReactNode;
}) {
  return (
    <div className="absolute right-0 bottom-full left-0 z-30 mb-1 max-h-64 overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
      <ul id={id} role="listbox" aria-label={label}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={optionId(id, index)}
            role="option"
            aria-selected={index === activeIndex}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => onChoose(index)}
            className={clsx(
              'flex cursor-pointer flex-col rounded-md px-3 py-2 text-sm',
              index === activeIndex
                ? 'bg-brand-50 text-brand-900'
                : 'text-slate-800 hover:bg-slate-50',
            )}
          >
            <span className="font-semibold">{suggestion.primary}</span>
            {suggestion.secondary && (
              <span className="line-clamp-2 text-slate-600">{suggestion.secondary}</span>
            )}
          </li>
        ))}
      </ul>
      {footer}
    </div>
  );
}

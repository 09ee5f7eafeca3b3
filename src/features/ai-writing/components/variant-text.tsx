import clsx from 'clsx';
import { Fragment } from 'react';
import { splitVariables } from '../variables';

/** A template variable (`{{1}}`), marked as what stays to be filled for each contact. */
export function VariableMark({ text }: { text: string }) {
  return (
    <mark className="rounded bg-amber-100 px-0.5 font-mono text-amber-950 ring-1 ring-amber-300">
      {text}
    </mark>
  );
}

/** A proposed text as WhatsApp sends it, its variables `{{1}}`… highlighted as they stay. */
export function VariantText({ text, className }: { text: string; className?: string }) {
  return (
    <p className={clsx('break-words whitespace-pre-wrap', className)}>
      {splitVariables(text).map((part, index) =>
        part.variable ? (
          <VariableMark key={index} text={part.text} />
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}

import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useRef, type ComponentProps, type ReactNode } from 'react';
import { Button } from '../../../../components/ui/button';
import { FieldFrame } from '../../../../components/ui/field-frame';
import { characterCount } from '../../../../domain/contacts/length-hint';
import { formatNumber } from '../../../../lib/format';
import { fieldDomId } from '../dom-ids';
import { fieldError, moveItem, removeAt, replaceAt, type FormContext } from './form-helpers';
import { VariablePicker } from './variable-picker';

// The pieces every node form is made of: fields tied to the issues validate.ts finds at their
// path (so that « Publier »'s issues focus them), counters of WhatsApp's limits, and the
// controls of a list of items (add, move, remove).

/** « 12 / 20 », « 23 / 20 : 3 de trop »: characters as WhatsApp counts them. */
function Counter({ value, limit }: { value: string; limit: number }) {
  const { t } = useLingui();
  const used = characterCount(value);
  const over = used - limit;
  const usedText = formatNumber(used);
  const limitText = formatNumber(limit);
  const overText = formatNumber(over);
  return (
    <span
      className={clsx(
        'text-xs tabular-nums',
        over > 0 ? 'font-semibold text-red-700' : 'text-slate-600',
      )}
    >
      {over > 0
        ? t`${usedText} / ${limitText} : ${overText} de trop`
        : t`${usedText} / ${limitText}`}
    </span>
  );
}

/** A field of a node: its id and its issue follow from its path in the node's data. */
function NodeFieldFrame({
  context,
  path,
  ...frame
}: Omit<ComponentProps<typeof FieldFrame>, 'id' | 'error'> & {
  context: FormContext;
  path: string;
}) {
  return (
    <FieldFrame
      id={fieldDomId(context.node.id, path)}
      error={fieldError(context, path)}
      {...frame}
    />
  );
}

type TextProps = {
  context: FormContext;
  /** The field's path in the node's data: its id and its issues follow from it. */
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** WhatsApp's limit, shown as a live counter. */
  limit?: number;
  multiline?: boolean;
  rows?: number;
  /** Offers `{{variables}}` to insert where the caret is. */
  variables?: boolean;
  hint?: string;
  placeholder?: string;
  type?: 'text' | 'url' | 'time';
  list?: string;
  className?: string;
};

/** A text field of a node, with its counter, its issue and, if asked, the variables to insert. */
export function NodeTextField({
  context,
  path,
  label,
  value,
  onChange,
  limit,
  multiline = false,
  rows = 3,
  variables = false,
  hint,
  placeholder,
  type = 'text',
  list,
  className,
}: TextProps) {
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const insert = (token: string) => {
    const element = control.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? start;
    onChange(value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const inputClass = (stateClassName: string) =>
    clsx(
      'nodrag w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
      'placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100',
      multiline ? 'nowheel' : 'min-h-10',
      stateClassName,
    );

  return (
    <div className={clsx('flex min-w-0 flex-col gap-1', className)}>
      <NodeFieldFrame context={context} path={path} label={label} hint={hint}>
        {({ stateClassName, ...props }) =>
          multiline ? (
            <textarea
              {...props}
              ref={control}
              rows={rows}
              value={value}
              placeholder={placeholder}
              onChange={(event) => onChange(event.target.value)}
              className={inputClass(stateClassName)}
            />
          ) : (
            <input
              {...props}
              ref={control}
              type={type}
              list={list}
              value={value}
              placeholder={placeholder}
              autoComplete="off"
              onChange={(event) => onChange(event.target.value)}
              className={inputClass(stateClassName)}
            />
          )
        }
      </NodeFieldFrame>
      {(limit !== undefined || variables) && (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {variables ? <VariablePicker onInsert={insert} fieldLabel={label} /> : <span />}
          {limit !== undefined && <Counter value={value} limit={limit} />}
        </div>
      )}
    </div>
  );
}

/** A whole number field of a node. */
export function NodeNumberField({
  context,
  path,
  label,
  value,
  onChange,
  min,
  max,
  hint,
}: {
  context: FormContext;
  path: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  hint?: string;
}) {
  return (
    <NodeFieldFrame context={context} path={path} label={label} hint={hint}>
      {({ stateClassName, ...props }) => (
        <input
          {...props}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          // The document stays within flow.ts's bounds whatever is typed.
          onChange={(event) => {
            const number = Math.round(Number(event.target.value));
            if (Number.isFinite(number)) onChange(Math.min(max, Math.max(min, number)));
          }}
          className={clsx(
            'nodrag min-h-10 w-32 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
            'focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100',
            stateClassName,
          )}
        />
      )}
    </NodeFieldFrame>
  );
}

/** A choice among options of a node. */
export function NodeSelectField<V extends string>({
  context,
  path,
  label,
  value,
  options,
  onChange,
  hint,
  className,
}: {
  context: FormContext;
  path: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  hint?: string;
  className?: string;
}) {
  return (
    <NodeFieldFrame context={context} path={path} label={label} hint={hint} className={className}>
      {({ stateClassName, ...props }) => (
        <select
          {...props}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
          className={clsx(
            'nodrag min-h-10 w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
            'focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100',
            stateClassName,
          )}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </NodeFieldFrame>
  );
}

/** A checkbox of a node. */
export function NodeCheckbox({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <label className="flex items-start gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="nodrag mt-0.5 size-5 shrink-0 accent-brand-700"
      />
      <span className="flex flex-col">
        <span className="font-medium">{label}</span>
        {hint && <span className="text-slate-600">{hint}</span>}
      </span>
    </label>
  );
}

/**
 * One item of a list (a button, a row, a branch…): its fields, and buttons to move it up or down
 * and to remove it, named after the item for screen readers.
 */
function ItemCard({
  context,
  path,
  title,
  index,
  count,
  onMove,
  onRemove,
  removable = true,
  children,
}: {
  context: FormContext;
  path: string;
  /** « Bouton 2 »: names the item in the group and in its controls. */
  title: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
  removable?: boolean;
  children: ReactNode;
}) {
  const { t } = useLingui();
  const error = fieldError(context, path);
  return (
    <fieldset
      id={fieldDomId(context.node.id, path)}
      tabIndex={-1}
      className={clsx(
        'flex min-w-0 flex-col gap-3 rounded-lg border p-3',
        error ? 'border-red-400' : 'border-slate-200',
      )}
    >
      <legend className="sr-only">{title}</legend>
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-semibold text-slate-800" aria-hidden="true">
          {title}
        </span>
        <div className="flex gap-1">
          <Button
            variant="ghost"
            className="min-h-9 px-2"
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            aria-label={t`Monter : ${title}`}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            variant="ghost"
            className="min-h-9 px-2"
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            aria-label={t`Descendre : ${title}`}
          >
            <span aria-hidden="true">↓</span>
          </Button>
          {removable && (
            <Button
              variant="ghost"
              className="min-h-9 px-2 text-red-700"
              onClick={onRemove}
              aria-label={t`Supprimer : ${title}`}
            >
              <span aria-hidden="true">✕</span>
            </Button>
          )}
        </div>
      </div>
      {error && <p className="text-sm text-red-700">{error}</p>}
      {children}
    </fieldset>
  );
}

/** « + Ajouter un bouton », disabled at WhatsApp's limit with the reason said. */
export function AddItemButton({
  label,
  onAdd,
  disabledReason,
}: {
  label: string;
  onAdd: () => void;
  /** Why no more can be added (the limit reached); the button is then disabled. */
  disabledReason?: string;
}) {
  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" onClick={onAdd} disabled={disabledReason !== undefined}>
        <span aria-hidden="true">+</span> {label}
      </Button>
      {disabledReason && <p className="text-sm text-slate-600">{disabledReason}</p>}
    </div>
  );
}

/** What a list tells the fields of one of its items. */
export type ListPlace<T> = {
  /** The item's number as people count: 1 for the first. */
  number: number;
  /** The item's path in the node's data (`buttons.0`). */
  path: string;
  /** Saves the item changed; `fieldPath` as in NodeFormProps' `set`. */
  update: (item: T, fieldPath?: string) => void;
};

/**
 * The items of a list (buttons, rows, branches…), each a card that moves up and down and goes,
 * and below them the button that adds one.
 */
export function ItemList<T>({
  context,
  path,
  items,
  onChange,
  itemKey = (_, index) => index,
  itemTitle,
  removable = true,
  addLabel,
  newItem,
  limit,
  disabledReason,
  children,
}: {
  context: FormContext;
  /** The list's path in the node's data (`buttons`, `sections.0.rows`). */
  path: string;
  items: readonly T[];
  /** Saves the list changed; `fieldPath` as in NodeFormProps' `set`. */
  onChange: (items: T[], fieldPath?: string) => void;
  /** The item's id where it has one; its position otherwise. */
  itemKey?: (item: T, index: number) => string | number;
  /** « Bouton 2 », from the item's number. */
  itemTitle: (number: number) => string;
  /** False where the list must keep the items it has. */
  removable?: boolean;
  addLabel: string;
  newItem: () => NoInfer<T>;
  /** How many items the list holds at most, and the sentence that says so once it is full. */
  limit?: { max: number; reason: string };
  /** Why no more can be added though the list is not full (a limit shared with other lists). */
  disabledReason?: string;
  /** The item's fields. */
  children: (item: T, place: ListPlace<T>) => ReactNode;
}) {
  return (
    <>
      {items.map((item, index) => {
        const number = index + 1;
        const title = itemTitle(number);
        const itemPath = `${path}.${index}`;
        return (
          <ItemCard
            key={itemKey(item, index)}
            context={context}
            path={itemPath}
            title={title}
            index={index}
            count={items.length}
            removable={removable}
            onMove={(to) => onChange(moveItem(items, index, to))}
            onRemove={() => onChange(removeAt(items, index))}
          >
            {children(item, {
              number,
              path: itemPath,
              update: (next, fieldPath) => onChange(replaceAt(items, index, next), fieldPath),
            })}
          </ItemCard>
        );
      })}
      <AddItemButton
        label={addLabel}
        disabledReason={
          disabledReason ?? (limit && items.length >= limit.max ? limit.reason : undefined)
        }
        onAdd={() => onChange([...items, newItem()])}
      />
    </>
  );
}

/** A group of fields under a heading. */
export function FormSection({
  title,
  children,
  id,
}: {
  title: string;
  children: ReactNode;
  id?: string;
}) {
  return (
    <section id={id} tabIndex={id ? -1 : undefined} className="flex flex-col gap-3">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

/** Text said under a form, when the node needs a word of explanation. */
export function FormNote({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}

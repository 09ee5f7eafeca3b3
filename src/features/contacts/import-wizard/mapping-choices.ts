// The choices of the mapping screen: what each column of the file may become, and the rule that
// exactly one column holds the phone number.
import { t } from '@lingui/core/macro';
import { attributeKey, columnTargetLabel } from '../../../domain/contacts/import/column-mapping';
import { fileProblemText } from '../../../domain/contacts/import/messages';
import type { ColumnTarget } from '../../../domain/contacts/import/types';

export type TargetKind = ColumnTarget['kind'];

const kinds: readonly TargetKind[] = [
  'phone',
  'name',
  'first_name',
  'last_name',
  'email',
  'tags',
  'attribute',
  'ignore',
];

/**
 * The attribute a column becomes: the key it already has, else the one its header gives, made
 * unique among the other columns (two « Ville » columns must not overwrite each other).
 */
function attributeTarget(column: number, headers: string[], mapping: ColumnTarget[]): ColumnTarget {
  const current = mapping[column];
  if (current?.kind === 'attribute') return current;
  const taken = new Set(
    mapping.flatMap((target, index) =>
      target.kind === 'attribute' && index !== column ? [target.key] : [],
    ),
  );
  const base = attributeKey(headers[column] ?? '');
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base.slice(0, 60)}_${n}`;
  return { kind: 'attribute', key };
}

/** The target a choice of a column's select stands for. */
export function targetFor(
  kind: TargetKind,
  column: number,
  headers: string[],
  mapping: ColumnTarget[],
): ColumnTarget {
  return kind === 'attribute' ? attributeTarget(column, headers, mapping) : { kind };
}

/** The options of a column's select, labelled in the reader's language (« Attribut « ville » »…). */
export function columnChoices(
  column: number,
  headers: string[],
  mapping: ColumnTarget[],
): { value: TargetKind; label: string }[] {
  return kinds.map((kind) => ({
    value: kind,
    label: columnTargetLabel(targetFor(kind, column, headers, mapping)),
  }));
}

/** How a column's header reads in a label, even when the file left it blank. */
export function columnName(header: string, column: number): string {
  const number = column + 1;
  return header.trim() || t`Colonne ${number}`;
}

/** Why the mapping cannot be used yet; null when it can. */
export function mappingProblem(headers: string[], mapping: ColumnTarget[]): string | null {
  const phoneColumns = mapping.flatMap((target, column) =>
    target.kind === 'phone' ? [column] : [],
  );
  if (phoneColumns.length === 0) return fileProblemText({ code: 'no_phone_column' });
  if (phoneColumns.length > 1) {
    const names = phoneColumns
      .map((column) => {
        const name = columnName(headers[column] ?? '', column);
        return t`« ${name} »`;
      })
      .join(', ');
    return t`Une seule colonne peut contenir le numéro WhatsApp : choisissez entre ${names}.`;
  }
  return null;
}

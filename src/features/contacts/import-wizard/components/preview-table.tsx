import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '../../../../components/ui/badge';
import { ScrollableTable } from '../../../../components/ui/scrollable-table';
import { formatNumber } from '../../../../lib/format';
import { columnTargetLabel } from '../../../../domain/contacts/import/column-mapping';
import { rowProblemText } from '../../../../domain/contacts/import/messages';
import type { ColumnTarget } from '../../../../domain/contacts/import/types';
import { columnName } from '../mapping-choices';
import type { PreviewRow } from '../worker-protocol';

const rowClasses: Record<PreviewRow['status'], string> = {
  valid: '',
  invalid: 'bg-red-50',
  duplicate: 'bg-amber-50',
};

function RowStatus({ row }: { row: PreviewRow }) {
  return (
    <div className="flex min-w-36 flex-col items-start gap-1 break-words">
      {row.status === 'invalid' ? (
        <Badge tone="danger">
          <Trans>Invalide</Trans>
        </Badge>
      ) : row.status === 'duplicate' ? (
        <Badge tone="warning">
          <Trans>Doublon</Trans>
        </Badge>
      ) : (
        <Badge tone="brand">
          <Trans>Valide</Trans>
        </Badge>
      )}
      {row.problem && <span className="text-sm text-slate-800">{rowProblemText(row.problem)}</span>}
      {row.warnings.map((warning) => {
        const text = rowProblemText(warning);
        return (
          <span key={text} className="text-sm text-amber-900">
            <Trans>
              <span className="font-semibold">Remarque :</span> {text}
            </Trans>
          </span>
        );
      })}
    </div>
  );
}

/**
 * The first lines as they will be imported. Problems are said in words and badges, not only by
 * colour. The state comes right after the line number and wraps, so that it is read in full
 * whatever the number of columns: only the file's own columns may need scrolling sideways.
 */
export function PreviewTable({
  headers,
  mapping,
  rows,
  totalRows,
}: {
  headers: string[];
  mapping: ColumnTarget[];
  rows: PreviewRow[];
  totalRows: number;
}) {
  const { t } = useLingui();
  const columns = headers.flatMap((header, column) => {
    const target = mapping[column];
    return target && target.kind !== 'ignore' ? [{ header, column, target }] : [];
  });
  const rowCount = rows.length;
  const shown = formatNumber(rowCount);
  const total = formatNumber(totalRows);
  const caption =
    rows.length < totalRows
      ? t`Aperçu des ${shown} premières lignes sur ${total}`
      : t`Aperçu des ${plural(rowCount, { one: '# ligne', other: '# lignes' })} du fichier`;

  return (
    <ScrollableTable caption={caption}>
      <thead className="bg-slate-50">
        <tr>
          <th
            scope="col"
            className="px-3 py-2 align-bottom font-semibold whitespace-nowrap text-slate-800"
          >
            <Trans>Ligne</Trans>
          </th>
          <th scope="col" className="px-3 py-2 align-bottom font-semibold text-slate-800">
            <Trans>État</Trans>
          </th>
          {columns.map(({ header, column, target }) => (
            <th key={column} scope="col" className="px-3 py-2 align-bottom text-slate-800">
              <span className="block font-semibold break-words">{columnName(header, column)}</span>
              <span className="block text-xs font-normal break-words text-slate-500">
                {columnTargetLabel(target)}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 bg-white">
        {rows.map((row) => (
          <tr key={row.line} data-status={row.status} className={rowClasses[row.status]}>
            <th scope="row" className="px-3 py-2 align-top font-normal text-slate-600 tabular-nums">
              {row.line}
            </th>
            <td data-column="state" className="max-w-64 px-3 py-2 align-top">
              <RowStatus row={row} />
            </td>
            {columns.map(({ column, target }) => (
              <td
                key={column}
                className={
                  // A number stays on one line, as it is read; free text wraps.
                  target.kind === 'phone'
                    ? 'px-3 py-2 align-top whitespace-nowrap text-slate-900'
                    : 'max-w-64 px-3 py-2 align-top break-words text-slate-900'
                }
              >
                {row.cells[column]}
                {target.kind === 'phone' && row.phone && row.phone !== row.cells[column] && (
                  <span className="block text-xs whitespace-nowrap text-slate-500">
                    <span className="sr-only">
                      <Trans>Enregistré comme</Trans>{' '}
                    </span>
                    <span aria-hidden="true">→ </span>
                    {row.phone}
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

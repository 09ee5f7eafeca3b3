import { Badge } from '../../../../components/ui/badge';
import { ScrollableTable } from '../../../../components/ui/scrollable-table';
import { formatNumber } from '../../../../lib/format';
import { columnTargetLabel } from '../../../../domain/contacts/import/column-mapping';
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
    <div className="flex min-w-48 flex-col items-start gap-1">
      {row.status === 'invalid' ? (
        <Badge tone="danger">Invalide</Badge>
      ) : row.status === 'duplicate' ? (
        <Badge tone="warning">Doublon</Badge>
      ) : (
        <Badge tone="brand">Valide</Badge>
      )}
      {row.problem && <span className="text-sm text-slate-800">{row.problem}</span>}
      {row.warnings.map((warning) => (
        <span key={warning} className="text-sm text-amber-900">
          <span className="font-semibold">Remarque :</span> {warning}
        </span>
      ))}
    </div>
  );
}

/** The first lines as they will be imported. Problems are said in words and badges, not only by colour. */
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
  const columns = headers.flatMap((header, column) => {
    const target = mapping[column];
    return target && target.kind !== 'ignore' ? [{ header, column, target }] : [];
  });
  const caption =
    rows.length < totalRows
      ? `Aperçu des ${formatNumber(rows.length)} premières lignes sur ${formatNumber(totalRows)}`
      : `Aperçu des ${formatNumber(rows.length)} ligne${rows.length > 1 ? 's' : ''} du fichier`;

  return (
    <ScrollableTable caption={caption}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap text-slate-800">
            Ligne
          </th>
          {columns.map(({ header, column, target }) => (
            <th key={column} scope="col" className="px-3 py-2 align-bottom text-slate-800">
              <span className="block font-semibold whitespace-nowrap">
                {columnName(header, column)}
              </span>
              <span className="block text-xs font-normal whitespace-nowrap text-slate-500">
                {columnTargetLabel(target)}
              </span>
            </th>
          ))}
          <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap text-slate-800">
            État
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 bg-white">
        {rows.map((row) => (
          <tr key={row.line} data-status={row.status} className={rowClasses[row.status]}>
            <th scope="row" className="px-3 py-2 font-normal text-slate-600 tabular-nums">
              {row.line}
            </th>
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
                    <span className="sr-only">Enregistré comme </span>
                    <span aria-hidden="true">→ </span>
                    {row.phone}
                  </span>
                )}
              </td>
            ))}
            <td className="px-3 py-2 align-top">
              <RowStatus row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

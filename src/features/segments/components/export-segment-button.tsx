import { plural, t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { ExportCsvButton } from '../../../components/ui/export-csv-button';
import { exportContactsCsv } from '../../../domain/contacts/api';
import { exportFileName, type ExportProgress } from '../../../domain/contacts/export';
import { formatNumber } from '../../../lib/format';
import { supabase } from '../../../lib/supabase';
import type { SegmentCriteria } from '@shared/segments/criteria.ts';

type ExportSegmentButtonProps = {
  organizationId: string;
  timeZone: string;
  /** The file is named after it. */
  name: string;
  /** null while the conditions are incomplete: nothing to export yet. */
  criteria: SegmentCriteria | null;
};

function progressText({ done, total }: ExportProgress): string {
  if (total === null)
    return t`Export : ${plural(done, { one: '# contact lu…', other: '# contacts lus…' })}`;
  const all = formatNumber(total);
  return t`Export : ${plural(done, { one: `# contact sur ${all}…`, other: `# contacts sur ${all}…` })}`;
}

/**
 * The segment's contacts as a CSV file for Excel. Reading 100,000 contacts takes a while: the
 * progress is shown and announced, and the export can be cancelled.
 */
export function ExportSegmentButton({
  organizationId,
  timeZone,
  name,
  criteria,
}: ExportSegmentButtonProps) {
  const { t } = useLingui();
  return (
    <ExportCsvButton
      fileName={() => exportFileName(`segment-${name || t`sans-nom`}`, timeZone)}
      run={
        criteria &&
        ((options) =>
          exportContactsCsv(supabase, { ...options, organizationId, criteria, timeZone }))
      }
      renderProgress={(progress) => (
        <div role="status" aria-live="polite" className="text-sm text-slate-600">
          {progress !== null && (
            <>
              <progress
                className="block h-2 w-full max-w-xs accent-brand-700"
                aria-label={t`Progression de l’export`}
                value={progress.total ? progress.done : undefined}
                max={progress.total || undefined}
              />
              <span>{progressText(progress)}</span>
            </>
          )}
        </div>
      )}
    />
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { ProgressBar } from '../../../../components/ui/progress-bar';
import { formatNumber } from '../../../../lib/format';
import type { ImportProgress } from '../../../../domain/contacts/import/types';
import { progressLabel } from '../import-outcome';

/** Step 4: the upload's progress, and a way to stop it. */
export function ImportStep({
  progress,
  cancelling,
  onCancel,
}: {
  progress: ImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useLingui();
  const labelId = useId();
  const ratio = progress.total > 0 ? Math.min(progress.done / progress.total, 1) : 0;
  const text = progressLabel(progress);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <span id={labelId} className="text-sm font-medium text-slate-800">
            <Trans>Progression de l’import</Trans>
          </span>
          <span className="text-sm text-slate-600 tabular-nums" aria-hidden="true">
            {formatNumber(Math.round(ratio * 100))} %
          </span>
        </div>
        <ProgressBar
          labelledBy={labelId}
          value={progress.done}
          max={progress.total}
          valueText={text}
          heightClassName="h-3"
          fillClassName="bg-brand-600 duration-300"
        />
        <p aria-live="polite" className="text-sm font-medium text-slate-900 tabular-nums">
          {text}
        </p>
      </div>

      <p className="text-sm text-slate-600">
        <Trans>
          Les contacts partent par lots. Vous pouvez annuler à tout moment : les lots déjà envoyés
          restent enregistrés, et relancer le même fichier ne les dupliquera pas.
        </Trans>
      </p>
      <div>
        <Button
          variant="secondary"
          onClick={onCancel}
          loading={cancelling}
          loadingText={t`Annulation…`}
        >
          <Trans>Annuler l’import</Trans>
        </Button>
      </div>
    </div>
  );
}

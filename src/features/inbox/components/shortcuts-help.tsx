import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { shortcutHelp } from '../shortcuts';

/** The list of the inbox's keyboard shortcuts (« ? » or Ctrl+/). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useLingui();
  return (
    <Dialog open={open} onClose={onClose} title={t`Raccourcis clavier`}>
      <dl className="mt-4 flex flex-col gap-2 text-sm">
        {shortcutHelp.map(({ keys, description }) => {
          const written = keys.map((key) => (typeof key === 'string' ? key : t(key)));
          return (
            <div key={written.join('+')} className="flex items-start justify-between gap-3">
              <dt className="flex shrink-0 gap-1">
                {written.map((key, index) => (
                  <kbd
                    key={index}
                    className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-900"
                  >
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd className="text-right text-slate-700">{t(description)}</dd>
            </div>
          );
        })}
      </dl>
      <div className="mt-5 flex justify-end">
        <Button variant="secondary" onClick={onClose} data-autofocus>
          <Trans>Fermer</Trans>
        </Button>
      </div>
    </Dialog>
  );
}

import { Trans } from '@lingui/react/macro';
import clsx from 'clsx';
import { useToastStore, type Toast } from './toast-store';
import { CloseIcon } from './icons';

const toneClasses: Record<Toast['tone'], string> = {
  success: 'border-brand-200 bg-brand-50 text-brand-900',
  info: 'border-slate-200 bg-white text-slate-900',
  error: 'border-red-200 bg-red-50 text-red-900',
};

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <li
      className={clsx(
        'pointer-events-auto flex w-full items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg',
        toneClasses[toast.tone],
      )}
    >
      <p className="min-w-0 flex-1 break-words">{toast.message}</p>
      <button
        type="button"
        onClick={() => dismiss(toast.id)}
        className="-m-1 shrink-0 rounded p-1 opacity-70 hover:opacity-100"
      >
        <CloseIcon className="size-4" />
        <span className="sr-only">
          <Trans>Fermer la notification</Trans>
        </span>
      </button>
    </li>
  );
}

/**
 * Two live regions that stay in the page: polite for results, assertive for failures. Each is
 * rendered from the start, as screen readers only announce changes inside an existing region.
 */
export function Toaster() {
  const toasts = useToastStore((state) => state.toasts);
  const errors = toasts.filter((toast) => toast.tone === 'error');
  const others = toasts.filter((toast) => toast.tone !== 'error');

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
      <div role="status" aria-live="polite" className="w-full max-w-sm">
        <ul className="flex flex-col gap-2">
          {others.map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
        </ul>
      </div>
      <div aria-live="assertive" className="w-full max-w-sm">
        <ul className="flex flex-col gap-2">
          {errors.map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
        </ul>
      </div>
    </div>
  );
}

import { Trans } from '@lingui/react/macro';
import { Spinner } from './spinner';

export function PageLoader() {
  return (
    <div role="status" className="flex flex-1 items-center justify-center p-8 text-brand-700">
      <Spinner className="size-8" />
      <span className="sr-only">
        <Trans>Chargement…</Trans>
      </span>
    </div>
  );
}

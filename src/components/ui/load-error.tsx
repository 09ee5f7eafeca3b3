import { Trans } from '@lingui/react/macro';
import clsx from 'clsx';
import { Button } from './button';
import { InlineError } from './inline-error';

/** Why something could not be loaded, and « Réessayer » to ask again. */
export function LoadError({
  message,
  onRetry,
  className,
}: {
  message: string;
  onRetry: () => void;
  className?: string;
}) {
  return (
    <div className={clsx('flex flex-col items-start gap-3', className)}>
      <InlineError message={message} />
      <Button variant="secondary" onClick={onRetry}>
        <Trans>Réessayer</Trans>
      </Button>
    </div>
  );
}

import { useRef, type ReactNode } from 'react';
import { copyText } from '../../lib/clipboard';
import { Button } from './button';
import { CopyIcon } from './icons';
import { TextField } from './text-field';
import { toast } from './toast-store';

/**
 * A read-only value to copy (a link, an address), with its copy button and whatever other actions
 * sit beside it. When copying is refused, the value is selected so the person can copy it by hand.
 */
export function CopyableField({
  label,
  value,
  copyLabel,
  copiedMessage,
  failedMessage,
  className,
  actions,
}: {
  label: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  failedMessage: string;
  className?: string;
  actions?: ReactNode;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <TextField
        ref={inputRef}
        label={label}
        className={className}
        readOnly
        value={value}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <Button
          variant="secondary"
          onClick={() => {
            void copyText(value).then((copied) => {
              if (copied) {
                toast.success(copiedMessage);
              } else {
                inputRef.current?.focus();
                toast.error(failedMessage);
              }
            });
          }}
        >
          <CopyIcon className="size-4" />
          {copyLabel}
        </Button>
        {actions}
      </div>
    </>
  );
}

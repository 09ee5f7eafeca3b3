import clsx from 'clsx';
import { useId, type ReactNode } from 'react';
import { Modal } from './modal';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** md: a question or a short form; xl: a longer form. */
  size?: 'md' | 'xl';
};

export function Dialog({ open, onClose, title, description, children, size = 'md' }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();

  return (
    <Modal
      open={open}
      onClose={onClose}
      labelledBy={titleId}
      describedBy={description ? descriptionId : undefined}
      className={clsx(
        'm-auto w-[calc(100%-2rem)] rounded-xl bg-white p-0 text-slate-900 shadow-xl',
        size === 'xl' ? 'max-w-xl' : 'max-w-md',
      )}
    >
      <div className="p-5 sm:p-6">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="mt-2 text-sm text-slate-600">
            {description}
          </div>
        )}
        {children}
      </div>
    </Modal>
  );
}

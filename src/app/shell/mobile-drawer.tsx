import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { CloseIcon } from '../../components/ui/icons';
import { Modal } from '../../components/ui/modal';
import { Logo, MainNavigation } from './navigation';

// Tailwind's md breakpoint: from there the sidebar shows and the drawer has no reason to stay open.
const wideScreen = '(min-width: 48rem)';

export function MobileDrawer({
  id,
  open,
  onClose,
}: {
  id: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useLingui();
  useEffect(() => {
    if (!open) return;
    const query = window.matchMedia(wideScreen);
    const closeWhenWide = (event: MediaQueryListEvent) => {
      if (event.matches) onClose();
    };
    query.addEventListener('change', closeWhenWide);
    return () => query.removeEventListener('change', closeWhenWide);
  }, [open, onClose]);

  return (
    <Modal
      open={open}
      onClose={onClose}
      label={t`Menu`}
      className="m-0 h-dvh max-h-none w-72 max-w-[85vw] bg-white p-0 shadow-xl"
    >
      <div id={id} className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
          <Logo />
          <button
            type="button"
            onClick={onClose}
            className="inline-flex size-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
          >
            <CloseIcon />
            <span className="sr-only">
              <Trans>Fermer le menu</Trans>
            </span>
          </button>
        </div>
        <div className="flex-1 overflow-y-auto">
          <MainNavigation onNavigate={onClose} />
        </div>
      </div>
    </Modal>
  );
}

import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * How a disclosure (a button that shows a panel) closes: while it is open, a pointer pressed
 * outside its container closes it; Escape inside closes it and gives the focus back to the button.
 * Escape stops there: the page's own Escape (« revenir ») is not triggered by closing a menu.
 * Put `containerRef` and `onKeyDown` on the element around the button and the panel, `buttonRef`
 * on the button.
 */
export function useDisclosureDismiss(open: boolean, close: () => void) {
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) {
        closeRef.current();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
      buttonRef.current?.focus();
    }
  };

  return { containerRef, buttonRef, onKeyDown };
}

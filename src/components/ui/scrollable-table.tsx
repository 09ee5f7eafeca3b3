import { useId, type ReactNode } from 'react';

/**
 * A table with its caption that scrolls sideways inside its own frame on a narrow screen, never the
 * page. The frame is a region named by the caption and takes the focus, so that keyboard users can
 * scroll it. `children` are the table's head and body.
 */
export function ScrollableTable({
  caption,
  busy = false,
  children,
}: {
  caption: string;
  busy?: boolean;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      aria-busy={busy || undefined}
      tabIndex={0}
      // relative: screen-reader-only text in cells (absolutely positioned) stays inside the frame
      // that scrolls, instead of widening the page on a phone.
      className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-700"
    >
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption id={captionId} className="px-3 py-2 text-left text-sm text-slate-600">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

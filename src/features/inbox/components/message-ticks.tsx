import clsx from 'clsx';
import { tickLabel, type Tick } from '../message-status';

/** ✓ sent, ✓✓ delivered, ✓✓ blue read, a clock while sending, a cross when it failed. */
export function MessageTicks({ tick, className }: { tick: Tick; className?: string }) {
  const label = tickLabel(tick);
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={clsx(
        'inline-flex shrink-0 items-center',
        tick === 'read' ? 'text-sky-700' : tick === 'failed' ? 'text-red-700' : 'text-slate-600',
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 18 12"
        className="h-3 w-[1.125rem]"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {tick === 'clock' && (
          <>
            <circle cx="9" cy="6" r="5" />
            <path d="M9 3.5V6l1.8 1.2" />
          </>
        )}
        {tick === 'sent' && <path d="M4 6.5l2.5 2.5L12 3" />}
        {(tick === 'delivered' || tick === 'read') && (
          <>
            <path d="M1.5 6.5 4 9l5.5-6" />
            <path d="M7.5 8.2 8.3 9l5.5-6" />
          </>
        )}
        {tick === 'failed' && (
          <>
            <circle cx="9" cy="6" r="5" />
            <path d="M9 3.5v3M9 8.4v.1" />
          </>
        )}
      </svg>
    </span>
  );
}

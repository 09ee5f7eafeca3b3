import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { useActiveOrganizationStore } from '../../../lib/active-organization';
import { useWorkspace } from '../../../lib/workspace';
import { toast } from '../../../components/ui/toast-store';

// Organisation names run long (« CNSA (Centre national de santé animale) »): on a phone the header
// wraps them rather than cutting them, in the plain name as in the switcher.
const nameClassName =
  'min-w-0 text-sm leading-snug font-semibold wrap-anywhere hyphens-auto text-slate-900';

/**
 * The active organisation's name, as a select when the user belongs to several. The select is
 * laid over its own rendering of the chosen name, which wraps where a select's text would be cut;
 * the options open in the system's own list.
 */
export function OrganizationSwitcher() {
  const { t } = useLingui();
  const { organization, memberships } = useWorkspace();
  const setActive = useActiveOrganizationStore((state) => state.setOrganizationId);
  const selectId = useId();

  if (memberships.length < 2) {
    return <p className={nameClassName}>{organization.name}</p>;
  }

  return (
    <div className="relative w-fit max-w-full min-w-0 sm:max-w-80">
      <label htmlFor={selectId} className="sr-only">
        <Trans>Organisation active</Trans>
      </label>
      <select
        id={selectId}
        value={organization.id}
        onChange={(event) => {
          const next = memberships.find((m) => m.organization.id === event.target.value);
          if (!next) return;
          setActive(next.organization.id);
          const name = next.organization.name;
          toast.info(t`Vous travaillez maintenant dans « ${name} ».`);
        }}
        className="peer absolute inset-0 size-full cursor-pointer opacity-0"
      >
        {memberships.map((m) => (
          <option key={m.organization.id} value={m.organization.id}>
            {m.organization.name}
          </option>
        ))}
      </select>
      <div
        aria-hidden="true"
        className="flex min-h-10 items-center gap-1 rounded-md border border-slate-300 bg-white py-1.5 pr-1.5 pl-2.5 peer-hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700"
      >
        <span className={nameClassName}>{organization.name}</span>
        <svg
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="size-4 shrink-0 text-slate-500"
        >
          <path d="m6 9 6 6 6-6" />
        </svg>
      </div>
    </div>
  );
}

import { useId } from 'react';
import { useActiveOrganizationStore } from '../../../lib/active-organization';
import { useWorkspace } from '../../../lib/workspace';
import { toast } from '../../../components/ui/toast-store';

/** The active organisation's name, as a select when the user belongs to several. */
export function OrganizationSwitcher() {
  const { organization, memberships } = useWorkspace();
  const setActive = useActiveOrganizationStore((state) => state.setOrganizationId);
  const selectId = useId();

  if (memberships.length < 2) {
    return (
      <p
        className="min-w-0 truncate text-sm font-semibold text-slate-900"
        title={organization.name}
      >
        {organization.name}
      </p>
    );
  }

  return (
    <div className="min-w-0">
      <label htmlFor={selectId} className="sr-only">
        Organisation active
      </label>
      <select
        id={selectId}
        value={organization.id}
        onChange={(event) => {
          const next = memberships.find((m) => m.organization.id === event.target.value);
          if (!next) return;
          setActive(next.organization.id);
          toast.info(`Vous travaillez maintenant dans « ${next.organization.name} ».`);
        }}
        className="min-h-10 w-full max-w-64 min-w-0 truncate rounded-md border border-slate-300 bg-white py-2 pr-8 pl-3 text-sm font-semibold text-slate-900"
      >
        {memberships.map((m) => (
          <option key={m.organization.id} value={m.organization.id}>
            {m.organization.name}
          </option>
        ))}
      </select>
    </div>
  );
}

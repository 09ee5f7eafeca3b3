import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type ActiveOrganizationState = {
  /** The organisation last chosen in this browser; may be stale, see `pickActive`. */
  organizationId: string | null;
  setOrganizationId: (organizationId: string | null) => void;
};

export const useActiveOrganizationStore = create<ActiveOrganizationState>()(
  persist(
    (set) => ({
      organizationId: null,
      setOrganizationId: (organizationId) => set({ organizationId }),
    }),
    { name: 'wcap.active-organization', version: 1 },
  ),
);

/**
 * The organisation to show: the stored one when the user still belongs to it, otherwise the first
 * of their memberships (a stored id from another account or a left organisation is ignored).
 */
export function pickActive<T extends { organization: { id: string } }>(
  memberships: readonly T[],
  storedId: string | null,
): T | undefined {
  return memberships.find((m) => m.organization.id === storedId) ?? memberships[0];
}

import { createContext, useContext } from 'react';
import type { Tables } from './database.types';
import type { MemberRole } from '../domain/organizations/roles';

export type Organization = Tables<'organizations'>;

export type MyMembership = {
  role: MemberRole;
  organization: Organization;
};

/** Who is working, in which organisation and with which role: what every shell page needs. */
export type Workspace = {
  userId: string;
  email: string;
  organization: Organization;
  role: MemberRole;
  memberships: MyMembership[];
};

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside the workspace gate');
  return workspace;
}

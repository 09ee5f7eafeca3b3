import { describe, expect, it } from 'vitest';
import type { MemberRole } from '../../domain/organizations/roles';
import {
  canDeleteContacts,
  canEditContacts,
  canImportContacts,
  canResubscribeContacts,
} from './permissions';

const roles: MemberRole[] = ['owner', 'admin', 'agent', 'viewer'];
const allowed = (can: (role: MemberRole) => boolean) => roles.filter(can);

describe('contact permissions', () => {
  it('lets agents edit and opt out, and keeps deleting and importing for admins', () => {
    expect(allowed(canEditContacts)).toEqual(['owner', 'admin', 'agent']);
    expect(allowed(canDeleteContacts)).toEqual(['owner', 'admin']);
    expect(allowed(canImportContacts)).toEqual(['owner', 'admin']);
  });

  it('keeps the export of every number and undoing a « STOP » for owners and admins', () => {
    expect(allowed(canResubscribeContacts)).toEqual(['owner', 'admin']);
  });
});

import { describe, expect, it } from 'vitest';
import { memberRoles } from '../organizations/roles';
import { canExportContacts } from './permissions';

describe('canExportContacts', () => {
  it('lets owners and admins only take every number away in a file', () => {
    expect(memberRoles.filter(canExportContacts)).toEqual(['admin', 'owner']);
  });
});

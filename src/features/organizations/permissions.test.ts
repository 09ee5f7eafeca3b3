import { describe, expect, it } from 'vitest';
import { canEditOrganizationSettings } from './permissions';

describe('canEditOrganizationSettings', () => {
  it('lets owners and admins change the settings, not agents or viewers', () => {
    expect(canEditOrganizationSettings('owner')).toBe(true);
    expect(canEditOrganizationSettings('admin')).toBe(true);
    expect(canEditOrganizationSettings('agent')).toBe(false);
    expect(canEditOrganizationSettings('viewer')).toBe(false);
  });
});

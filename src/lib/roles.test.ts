import { describe, expect, it } from 'vitest';
import {
  assignableRoles,
  canManageMember,
  canManageTeam,
  canManageWhatsApp,
  hasRoleAtLeast,
  takesSeat,
} from './roles';

describe('roles', () => {
  it('orders viewer < agent < admin < owner', () => {
    expect(hasRoleAtLeast('owner', 'admin')).toBe(true);
    expect(hasRoleAtLeast('admin', 'admin')).toBe(true);
    expect(hasRoleAtLeast('agent', 'admin')).toBe(false);
    expect(hasRoleAtLeast('viewer', 'agent')).toBe(false);
    expect(hasRoleAtLeast('viewer', 'viewer')).toBe(true);
  });

  it('lets owners and admins manage the team, not agents or viewers', () => {
    expect(canManageTeam('owner')).toBe(true);
    expect(canManageTeam('admin')).toBe(true);
    expect(canManageTeam('agent')).toBe(false);
    expect(canManageTeam('viewer')).toBe(false);
  });

  it('lets owners and admins manage the WhatsApp integration and templates', () => {
    expect(canManageWhatsApp('owner')).toBe(true);
    expect(canManageWhatsApp('admin')).toBe(true);
    expect(canManageWhatsApp('agent')).toBe(false);
    expect(canManageWhatsApp('viewer')).toBe(false);
  });

  it('offers only roles up to one’s own, strongest first', () => {
    expect(assignableRoles('owner')).toEqual(['owner', 'admin', 'agent', 'viewer']);
    expect(assignableRoles('admin')).toEqual(['admin', 'agent', 'viewer']);
    expect(assignableRoles('agent')).toEqual([]);
    expect(assignableRoles('viewer')).toEqual([]);
  });

  it('lets a manager act on members up to their own role', () => {
    expect(canManageMember('admin', 'owner')).toBe(false);
    expect(canManageMember('admin', 'admin')).toBe(true);
    expect(canManageMember('owner', 'owner')).toBe(true);
    expect(canManageMember('agent', 'viewer')).toBe(false);
  });

  it('counts agents, admins and owners as seats, not viewers', () => {
    expect(['viewer', 'agent', 'admin', 'owner'].map((role) => takesSeat(role as never))).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  assignableRoles,
  canChangeOrRemoveMember,
  canConnectWhatsApp,
  canEditTeam,
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

  it('lets owners and admins edit the team, not agents or viewers', () => {
    expect(canEditTeam('owner')).toBe(true);
    expect(canEditTeam('admin')).toBe(true);
    expect(canEditTeam('agent')).toBe(false);
    expect(canEditTeam('viewer')).toBe(false);
  });

  it('lets owners and admins connect the WhatsApp number', () => {
    expect(canConnectWhatsApp('owner')).toBe(true);
    expect(canConnectWhatsApp('admin')).toBe(true);
    expect(canConnectWhatsApp('agent')).toBe(false);
    expect(canConnectWhatsApp('viewer')).toBe(false);
  });

  it('offers only roles up to one’s own, strongest first', () => {
    expect(assignableRoles('owner')).toEqual(['owner', 'admin', 'agent', 'viewer']);
    expect(assignableRoles('admin')).toEqual(['admin', 'agent', 'viewer']);
    expect(assignableRoles('agent')).toEqual([]);
    expect(assignableRoles('viewer')).toEqual([]);
  });

  it('lets a team editor change or remove members up to their own role', () => {
    expect(canChangeOrRemoveMember('admin', 'owner')).toBe(false);
    expect(canChangeOrRemoveMember('admin', 'admin')).toBe(true);
    expect(canChangeOrRemoveMember('owner', 'owner')).toBe(true);
    expect(canChangeOrRemoveMember('agent', 'viewer')).toBe(false);
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

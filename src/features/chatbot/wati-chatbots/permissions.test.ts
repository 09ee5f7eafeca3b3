import { describe, expect, it } from 'vitest';
import { memberRoles } from '../../../domain/organizations/roles';
import { canCancelRun, canStartForContact, canStartForSegment } from './permissions';

describe('who does what with Wati’s chatbots', () => {
  it('lets agents start one for a contact, owners and admins for a segment and cancel', () => {
    const allowed = (check: (role: (typeof memberRoles)[number]) => boolean) =>
      memberRoles.filter(check);
    expect(allowed(canStartForContact)).toEqual(['agent', 'admin', 'owner']);
    expect(allowed(canStartForSegment)).toEqual(['admin', 'owner']);
    expect(allowed(canCancelRun)).toEqual(['admin', 'owner']);
  });
});

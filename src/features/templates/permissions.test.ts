import { describe, expect, it } from 'vitest';
import { canMapTemplateParameters, canSyncTemplates } from './permissions';

describe('template permissions', () => {
  it('lets owners and admins sync templates and map their parameters, as the functions do', () => {
    for (const allowed of [canSyncTemplates, canMapTemplateParameters]) {
      expect(allowed('owner')).toBe(true);
      expect(allowed('admin')).toBe(true);
      expect(allowed('agent')).toBe(false);
      expect(allowed('viewer')).toBe(false);
    }
  });
});

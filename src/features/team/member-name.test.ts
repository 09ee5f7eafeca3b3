import { describe, expect, it } from 'vitest';
import { memberName } from './member-name';

describe('memberName', () => {
  it('prefers the full name, then the e-mail', () => {
    expect(memberName({ fullName: 'Awa Proprio', email: 'awa@cnsa.cm' })).toBe('Awa Proprio');
    expect(memberName({ fullName: '  ', email: 'awa@cnsa.cm' })).toBe('awa@cnsa.cm');
    expect(memberName({ fullName: null, email: null })).toBe('Membre sans nom');
  });
});

import { describe, expect, it } from 'vitest';
import { isOptOutRequest } from './opt-out-keywords.ts';

describe('isOptOutRequest', () => {
  it.each([
    'STOP',
    'stop',
    'stop.',
    ' Stop ! ',
    'Arrêt',
    'ARRET',
    'arrêt…',
    'désabonner',
    'DÉSABONNER',
    'Desabonner',
    '« STOP »',
    'STOP 🛑',
    '\u200bstop\u200b',
  ])('opts out on %j', (text) => {
    expect(isOptOutRequest(text)).toBe(true);
  });

  it.each([
    'stop la musique',
    'STOPPEZ',
    'S T O P',
    'arrête',
    'je veux me désabonner',
    'Bonjour',
    '',
    null,
    undefined,
  ])('does nothing on %j', (text) => {
    expect(isOptOutRequest(text)).toBe(false);
  });
});

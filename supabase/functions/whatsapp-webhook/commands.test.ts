import { describe, expect, it } from 'vitest';
import { commandOf } from './commands.ts';

describe('commandOf', () => {
  it.each([
    ['LOGIN', 'login'],
    ['login', 'login'],
    ['Connexion', 'login'],
    ['CONNÉXION', 'login'],
    ['  connexion !  ', 'login'],
    ['*Login*', 'login'],
    ['aide', 'help'],
    ['Aïde?', 'help'],
    ['HELP', 'help'],
    ['langue', 'language'],
    ['« LANGUE »', 'language'],
    ['Lang.', 'language'],
    ['👋 lang 👋', 'language'],
  ] as const)('reads %j as %s', (text, command) => {
    expect(commandOf(text)).toBe(command);
  });

  it.each([[''], ['Bonjour'], ['log in'], ['connexion svp'], ['LOGINS'], ['aide-moi']])(
    'answers %j with the help',
    (text) => {
      expect(commandOf(text)).toBe('help');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { commandOf } from './commands.ts';

describe('commandOf', () => {
  it.each([
    ['LOGIN', 'login'],
    ['login', 'login'],
    ['Connexion', 'login'],
    ['CONNÉXION', 'login'],
    ['CONNE\u0301XION', 'login'],
    ['  connexion !  ', 'login'],
    ['*Login*', 'login'],
    ['aide', 'help'],
    ['Aïde?', 'help'],
    ['HELP', 'help'],
    ['langue', 'language'],
    ['« LANGUE »', 'language'],
    ['Lang.', 'language'],
    ['👋 lang 👋', 'language'],
    ['SOLDE', 'balance'],
    ['solde ?', 'balance'],
    ['Sölde', 'balance'],
    ['*Balance*', 'balance'],
    ['balance!', 'balance'],
  ] as const)('reads %j as %s', (text, name) => {
    expect(commandOf(text)).toEqual({ name });
  });

  it.each([
    ['GEN Promo -20 % sur les pagnes à Douala', 'Promo -20 % sur les pagnes à Douala'],
    ['gen: Soldes de Noël', 'Soldes de Noël'],
    ['*GEN* Une annonce', 'Une annonce'],
    ['Générer une relance pour les clients', 'une relance pour les clients'],
    ['GENERATE  a reminder\nfor Friday ', 'a reminder\nfor Friday'],
    ['GEN - « Nouveautés » en boutique', '« Nouveautés » en boutique'],
    ['gen', ''],
    ['GEN ?', ''],
    ['GEN 👍', ''],
  ])('reads %j as GEN with its brief', (text, brief) => {
    expect(commandOf(text)).toEqual({ name: 'generate', brief });
  });

  it.each([
    ['ORG', undefined],
    ['org.', undefined],
    ['ORG 2', 2],
    ['org2', 2],
    ['Org n°3', 3],
    ['ORG no 1', 1],
    ['ORG #12', 12],
    ['org 0', 0],
  ])('reads %j as ORG, choice %j', (text, choice) => {
    expect(commandOf(text)).toEqual(
      choice === undefined ? { name: 'organizations' } : { name: 'organizations', choice },
    );
  });

  it.each([
    [''],
    ['Bonjour'],
    ['log in'],
    ['connexion svp'],
    ['LOGINS'],
    ['aide-moi'],
    ['Bonjour, je veux des crédits'],
    ['Soldes de fin d’année'],
    ['solde du compte'],
    ['GENERAL'],
    ['ORG deux'],
    ['ORG 1234'],
    ['organisation'],
  ])('answers %j with the help', (text) => {
    expect(commandOf(text)).toEqual({ name: 'help' });
  });
});

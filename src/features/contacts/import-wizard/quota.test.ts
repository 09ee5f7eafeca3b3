import { describe, expect, it } from 'vitest';
import { quotaOutlook } from './quota';

describe('quotaOutlook', () => {
  it('says how many contacts the plan still allows', () => {
    expect(quotaOutlook(25_000, 23_800, 500)).toEqual({
      remaining: 1200,
      message:
        'Il vous reste 1\u202f200 contacts sur votre abonnement (23\u202f800 sur 25\u202f000 utilisés).',
      warning: null,
    });
  });

  it('warns when the file may not fit, without claiming every number is new', () => {
    const outlook = quotaOutlook(1000, 999, 3);
    expect(outlook.message).toBe(
      'Il vous reste 1 contact sur votre abonnement (999 sur 1\u202f000 utilisés).',
    );
    expect(outlook.warning).toBe(
      'Ce fichier contient 3 numéros valides : si plus de 1 sont nouveaux, l’import s’arrêtera au quota et les suivants ne seront pas ajoutés. Les numéros déjà enregistrés ne comptent pas.',
    );
  });

  it('says when the quota is already reached', () => {
    const outlook = quotaOutlook(100, 120, 5);
    expect(outlook.remaining).toBe(0);
    expect(outlook.message).toBe('Votre abonnement permet 100 contacts et ce nombre est atteint.');
    expect(outlook.warning).toMatch(/^Aucun nouveau contact ne pourra être ajouté/);
  });

  it('has nothing to warn about without a limit', () => {
    expect(quotaOutlook(null, 80_000, 100_000)).toEqual({
      remaining: null,
      message: 'Votre abonnement ne limite pas le nombre de contacts.',
      warning: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { bodyProblem, createRequest, watiRefusal } from './submission.ts';

async function answer(response: Response) {
  return { status: response.status, ...((await response.json()) as object) };
}

describe('bodyProblem', () => {
  it('accepts a template body and speaks of « le texte » for the rest', () => {
    expect(bodyProblem('Bonjour {{1}}, les soldes commencent le {{2}} !')).toBeUndefined();
    expect(bodyProblem('   ')).toBe('Le texte est vide.');
    expect(bodyProblem('{{1}}, les soldes commencent !')).toBe(
      'Le texte commence ou finit par une variable, ce que WhatsApp refuse.',
    );
    expect(bodyProblem('Bonjour {{1}} et {{3}} !')).toBe(
      'Les variables du texte ne se suivent pas depuis {{1}}.',
    );
    expect(bodyProblem('Bonjour {{1}} {{2}} !')).toBe(
      'Le texte place deux variables côte à côte, ce que WhatsApp refuse.',
    );
    expect(bodyProblem('Bonjour {{nom}} !')).toBe(
      'Le texte contient une variable mal écrite : écrivez {{1}}, {{2}}…',
    );
    expect(bodyProblem('a'.repeat(1025))).toMatch(/^Le texte dépasse 1024 caractères/);
  });
});

describe('createRequest', () => {
  it('gives one sample per variable, in order, in the template’s language', () => {
    const body = 'Bonjour {{2}}… non, {{1}} ! Rendez-vous le {{2}}.';
    expect(
      createRequest({ name: 'rdv', category: 'UTILITY', language: 'fr', body }).customParams,
    ).toEqual([
      { paramName: '1', paramValue: 'exemple 1' },
      { paramName: '2', paramValue: 'exemple 2' },
    ]);
    expect(
      createRequest({ name: 'hello', category: 'MARKETING', language: 'en', body: 'Hi!' }),
    ).toEqual({
      elementName: 'hello',
      category: 'MARKETING',
      language: 'en',
      body: 'Hi!',
      customParams: [],
    });
  });
});

describe('watiRefusal', () => {
  it('tells a name already used apart, and names what the rest is about', async () => {
    expect(
      await answer(watiRefusal("A template named 'promo' already exists for language 'fr'.")),
    ).toMatchObject({ status: 409, error: { code: 'template_name_taken' } });
    const cases: Array<[string, string]> = [
      ['Template name must contain only lowercase letters', 'son nom'],
      ['A sample value is required for each variable', 'ses variables ou leurs exemples'],
      ['customParams names no variable of the body', 'ses variables ou leurs exemples'],
      ['Invalid category', 'sa catégorie'],
      ['Unsupported language', 'sa langue'],
      ['Template body must be at most 1024 characters.', 'son texte'],
    ];
    for (const [detail, topic] of cases) {
      expect(await answer(watiRefusal(detail))).toMatchObject({
        status: 422,
        error: { code: 'wati_template_refused', message: expect.stringContaining(`(${topic})`) },
      });
    }
    expect(await answer(watiRefusal('Something went wrong'))).toMatchObject({
      status: 422,
      error: {
        code: 'wati_template_refused',
        message:
          'Wati a refusé ce modèle : vérifiez son nom et son texte, puis soumettez-le à nouveau.',
      },
    });
  });
});

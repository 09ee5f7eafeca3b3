import { describe, expect, it } from 'vitest';
import { splitVariables } from './variables';

describe('splitVariables', () => {
  it('cuts the text around its numbered variables', () => {
    expect(splitVariables('Bonjour {{1}}, votre code {{2}} expire le {{3}}.')).toEqual([
      { text: 'Bonjour ', variable: false },
      { text: '{{1}}', variable: true },
      { text: ', votre code ', variable: false },
      { text: '{{2}}', variable: true },
      { text: ' expire le ', variable: false },
      { text: '{{3}}', variable: true },
      { text: '.', variable: false },
    ]);
  });

  it('leaves a text without variables whole, and variables side by side apart', () => {
    expect(splitVariables('Bonjour à tous')).toEqual([{ text: 'Bonjour à tous', variable: false }]);
    expect(splitVariables('{{1}}{{2}}')).toEqual([
      { text: '{{1}}', variable: true },
      { text: '{{2}}', variable: true },
    ]);
    expect(splitVariables('')).toEqual([]);
  });

  it('does not take what only looks like a variable', () => {
    expect(splitVariables('{{ name }} et {{}}')).toEqual([
      { text: '{{ name }} et {{}}', variable: false },
    ]);
  });
});

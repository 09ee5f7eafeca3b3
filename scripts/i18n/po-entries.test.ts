import { describe, expect, it } from 'vitest';
import { untranslated } from './po-entries';

const catalogue = `msgid ""
msgstr ""
"Language: en\\n"

#: src/a.tsx
msgid "Ajouter un contact"
msgstr "Add a contact"

#: src/b.tsx
msgid "{count, plural, one {# contact} other {# contacts}}"
msgstr ""

#: src/c.tsx
msgid "Fermer"
msgstr "   "

#~ msgid "Ancien message"
#~ msgstr ""
`;

describe('untranslated', () => {
  it('lists the messages whose English is empty or blank, not the header nor obsolete entries', () => {
    expect(untranslated(catalogue)).toEqual([
      '{count, plural, one {# contact} other {# contacts}}',
      'Fermer',
    ]);
  });
});

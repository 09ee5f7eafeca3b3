import PO from 'pofile';

/** The source messages of a .po catalogue whose translation is empty. */
export function untranslated(catalogue: string): string[] {
  return PO.parse(catalogue)
    .items.filter((item) => !item.obsolete && item.msgstr.every((text) => text.trim() === ''))
    .map((item) => item.msgid);
}

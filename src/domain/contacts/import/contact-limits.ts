// What one contact may hold, and why an imported row that holds more is refused. The database's
// import_contacts applies the same limits with the same words (migration
// 20261207000300_contacts.sql; import-contacts.int.test.ts holds both to them).

/** The most tags a contact holds (the contacts table checks it too). */
export const maxTags = 100;
export const maxAttributes = 50;
export const maxAttributeKeyLength = 64;
export const maxAttributeValueLength = 500;

export const nulCharacterReason = 'Caractère nul dans la ligne';
export const tooManyTagsReason = `Plus de ${maxTags} étiquettes`;
export const tooManyAttributesReason = `Plus de ${maxAttributes} attributs`;
export const attributeKeyReason = `Nom d’attribut vide ou de plus de ${maxAttributeKeyLength} caractères`;
export const attributeValueReason = `Valeur d’attribut de plus de ${maxAttributeValueLength} caractères`;

/** Whether `text` holds more than `limit` characters as Postgres counts them (code points). */
export function longerThan(text: string, limit: number): boolean {
  return text.length > limit && Array.from(text).length > limit;
}

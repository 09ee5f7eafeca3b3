// What one contact may hold, and why an imported row that holds more is refused. The database's
// import_contacts applies the same limits with the same words (migration
// 20261207000300_contacts.sql; import-contacts.int.test.ts holds both to them).
import {
  ATTRIBUTE_KEY_MAX_LENGTH,
  ATTRIBUTE_VALUE_MAX_LENGTH,
  ATTRIBUTES_PER_CONTACT_MAX,
  CONTACT_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TAGS_PER_CONTACT_MAX,
} from '@shared/limits.ts';
import { french, refusalText } from './messages';

/** The most tags a contact holds (the contacts table checks it too). */
export const maxTags = TAGS_PER_CONTACT_MAX;
export const maxTagLength = TAG_MAX_LENGTH;
export const maxAttributes = ATTRIBUTES_PER_CONTACT_MAX;
export const maxAttributeKeyLength = ATTRIBUTE_KEY_MAX_LENGTH;
export const maxAttributeValueLength = ATTRIBUTE_VALUE_MAX_LENGTH;
/** A contact's name: imports cut longer ones (and say so), the form counts down to it. */
export const maxNameLength = CONTACT_NAME_MAX_LENGTH;
export const maxEmailLength = EMAIL_MAX_LENGTH;

// The database's sentences, in French: the integration tests hold import_contacts to them.
export const nulCharacterReason = refusalText({ code: 'nul_character' }, french);
export const tooManyTagsReason = refusalText(
  { code: 'too_many_tags', values: { max: maxTags } },
  french,
);
export const tooManyAttributesReason = refusalText(
  { code: 'too_many_attributes', values: { max: maxAttributes } },
  french,
);
export const attributeKeyReason = refusalText(
  { code: 'attribute_key_invalid', values: { max: maxAttributeKeyLength } },
  french,
);
export const attributeValueReason = refusalText(
  { code: 'attribute_value_too_long', values: { max: maxAttributeValueLength } },
  french,
);

/** Whether `text` holds more than `limit` characters as Postgres counts them (code points). */
export function longerThan(text: string, limit: number): boolean {
  return text.length > limit && Array.from(text).length > limit;
}

// One set of limits for what people type and store, shared by the database, the Edge Functions and
// the SPA (forms, zod schemas, import pipeline). One value per kind of field, so that a person
// meets the same limit wherever they type the same kind of thing:
//
// - a name or a label — organisation, profile (full name), contact, segment, campaign, and the
//   note of an invitation link (« pour Jean, accueil Douala »): NAME_MAX_LENGTH;
// - a free text that explains — a segment's description, the reason and the proof of consent
//   of a re-subscription: TEXT_MAX_LENGTH;
// - the parts of a contact: tags, attribute names and values, and how many of each.
//
// Lengths count characters as Postgres does (code points, `char_length`), not UTF-16 units: use
// `Array.from(text).length` in TypeScript. The SQL check constraints and functions of
// supabase/migrations repeat these numbers in their checks and their French messages;
// scripts/security/limits.int.test.ts fails when one of them disagrees with this file.

/** Names and labels: organisation, profile, contact, segment, campaign, invitation note. */
export const NAME_MAX_LENGTH = 120;
/** An organisation's name needs at least two characters (its slug is made from it). */
export const ORGANIZATION_NAME_MIN_LENGTH = 2;
/** Free texts that explain something: a segment's description, a re-subscription's reason and proof. */
export const TEXT_MAX_LENGTH = 500;

export const ORGANIZATION_NAME_MAX_LENGTH = NAME_MAX_LENGTH;
export const PROFILE_NAME_MAX_LENGTH = NAME_MAX_LENGTH;
/**
 * Contact names: no longer than other names. WhatsApp profile names hold 25 characters, the demo
 * data's longest is 24; imports (the SPA's pipeline and import_contacts) cut longer ones.
 */
export const CONTACT_NAME_MAX_LENGTH = NAME_MAX_LENGTH;
export const SEGMENT_NAME_MAX_LENGTH = NAME_MAX_LENGTH;
export const CAMPAIGN_NAME_MAX_LENGTH = NAME_MAX_LENGTH;
/** The optional note of a pending invitation link, for the admins who may revoke it. */
export const INVITATION_NOTE_MAX_LENGTH = NAME_MAX_LENGTH;

export const SEGMENT_DESCRIPTION_MAX_LENGTH = TEXT_MAX_LENGTH;
/** Why an admin re-subscribed a contact who had opted out. */
export const CONSENT_REASON_MAX_LENGTH = TEXT_MAX_LENGTH;
/** The proof of the contact's consent (« formulaire papier signé le 3 mars »). */
export const CONSENT_PROOF_MAX_LENGTH = TEXT_MAX_LENGTH;

/** RFC 5321's longest address. */
export const EMAIL_MAX_LENGTH = 254;

/** One tag (trimmed, never empty); imports cut longer ones. */
export const TAG_MAX_LENGTH = 50;
export const TAGS_PER_CONTACT_MAX = 100;
/** An attribute's name (« ville », « numero_assure »), never empty. */
export const ATTRIBUTE_KEY_MAX_LENGTH = 64;
/** An attribute's value: free text, as long as other free texts. */
export const ATTRIBUTE_VALUE_MAX_LENGTH = TEXT_MAX_LENGTH;
export const ATTRIBUTES_PER_CONTACT_MAX = 50;

/** Conditions of one segment. */
export const SEGMENT_CONDITIONS_MAX = 20;
/**
 * The text a segment condition compares an attribute with (« equals », « contains »). Shorter than
 * an attribute's value because _shared/segments/criteria.ts and its fixtures hold the SPA and the
 * database to it; raising it to ATTRIBUTE_VALUE_MAX_LENGTH means changing both with the SQL.
 */
export const SEGMENT_VALUE_MAX_LENGTH = 200;
/** Tags a campaign's audience may name. */
export const AUDIENCE_TAGS_MAX = 20;

/** Rows one call of import_contacts takes. */
export const IMPORT_ROWS_PER_CALL_MAX = 10_000;

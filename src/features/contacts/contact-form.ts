import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { normalizePhone } from '@shared/phone.ts';
import { cleanTag, maxTagLength } from '../../domain/contacts/tag-rules';
import type { Contact } from './contact-query';
import {
  longerThan,
  maxAttributeKeyLength,
  maxAttributeValueLength,
  maxEmailLength,
  maxNameLength,
  maxTags,
} from '../../domain/contacts/import/contact-limits';
import { refusalText } from '../../domain/contacts/import/messages';
import type { ContactColumns } from '../../domain/contacts/import/types';
import { phoneRefusal } from '../../domain/contacts/phone-refusal';
import { toUserMessage } from '../../lib/errors';
import { formatPhone } from '../../domain/contacts/phone-display';

// The add/edit contact form: what people type, checked in their language, and turned into the
// columns members may write (see the column grants in the contacts migration).

export { maxAttributeKeyLength, maxAttributeValueLength, maxEmailLength, maxNameLength, maxTags };

/** The database's own check on e-mails (contacts_email_check). */
const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const languagePattern = /^[a-z]{2}(_[A-Z]{2})?$/;

export type AttributeRow = { key: string; value: string };

export type ContactFormInput = {
  phone: string;
  name: string;
  email: string;
  tags: string[];
  attributes: AttributeRow[];
  language: string;
};

/** The writable columns of a contact, as the form produces them: an import's, and the language. */
export type ContactValues = ContactColumns & { language: string };

/** A text of at most `max` characters as the database counts them (code points). */
function boundedText(max: number, error: () => string) {
  return z
    .string()
    .trim()
    .refine((value) => !longerThan(value, max), { error });
}

const attributeRowSchema = z.object({
  key: boundedText(maxAttributeKeyLength, () => {
    const max = maxAttributeKeyLength;
    return t`Le nom compte ${max} caractères au plus`;
  }),
  value: boundedText(maxAttributeValueLength, () => {
    const max = maxAttributeValueLength;
    return t`La valeur compte ${max} caractères au plus`;
  }),
});

/** The schema for an organisation, whose country reads numbers typed in the national form. */
export function contactFormSchema(defaultCountry: string) {
  return z.object({
    phone: z.string().transform((input, context) => {
      const result = normalizePhone(input, defaultCountry);
      if (!result.ok) {
        const refusal = phoneRefusal(result.reason, input, defaultCountry);
        context.addIssue({ code: 'custom', message: refusalText(refusal) });
        return z.NEVER;
      }
      return { phone: result.phone, country: result.country };
    }),
    name: boundedText(maxNameLength, () => {
      const max = maxNameLength;
      return t`Le nom compte ${max} caractères au plus`;
    }).transform((value) => value || null),
    email: boundedText(maxEmailLength, () => {
      const max = maxEmailLength;
      return t`L’adresse compte ${max} caractères au plus`;
    })
      .refine((value) => value === '' || emailPattern.test(value), {
        error: () => t`Adresse e-mail invalide, par exemple nom@exemple.cm`,
      })
      .transform((value) => value || null),
    tags: z
      .array(z.string())
      .transform((tags) => [...new Set(tags.map(cleanTag).filter((tag) => tag !== null))])
      .refine((tags) => tags.length <= maxTags, {
        error: () => {
          const max = maxTags;
          return t`Un contact porte ${max} étiquettes au plus`;
        },
      })
      .refine((tags) => tags.every((tag) => !longerThan(tag, maxTagLength)), {
        error: () => {
          const max = maxTagLength;
          return t`Une étiquette compte ${max} caractères au plus`;
        },
      }),
    attributes: z.array(attributeRowSchema).superRefine((rows, context) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (row.key === '' && row.value === '') return;
        if (row.key === '') {
          context.addIssue({ code: 'custom', message: t`Nom requis`, path: [index, 'key'] });
        } else if (seen.has(row.key)) {
          context.addIssue({
            code: 'custom',
            message: t`Cet attribut figure déjà plus haut`,
            path: [index, 'key'],
          });
        }
        seen.add(row.key);
      });
    }),
    language: z.string().regex(languagePattern, { error: () => t`Choisissez une langue` }),
  });
}

export type ContactFormOutput = z.output<ReturnType<typeof contactFormSchema>>;

/** The form's output as columns; empty attribute rows are dropped. */
export function toContactValues(output: ContactFormOutput): ContactValues {
  const attributes: Record<string, string> = {};
  for (const row of output.attributes) if (row.key !== '') attributes[row.key] = row.value;
  return {
    phone: output.phone.phone,
    country_code: output.phone.country,
    name: output.name,
    email: output.email,
    tags: output.tags,
    attributes,
    language: output.language,
  };
}

/** Attributes are text; anything else an API wrote is shown as text. */
export function readAttributes(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      typeof item === 'string' ? item : JSON.stringify(item),
    ]),
  );
}

/** The form's starting values: empty for a new contact, else the contact as it is. */
export function contactFormDefaults(contact?: Contact): ContactFormInput {
  if (!contact) return { phone: '', name: '', email: '', tags: [], attributes: [], language: 'fr' };
  return {
    phone: formatPhone(contact.phone),
    name: contact.name ?? '',
    email: contact.email ?? '',
    tags: contact.tags,
    attributes: Object.entries(readAttributes(contact.attributes)).map(([key, value]) => ({
      key,
      value,
    })),
    language: contact.language,
  };
}

/**
 * What the form says when saving fails. The database checks the values as an import does (number
 * and country, name, tags, attributes) and refuses them hinted `contact_refused`, the refusal as
 * the error's detail, which toUserMessage says in the reader's language: the form's own checks
 * cannot tell everything (how many attributes).
 */
export function saveErrorMessage(error: unknown): string {
  return toUserMessage(error, t`Le contact n’a pas pu être enregistré.`);
}

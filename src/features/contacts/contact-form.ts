import { z } from 'zod';
import { normalizePhone } from '@shared/phone.ts';
import { cleanTag, maxTagLength } from '../../domain/contacts/tag-rules';
import type { Contact } from './contact-query';
import {
  maxAttributeKeyLength,
  maxAttributeValueLength,
  maxTags,
} from '../../domain/contacts/import/contact-limits';
import type { ContactColumns } from '../../domain/contacts/import/types';
import { errorHint, toUserMessage } from '../../lib/errors';
import { formatPhone } from '../../domain/contacts/phone-display';

// The add/edit contact form: what people type, checked in French, and turned into the columns
// members may write (see the column grants in the contacts migration).

export { maxTags };

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

const attributeRowSchema = z.object({
  key: z
    .string()
    .trim()
    .max(maxAttributeKeyLength, {
      error: `Le nom compte ${maxAttributeKeyLength} caractères au plus`,
    }),
  value: z
    .string()
    .trim()
    .max(maxAttributeValueLength, {
      error: `La valeur compte ${maxAttributeValueLength} caractères au plus`,
    }),
});

/** The schema for an organisation, whose country reads numbers typed in the national form. */
export function contactFormSchema(defaultCountry: string) {
  return z.object({
    phone: z.string().transform((input, context) => {
      const result = normalizePhone(input, defaultCountry);
      if (!result.ok) {
        context.addIssue({ code: 'custom', message: result.reason });
        return z.NEVER;
      }
      return { phone: result.phone, country: result.country };
    }),
    name: z
      .string()
      .trim()
      .max(200, { error: 'Le nom compte 200 caractères au plus' })
      .transform((value) => value || null),
    email: z
      .string()
      .trim()
      .max(254, { error: 'L’adresse compte 254 caractères au plus' })
      .refine((value) => value === '' || emailPattern.test(value), {
        error: 'Adresse e-mail invalide, par exemple nom@exemple.cm',
      })
      .transform((value) => value || null),
    tags: z
      .array(z.string())
      .transform((tags) => [...new Set(tags.map(cleanTag).filter((tag) => tag !== null))])
      .refine((tags) => tags.length <= maxTags, {
        error: `Un contact porte ${maxTags} étiquettes au plus`,
      })
      .refine((tags) => tags.every((tag) => Array.from(tag).length <= maxTagLength), {
        error: `Une étiquette compte ${maxTagLength} caractères au plus`,
      }),
    attributes: z.array(attributeRowSchema).superRefine((rows, context) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (row.key === '' && row.value === '') return;
        if (row.key === '') {
          context.addIssue({ code: 'custom', message: 'Nom requis', path: [index, 'key'] });
        } else if (seen.has(row.key)) {
          context.addIssue({
            code: 'custom',
            message: 'Cet attribut figure déjà plus haut',
            path: [index, 'key'],
          });
        }
        seen.add(row.key);
      });
    }),
    language: z.string().regex(languagePattern, { error: 'Choisissez une langue' }),
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
 * and country, tags, attributes) and refuses them with a French reason hinted `contact_refused`,
 * which the form shows as it is: its own checks cannot tell everything (how many attributes).
 */
export function saveErrorMessage(error: unknown): string {
  const reason =
    errorHint(error) === 'contact_refused' ? (error as { message?: unknown }).message : undefined;
  return typeof reason === 'string' && reason !== ''
    ? reason
    : toUserMessage(error, 'Le contact n’a pas pu être enregistré.');
}

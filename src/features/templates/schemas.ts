import { z } from 'zod';
import { sourceChoices } from './mapping-form';

const maxAttributeKeyLength = 100;
const maxFixedTextLength = 1024;

const bindingRowSchema = z
  .object({
    parameter: z.string(),
    choice: z.enum(sourceChoices, { error: 'Choisissez d’où vient la valeur' }),
    value: z.string(),
  })
  .superRefine((row, context) => {
    const value = row.value.trim();
    const issue = (message: string) =>
      context.addIssue({ code: 'custom', message, path: ['value'] });
    if (row.choice === 'attribute') {
      if (!value) issue('Indiquez la clé de l’attribut');
      else if (value.length > maxAttributeKeyLength)
        issue(`La clé doit contenir au plus ${maxAttributeKeyLength} caractères`);
    }
    if (row.choice === 'text') {
      if (!value) issue('Saisissez le texte à insérer');
      else if (row.value.length > maxFixedTextLength)
        issue('Le texte doit contenir au plus 1 024 caractères');
      // WhatsApp refuses parameters with line breaks, tabs or more than 4 spaces in a row.
      else if (/[\n\t]| {5}/.test(row.value))
        issue(
          'WhatsApp refuse les retours à la ligne, les tabulations et plus de 4 espaces de suite',
        );
    }
  });

export const mappingFormSchema = z.object({ bindings: z.array(bindingRowSchema) });

export type MappingFormValues = z.infer<typeof mappingFormSchema>;

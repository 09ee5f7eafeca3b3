import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { countryCodes } from '../../domain/geography/countries';

const organizationName = z
  .string()
  .trim()
  .min(1, { error: () => t`Nom de l’organisation requis`, abort: true })
  .min(2, { error: () => t`Le nom doit contenir au moins 2 caractères` })
  .max(120, { error: () => t`Le nom doit contenir au plus 120 caractères` });

const countryCode = z.enum(countryCodes, { error: () => t`Choisissez un pays` });

export const createOrganizationSchema = z.object({
  name: organizationName,
  countryCode,
});

export type CreateOrganizationValues = z.infer<typeof createOrganizationSchema>;

export const organizationSettingsSchema = z.object({
  name: organizationName,
  countryCode,
  defaultPhoneCountry: z.enum(countryCodes, { error: () => t`Choisissez le pays des numéros` }),
  timeZone: z.string().min(1, { error: () => t`Choisissez un fuseau horaire` }),
});

export type OrganizationSettingsValues = z.infer<typeof organizationSettingsSchema>;

import { z } from 'zod';
import { bindingRowSchema } from '../../domain/templates/parameter-bindings';

export const mappingFormSchema = z.object({ bindings: z.array(bindingRowSchema) });

export type MappingFormValues = z.infer<typeof mappingFormSchema>;

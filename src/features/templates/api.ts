import { assertChanged } from '../../lib/errors';
import type { Tables } from '../../lib/database.types';
import { callFunction } from '../../lib/functions';
import { supabase } from '../../lib/supabase';
import {
  readButtons,
  readHeader,
  type TemplateButton,
  type TemplateHeader,
} from '../../domain/templates/template-content';
import { readParameterMapping, type ParameterMapping } from '@shared/templates/parameters.ts';
import type { SyncResult } from './sync-summary';

/** A WhatsApp template as Wati approved (or not) it, with the mapping chosen in WCAP. */
export type WhatsAppTemplate = {
  id: string;
  name: string;
  category: string | null;
  language: string;
  status: string;
  header: TemplateHeader | null;
  body: string;
  footer: string | null;
  buttons: TemplateButton[];
  /** Placeholder names in order of appearance. */
  parameters: string[];
  mapping: ParameterMapping;
  syncedAt: string;
};

function toTemplate(row: Tables<'whatsapp_templates'>): WhatsAppTemplate {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    language: row.language,
    status: row.status,
    header: readHeader(row.header),
    body: row.body,
    footer: row.footer,
    buttons: readButtons(row.buttons),
    parameters: row.parameters,
    mapping: readParameterMapping(row.parameter_mapping),
    syncedAt: row.synced_at,
  };
}

export async function fetchTemplates(organizationId: string): Promise<WhatsAppTemplate[]> {
  const { data, error } = await supabase
    .from('whatsapp_templates')
    .select('*')
    .eq('organization_id', organizationId)
    .order('name', { ascending: true })
    .order('language', { ascending: true });
  if (error) throw error;
  return data.map(toTemplate);
}

/** null when the template does not exist in this organisation. */
export async function fetchTemplate(
  organizationId: string,
  templateId: string,
): Promise<WhatsAppTemplate | null> {
  const { data, error } = await supabase
    .from('whatsapp_templates')
    .select('*')
    .eq('organization_id', organizationId)
    .eq('id', templateId)
    .maybeSingle();
  if (error) throw error;
  return data ? toTemplate(data) : null;
}

/** Owners and admins only: row-level security lets them change this column and no other. */
export async function saveParameterMapping(
  organizationId: string,
  templateId: string,
  mapping: ParameterMapping,
): Promise<void> {
  assertChanged(
    await supabase
      .from('whatsapp_templates')
      .update({ parameter_mapping: mapping }, { count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('id', templateId),
  );
}

/** Brings the templates in line with the organisation's Wati (or the sandbox's). */
export function syncTemplates(organizationId: string): Promise<SyncResult> {
  return callFunction(supabase.functions, 'wati-sync-templates', { body: { organizationId } });
}

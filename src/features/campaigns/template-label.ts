import type { CampaignTemplate } from './api';

/** « bienvenue », or « bienvenue (en) » when the name exists in several languages. */
export function templateLabel(
  template: Pick<CampaignTemplate, 'name' | 'language'>,
  templates: readonly Pick<CampaignTemplate, 'name'>[],
): string {
  const homonyms = templates.filter((other) => other.name === template.name).length;
  // A name and a language code: data, the same in every language.
  return homonyms > 1 ? `${template.name} (${template.language})` : template.name;
}

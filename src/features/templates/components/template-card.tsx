import { Plural } from '@lingui/react/macro';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { templatePath } from '../../../lib/paths';
import type { WhatsAppTemplate } from '../api';
import { languageLabel } from '../template-labels';
import { TemplateCategoryBadge, TemplateStatusBadge } from './template-badges';

/** One template of the list; the whole card opens it, through the link on its name. */
export function TemplateCard({ template }: { template: WhatsAppTemplate }) {
  const count = template.parameters.length;
  return (
    <li className="relative flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition-colors hover:border-brand-600 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-700">
      <h2 className="min-w-0 text-base font-semibold break-words text-slate-900">
        <Link
          to={templatePath(template.id)}
          className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
        >
          {template.name}
        </Link>
      </h2>
      <p className="flex flex-wrap gap-1.5">
        <TemplateStatusBadge status={template.status} />
        <TemplateCategoryBadge category={template.category} />
        <Badge>{languageLabel(template.language)}</Badge>
      </p>
      <p className="line-clamp-3 text-sm break-words text-slate-600">{template.body}</p>
      <p className="mt-auto text-xs text-slate-500">
        <Plural value={count} _0="Aucun paramètre" one="# paramètre" other="# paramètres" />
      </p>
    </li>
  );
}

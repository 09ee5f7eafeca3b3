import { Badge } from '../../../components/ui/badge';
import { categoryLabel, templateStatus } from '../template-labels';

export function TemplateStatusBadge({ status }: { status: string }) {
  const { label, tone } = templateStatus(status);
  return <Badge tone={tone}>{label}</Badge>;
}

export function TemplateCategoryBadge({ category }: { category: string | null }) {
  const label = categoryLabel(category);
  return label ? <Badge tone="info">{label}</Badge> : null;
}

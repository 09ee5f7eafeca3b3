import { EmptyState } from '../components/ui/empty-state';
import { PageHeader } from '../components/ui/page-header';

/** A module of the navigation that is not built yet. */
export function ModulePlaceholderPage({ title, purpose }: { title: string; purpose: string }) {
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader title={title} />
      <EmptyState title="Ce module arrive bientôt">{purpose}</EmptyState>
    </div>
  );
}

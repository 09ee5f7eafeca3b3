import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react/macro';
import { EmptyState } from '../components/ui/empty-state';
import { PageHeader } from '../components/ui/page-header';

/** A module of the navigation that is not built yet; its title and purpose come from the router. */
export function ModulePlaceholderPage({
  title,
  purpose,
}: {
  title: MessageDescriptor;
  purpose: MessageDescriptor;
}) {
  const { t } = useLingui();
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader title={t(title)} />
      <EmptyState title={t`Ce module arrive bientôt`}>{t(purpose)}</EmptyState>
    </div>
  );
}

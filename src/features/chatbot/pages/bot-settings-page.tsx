import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { useWorkspace } from '../../../lib/workspace';
import { BotSettingsForm } from '../knowledge/components/bot-settings-form';
import { SynonymsSection } from '../knowledge/components/synonyms-section';
import { useBotSettings } from '../knowledge/hooks/use-bot-settings';
import { canEditKnowledgeBase } from '../knowledge/permissions';

/**
 * Chatbot › Réglages: how sure the bot must be to answer, how long a conversation with it lasts,
 * when it hands over, and the synonyms it reads messages with.
 */
export function BotSettingsPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditKnowledgeBase(role);
  const settings = useBotSettings(organization.id);
  const titleId = useId();

  return (
    <section key={organization.id} aria-labelledby={titleId} className="flex flex-col gap-6">
      <title>{t`Réglages · Chatbot · WCAP`}</title>
      <div className="min-w-0">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          <Trans>Réglages du chatbot</Trans>
        </h2>
      </div>
      {settings.isPending ? (
        <SkeletonList rows={3} label={t`Chargement des réglages…`} />
      ) : settings.isError ? (
        <LoadError
          message={toUserMessage(settings.error, t`Les réglages n’ont pas pu être chargés.`)}
          onRetry={() => void settings.refetch()}
        />
      ) : settings.data ? (
        <BotSettingsForm
          // A fresh form once the saved settings come back, so it shows what is stored.
          key={JSON.stringify(settings.data)}
          organizationId={organization.id}
          settings={settings.data}
          canEdit={canEdit}
        />
      ) : (
        <LoadError
          message={t`Les réglages de cette organisation sont introuvables.`}
          onRetry={() => void settings.refetch()}
        />
      )}
      <SynonymsSection organizationId={organization.id} canEdit={canEdit} />
    </section>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { EmptyState } from '../../../components/ui/empty-state';

/** An address naming no campaign of this organisation (a wrong id, a deleted draft). */
export function CampaignNotFound() {
  const { t } = useLingui();
  return (
    <>
      <title>{t`Campagne introuvable · WCAP`}</title>
      <EmptyState title={t`Campagne introuvable`}>
        <Trans>
          Cette campagne n’existe pas, ou plus, dans cette organisation. Retrouvez les campagnes
          dans la liste.
        </Trans>
      </EmptyState>
    </>
  );
}

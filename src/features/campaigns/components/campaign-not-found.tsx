import { EmptyState } from '../../../components/ui/empty-state';

/** An address naming no campaign of this organisation (a wrong id, a deleted draft). */
export function CampaignNotFound() {
  return (
    <>
      <title>Campagne introuvable · WCAP</title>
      <EmptyState title="Campagne introuvable">
        Cette campagne n’existe pas, ou plus, dans cette organisation. Retrouvez les campagnes dans
        la liste.
      </EmptyState>
    </>
  );
}

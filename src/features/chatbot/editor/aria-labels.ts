import { t } from '@lingui/core/macro';
import type { AriaLabelConfig } from '@xyflow/react';
import { formatNumber } from '../../../lib/format';

function directionLabel(direction: string): string {
  switch (direction) {
    case 'up':
      return t`vers le haut`;
    case 'down':
      return t`vers le bas`;
    case 'left':
      return t`vers la gauche`;
    case 'right':
      return t`vers la droite`;
    default:
      return direction;
  }
}

/**
 * React Flow's own words (controls, mini-map, keyboard help), in the reader's language. React
 * Flow reads `node.a11yDescription.keyboardDisabled` when keyboard moves are on, and `default`
 * when they are off (its English says the same).
 */
export function flowAriaLabels(): AriaLabelConfig {
  return {
    'node.a11yDescription.default': t`Appuyez sur Entrée ou Espace pour sélectionner l’étape, puis sur Suppr pour la supprimer ou Échap pour annuler.`,
    'node.a11yDescription.keyboardDisabled': t`Appuyez sur Entrée ou Espace pour sélectionner l’étape. Les flèches la déplacent ensuite ; Suppr la supprime et Échap annule.`,
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => {
      const towards = directionLabel(direction);
      const left = formatNumber(Math.round(x));
      const top = formatNumber(Math.round(y));
      return t`Étape déplacée ${towards}. Nouvelle position : x ${left}, y ${top}.`;
    },
    'edge.a11yDescription.default': t`Appuyez sur Entrée ou Espace pour sélectionner le lien, puis sur Suppr pour le supprimer ou Échap pour annuler.`,
    'controls.ariaLabel': t`Commandes du plan`,
    'controls.zoomIn.ariaLabel': t`Zoomer`,
    'controls.zoomOut.ariaLabel': t`Dézoomer`,
    'controls.fitView.ariaLabel': t`Afficher tout le parcours`,
    'controls.interactive.ariaLabel': t`Verrouiller ou déverrouiller le plan`,
    'minimap.ariaLabel': t`Vue d’ensemble du parcours`,
    'handle.ariaLabel': t`Point de liaison`,
  };
}

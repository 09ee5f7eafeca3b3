/**
 * WhatsApp (Meta) failure codes as people read them, and whether sending again later can work.
 * Shared by the webhook intake (stored reason), the dispatcher (retry policy) and the SPA.
 */
export interface FailureMeaning {
  reason: string;
  /** True when the same message may succeed later; false when retrying is pointless. */
  transient: boolean;
}

const meanings: Record<string, FailureMeaning> = {
  '131026': {
    reason: 'Message non délivrable : numéro absent de WhatsApp ou application trop ancienne.',
    transient: false,
  },
  '131047': {
    reason:
      'Plus de 24 h depuis le dernier message du contact : seul un modèle approuvé peut partir.',
    transient: false,
  },
  '131049': {
    reason: 'Non délivré par Meta pour limiter les messages marketing reçus par ce contact.',
    transient: true,
  },
  '131050': {
    reason: 'Le contact a refusé les messages marketing de votre organisation.',
    transient: false,
  },
  '131048': {
    reason:
      'Limite anti-spam atteinte : ralentissez les envois et surveillez la qualité du numéro.',
    transient: true,
  },
  '130429': {
    reason: 'Débit maximal du numéro dépassé : les envois reprendront plus lentement.',
    transient: true,
  },
  '131056': { reason: 'Trop de messages au même contact en peu de temps.', transient: true },
  '131057': { reason: 'Compte WhatsApp en maintenance : nouvel essai plus tard.', transient: true },
  '132000': { reason: 'Le nombre de paramètres ne correspond pas au modèle.', transient: false },
  '132001': { reason: 'Modèle inexistant ou non approuvé dans cette langue.', transient: false },
  '132012': { reason: 'Un paramètre du modèle a un format invalide.', transient: false },
  '131008': { reason: 'Paramètre obligatoire manquant.', transient: false },
  '131009': { reason: 'Valeur de paramètre invalide.', transient: false },
  '131000': { reason: 'Erreur inconnue chez WhatsApp.', transient: true },
  '131016': { reason: 'Service WhatsApp momentanément indisponible.', transient: true },
  '131031': { reason: 'Compte WhatsApp Business bloqué : contactez le support.', transient: false },
  '368': { reason: 'Compte restreint pour non-respect des règles de WhatsApp.', transient: false },
};

export function failureMeaning(
  code: string | null | undefined,
  detail?: string | null,
): FailureMeaning {
  const known = code ? meanings[code.trim()] : undefined;
  if (known) return known;
  const suffix = detail ? ` (${detail})` : '';
  return { reason: `Échec d'envoi${code ? ` (code ${code})` : ''}${suffix}.`, transient: false };
}

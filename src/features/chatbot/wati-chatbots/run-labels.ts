import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { BadgeTone } from '../../../components/ui/badge';
import type { ChatbotRun, RunStatus } from './api';
import type { RunFailure } from './run-failures';

// A start of one of Wati's chatbots as people read it: its status, why contacts were not started,
// and how far it went.

const statuses: Record<RunStatus, { label: MessageDescriptor; tone: BadgeTone }> = {
  queued: { label: msg`En attente`, tone: 'info' },
  running: { label: msg`En cours`, tone: 'brand' },
  completed: { label: msg`Terminé`, tone: 'brand' },
  failed: { label: msg`Échoué`, tone: 'danger' },
  cancelled: { label: msg`Annulé`, tone: 'neutral' },
};

export function runStatus(status: RunStatus): { label: string; tone: BadgeTone } {
  const { label, tone } = statuses[status];
  return { label: i18n._(label), tone };
}

/** Still moving: its figures change as the sweep starts contacts. */
export function isActive(run: Pick<ChatbotRun, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running';
}

const failures: Record<RunFailure, MessageDescriptor> = {
  wati_not_configured: msg`Aucune connexion Wati : renseignez-la dans Paramètres › Intégration Wati.`,
  wati_auth: msg`Wati refuse le jeton d’accès : vérifiez Paramètres › Intégration Wati.`,
  wati_plan_required: msg`Les chatbots demandent l’abonnement Pro (ou Business) de Wati.`,
  wati_quota: msg`Le quota mensuel d’appels de votre abonnement Wati est épuisé.`,
  wati_chatbot_not_found: msg`Ce chatbot n’existe plus dans Wati.`,
  opted_out: msg`Le contact s’est désinscrit entre-temps.`,
  contact_deleted: msg`Le contact a été supprimé entre-temps.`,
  wati_contact_unknown: msg`Wati ne connaît pas ce numéro : la synchronisation du contact n’a pas abouti.`,
  wati_refused: msg`Wati a refusé ce contact.`,
  wati_unavailable: msg`Wati ne répondait pas correctement.`,
  wati_outcome_unknown: msg`Wati n’a pas confirmé le démarrage : il a pu avoir lieu, il n’est pas retenté.`,
  message_quota: msg`Le quota mensuel de messages de votre offre était atteint : le chatbot n’a pas été démarré.`,
};

/** Why a contact was not started, or a whole run stopped. */
export function failureReason(failure: RunFailure): string {
  return i18n._(failures[failure]);
}

/** The bar's figures: contacts handled (started or failed) out of the run's total. */
export function runProgress(run: Pick<ChatbotRun, 'total' | 'started' | 'failed'>): {
  done: number;
  total: number;
} {
  return { done: Math.min(run.started + run.failed, run.total), total: run.total };
}

// Messages of the import wizard's page about its worker. The worker itself says nothing in words:
// it answers with codes (worker-protocol.ts), said here in the reader's language.
import { t } from '@lingui/core/macro';
import { fileProblemText } from '../../../domain/contacts/import/messages';
import type { WorkerFailure } from './worker-protocol';

export function unreadableFileMessage(): string {
  return t`Ce fichier n’a pas pu être lu. Enregistrez-le en CSV ou en Excel (.xlsx), puis réessayez.`;
}

export function noFileMessage(): string {
  return t`Choisissez d’abord un fichier à importer.`;
}

export function prepareFailedMessage(): string {
  return t`Les lignes du fichier n’ont pas pu être vérifiées. Rechargez la page, puis réessayez.`;
}

export function workerCrashedMessage(): string {
  return t`L’analyse du fichier s’est arrêtée dans le navigateur. Rechargez la page, puis réessayez.`;
}

/** What the page says when the worker could not do what it was asked. */
export function workerFailureMessage(failure: WorkerFailure): string {
  switch (failure.kind) {
    case 'file':
      return fileProblemText(failure.problem);
    case 'unreadable':
      return unreadableFileMessage();
    case 'no_file':
      return noFileMessage();
    case 'prepare_failed':
      return prepareFailedMessage();
  }
}

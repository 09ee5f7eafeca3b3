// Messages shared by the worker and the page. Kept apart from worker-handler.ts so that the page's
// bundle does not pull in the file readers the worker uses.

export const unreadableFileMessage =
  'Ce fichier n’a pas pu être lu. Enregistrez-le en CSV ou en Excel (.xlsx), puis réessayez.';
export const noFileMessage = 'Choisissez d’abord un fichier à importer.';
export const prepareFailedMessage =
  'Les lignes du fichier n’ont pas pu être vérifiées. Rechargez la page, puis réessayez.';
export const workerCrashedMessage =
  'L’analyse du fichier s’est arrêtée dans le navigateur. Rechargez la page, puis réessayez.';

import { ModulePlaceholderPage } from '../../../app/module-placeholder-page';

export function ImportContactsPage() {
  return <ModulePlaceholderPage title="Importer des contacts" purpose="En construction." />;
}

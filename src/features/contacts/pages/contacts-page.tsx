import { ModulePlaceholderPage } from '../../../app/module-placeholder-page';

export function ContactsPage() {
  return <ModulePlaceholderPage title="Contacts" purpose="En construction." />;
}

import { ModulePlaceholderPage } from '../../../app/module-placeholder-page';

export function ContactPage() {
  return <ModulePlaceholderPage title="Fiche contact" purpose="En construction." />;
}

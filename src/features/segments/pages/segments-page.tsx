import { ModulePlaceholderPage } from '../../../app/module-placeholder-page';

export function SegmentsPage() {
  return <ModulePlaceholderPage title="Segments" purpose="En construction." />;
}

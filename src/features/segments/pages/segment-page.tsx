import { ModulePlaceholderPage } from '../../../app/module-placeholder-page';

export function SegmentPage() {
  return <ModulePlaceholderPage title="Segment" purpose="En construction." />;
}

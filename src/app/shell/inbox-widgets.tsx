import { lazy } from 'react';

// The inbox's parts of the shell (the notification bell, the unread badge of the navigation),
// loaded after the shell: with their queries and Realtime, they stay out of every page's first
// chunks.
export const NotificationBell = lazy(() =>
  import('./notification-bell').then(({ NotificationBell }) => ({ default: NotificationBell })),
);
export const InboxNavBadge = lazy(() =>
  import('./notification-bell').then(({ InboxNavBadge }) => ({ default: InboxNavBadge })),
);

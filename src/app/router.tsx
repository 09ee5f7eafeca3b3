import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { GuestOnly } from '../features/auth/components/guest-only';
import { RequireSession } from '../features/auth/components/require-session';
import { SignInPage } from '../features/auth/pages/sign-in-page';
import { HomePage } from '../features/home/pages/home-page';
import { paths } from '../lib/paths';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';
import { SignedInLayout } from './signed-in-layout';

const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <GuestOnly />,
        children: [{ path: paths.signIn, element: <SignInPage /> }],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <SignedInLayout />,
            children: [{ path: paths.home, element: <HomePage /> }],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}

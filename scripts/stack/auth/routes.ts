import type { Route } from './router';
import { adminUserRoutes } from './routes/admin-users';
import { identityRoutes } from './routes/identities';
import { instanceRoutes } from './routes/instance';
import { logoutRoutes } from './routes/logout';
import { otpRoutes } from './routes/otp';
import { recoverRoutes } from './routes/recover';
import { resendRoutes } from './routes/resend';
import { signupRoutes } from './routes/signup';
import { tokenRoutes } from './routes/token';
import { userRoutes } from './routes/user';
import { verifyRoutes } from './routes/verify';

/** Every endpoint of the Auth service (paths as seen after the gateway strips `/auth/v1`). */
export const authRoutes: Route[] = [
  ...instanceRoutes,
  ...signupRoutes,
  ...tokenRoutes,
  ...userRoutes,
  ...identityRoutes,
  ...otpRoutes,
  ...resendRoutes,
  ...recoverRoutes,
  ...verifyRoutes,
  ...logoutRoutes,
  ...adminUserRoutes,
];

import path from 'node:path';
import { build, preview } from 'vite';
import { demoLogin, demoLogins } from '../scripts/demo-login';
import { localDir, projectRoot } from '../scripts/stack/paths';
import { STACK_READY_FILE, startStack } from '../scripts/stack/stack';
import { localLoadRateLimits } from '../test-support/rate-limits';

/**
 * An ephemeral stack with the seed, and the SPA's production build served against it, on free ports.
 * The built app is what users get, and it loads in a fraction of the dev server's time: on two cores,
 * two browsers waiting for the dev server to transform every module outlasted the tests' timeout. What
 * the specs need travels through environment variables, which Playwright passes on to its workers.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const stack = await startStack({ ephemeral: true, seed: true, env: localLoadRateLimits });
  process.env.VITE_SUPABASE_URL = stack.info.apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = stack.info.anonKey;
  const viteOptions = {
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: projectRoot,
    logLevel: 'warn' as const,
    build: { outDir: path.join(localDir, 'e2e-dist'), emptyOutDir: true },
  };
  await build(viteOptions);
  const web = await preview({ ...viteOptions, preview: { port: 0, strictPort: false } });
  const url = web.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not report its URL');
  process.env.WCAP_E2E_BASE_URL = url;
  process.env.WCAP_DEMO_EMAIL = demoLogin.email;
  process.env.WCAP_DEMO_PASSWORD = demoLogin.password;
  // The other personas of « CNSA (démo) », same password.
  const [, admin, agent, viewer] = demoLogins;
  process.env.WCAP_DEMO_ADMIN_EMAIL = admin.email;
  process.env.WCAP_DEMO_AGENT_EMAIL = agent.email;
  process.env.WCAP_DEMO_VIEWER_EMAIL = viewer.email;
  process.env.WCAP_API_URL = stack.info.apiUrl;
  process.env.WCAP_SECRET_KEY = stack.info.secretKey;
  // The stack's Wati sandbox, for specs that need a workspace of their own (live mode).
  const watiSandbox = stack.info.sandboxes.wati as { url: string; token: string };
  process.env.WCAP_WATI_SANDBOX_URL = watiSandbox.url;
  process.env.WCAP_WATI_SANDBOX_TOKEN = watiSandbox.token;
  // The mail sandbox, where specs read the recovery and invitation e-mails.
  process.env.WCAP_MAIL_SANDBOX_URL = (stack.info.sandboxes.mail as { url: string }).url;
  // Everything else (the database, the platform WhatsApp sandbox): the stack's ready file.
  process.env.WCAP_STACK_READY_FILE = path.join(stack.info.dataDir, STACK_READY_FILE);
  return async () => {
    await web.close();
    await stack.stop();
  };
}

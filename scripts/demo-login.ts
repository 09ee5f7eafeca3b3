/** The demo account that supabase/seed.sql creates; `npm start` prints it and e2e tests use it. */
export const demoLogin = {
  email: 'demo@wcap.test',
  password: 'WcapDemo2026!',
} as const;

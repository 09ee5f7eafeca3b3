/** The organisation « CNSA (démo) » that supabase/seed.sql creates. */
export const demoOrganizationId = 'c0000000-0000-4000-8000-000000000001';

/** The demo accounts that supabase/seed.sql creates, one per role of « CNSA (démo) ». */
export const demoPassword = 'WcapDemo2026!';

export const demoLogins = [
  { role: 'propriétaire', email: 'proprietaire@cnsa-demo.test' },
  { role: 'administrateur', email: 'admin@cnsa-demo.test' },
  { role: 'agent', email: 'agent@cnsa-demo.test' },
  { role: 'lecteur', email: 'lecteur@cnsa-demo.test' },
] as const;

/** The account `npm start` shows first and the end-to-end tests sign in with. */
export const demoLogin = { email: demoLogins[0].email, password: demoPassword } as const;

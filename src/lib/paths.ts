// Route paths live in lib so that features can link to each other's pages without importing them.
export const paths = {
  home: '/',
  signIn: '/connexion',
} as const;

import type { AuthDeps, Reply, Route } from '../router';

/** External providers in GoTrue's `/settings` order; only email, phone and anonymous exist here. */
const OAUTH_PROVIDERS = [
  'apple',
  'azure',
  'bitbucket',
  'discord',
  'facebook',
  'snapchat',
  'figma',
  'fly',
  'github',
  'gitlab',
  'google',
  'keycloak',
  'kakao',
  'linkedin',
  'linkedin_oidc',
  'notion',
  'spotify',
  'slack',
  'slack_oidc',
  'workos',
  'twitch',
  'twitter',
];

async function health(): Promise<Reply> {
  return {
    status: 200,
    body: {
      version: 'wcap-local',
      name: 'GoTrue',
      description: 'GoTrue is a user registration and authentication API',
    },
  };
}

async function settings({ settings: config }: AuthDeps): Promise<Reply> {
  return {
    status: 200,
    body: {
      external: {
        anonymous_users: config.anonymousSignIns,
        ...Object.fromEntries(OAUTH_PROVIDERS.map((provider) => [provider, false])),
        email: config.email.enabled,
        phone: config.sms.enabled,
        zoom: false,
      },
      disable_signup: config.disableSignup,
      mailer_autoconfirm: config.email.autoconfirm,
      phone_autoconfirm: config.sms.autoconfirm,
      sms_provider: '',
      saml_enabled: false,
      saml_private_key_next_configured: false,
      passkeys_enabled: false,
    },
  };
}

export const instanceRoutes: Route[] = [
  { method: 'GET', path: '/health', handle: health },
  { method: 'GET', path: '/settings', handle: settings },
];

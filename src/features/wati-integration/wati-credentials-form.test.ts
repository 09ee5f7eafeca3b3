import { describe, expect, it } from 'vitest';
import { watiCredentialsSchema } from './wati-credentials-form';

const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.abc';

function messages(values: { endpoint: string; token: string }) {
  return watiCredentialsSchema.safeParse(values).error?.issues.map((issue) => issue.message);
}

describe('watiCredentialsSchema', () => {
  it('accepts the endpoint and token Wati’s API Docs page shows, trimmed', () => {
    expect(
      watiCredentialsSchema.parse({
        endpoint: ' https://live-mt-server.wati.io/123456 ',
        token: ` Bearer ${token} `,
      }),
    ).toEqual({ endpoint: 'https://live-mt-server.wati.io/123456', token: `Bearer ${token}` });
  });

  it('asks for both fields in French', () => {
    expect(messages({ endpoint: '', token: ' ' })).toEqual([
      'Adresse de l’API requise',
      'Jeton d’accès requis',
    ]);
  });

  it('explains an invalid address or a truncated token', () => {
    expect(messages({ endpoint: 'live-mt-server.wati.io/123456', token: 'abc' })).toEqual([
      'Adresse invalide : copiez l’« API Endpoint URL » de Wati.',
      'Jeton trop court : copiez le jeton complet depuis Wati.',
    ]);
    expect(messages({ endpoint: 'ftp://wati.io/1', token })).toEqual([
      'Adresse invalide : copiez l’« API Endpoint URL » de Wati.',
    ]);
  });
});

import type { ApiKeys } from './keys';

export interface KeyRing {
  /** The legacy JWT a project key stands for, or undefined when it is not a key of this project. */
  jwtFor(apikey: string): string | undefined;
  /**
   * The Authorization header downstream services get, in the gateway's order: a user JWT passes
   * through; an opaque key is replaced by the JWT it stands for; otherwise the apikey itself.
   */
  authorizationFor(
    authorization: string | undefined,
    apikey: string | undefined,
  ): string | undefined;
}

export function createKeyRing(keys: ApiKeys): KeyRing {
  const jwts = new Map<string, string>([
    [keys.anonKey, keys.anonKey],
    [keys.serviceRoleKey, keys.serviceRoleKey],
    [keys.publishableKey, keys.anonKey],
    [keys.secretKey, keys.serviceRoleKey],
  ]);
  const jwtFor = (apikey: string): string | undefined => jwts.get(apikey);
  return {
    jwtFor,
    authorizationFor(authorization, apikey) {
      if (authorization && !/^bearer sb_/i.test(authorization)) return authorization;
      const opaque = authorization?.replace(/^bearer /i, '') ?? apikey;
      const jwt = opaque ? jwtFor(opaque) : undefined;
      if (jwt) return `Bearer ${jwt}`;
      return apikey ? `Bearer ${apikey}` : authorization;
    },
  };
}

/** Every address a host name resolves to, IPv4 and IPv6; none when it has no record. */
export type ResolveAddresses = (hostname: string, signal?: AbortSignal) => Promise<string[]>;

/**
 * Both families, because fetch may connect to either: a name with a public A record and a private
 * AAAA record must be refused. A lookup that fails for another reason than "no such record" throws,
 * so that an address nobody checked is never reached.
 */
export const resolveWithDeno: ResolveAddresses = async (hostname, signal) => {
  const lookups = await Promise.allSettled(
    (['A', 'AAAA'] as const).map((type) => Deno.resolveDns(hostname, type, { signal })),
  );
  const addresses: string[] = [];
  for (const lookup of lookups) {
    if (lookup.status === 'fulfilled') addresses.push(...lookup.value);
    else if (!(lookup.reason instanceof Deno.errors.NotFound)) throw lookup.reason;
  }
  return addresses;
};

import ipaddr from 'ipaddr.js';

// IANA's global unicast block: every IPv6 address the public internet routes lies in it, so
// anything outside (IPv4-compatible `::a.b.c.d`, discard, segment routing…) is refused unread.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** The address a URL host names literally (`127.0.0.1`, `[::1]` → `::1`), or null for a name. */
export function literalAddress(hostname: string): string | null {
  const bare =
    hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}

/**
 * Whether an address belongs to the public internet. Only ipaddr.js's `unicast` class passes: that
 * leaves out loopback, private (RFC 1918), carrier-grade NAT, link-local (cloud metadata at
 * 169.254.169.254 included), unique-local (fd00:ec2::254 included), unspecified, broadcast,
 * multicast, documentation and reserved ranges, and the IPv6 forms that embed an IPv4 address a
 * gateway would reach (NAT64, 6to4, Teredo). An IPv4-mapped IPv6 address is judged as its IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === 'unicast';
  return v6.range() === 'unicast' && v6.match(GLOBAL_UNICAST_V6);
}

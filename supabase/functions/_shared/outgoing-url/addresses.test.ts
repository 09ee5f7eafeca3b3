import { describe, expect, it } from 'vitest';
import { isPublicAddress, literalAddress } from './addresses.ts';

describe('isPublicAddress', () => {
  it.each([
    ['IPv4 loopback', '127.0.0.1'],
    ['IPv4 loopback, anywhere in 127/8', '127.255.10.3'],
    ['RFC 1918 10/8', '10.0.0.1'],
    ['RFC 1918 172.16/12', '172.31.255.254'],
    ['RFC 1918 192.168/16', '192.168.1.1'],
    ['carrier-grade NAT 100.64/10', '100.64.0.1'],
    ['link-local 169.254/16', '169.254.10.20'],
    ['cloud metadata', '169.254.169.254'],
    ['unspecified', '0.0.0.0'],
    ['"this network" 0/8', '0.1.2.3'],
    ['limited broadcast', '255.255.255.255'],
    ['IPv4 multicast', '224.0.0.1'],
    ['reserved 240/4', '240.0.0.1'],
    ['IETF protocol assignments', '192.0.0.8'],
    ['documentation TEST-NET-1', '192.0.2.1'],
    ['benchmarking 198.18/15', '198.19.0.1'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv6 unique-local', 'fd12:3456::1'],
    ['AWS IPv6 metadata', 'fd00:ec2::254'],
    ['IPv6 multicast', 'ff02::1'],
    ['IPv6 documentation', '2001:db8::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped loopback, hex form', '::ffff:7f00:1'],
    ['IPv4-mapped metadata', '::ffff:a9fe:a9fe'],
    ['IPv4-mapped private', '0:0:0:0:0:ffff:10.0.0.1'],
    ['IPv4-compatible loopback', '::127.0.0.1'],
    ['NAT64 of a private address', '64:ff9b::a00:1'],
    ['6to4 of loopback', '2002:7f00:1::1'],
    ['Teredo', '2001:0:4136:e378::1'],
    ['site-local (deprecated)', 'fec0::1'],
    ['not an address', 'example.com'],
  ])('refuses %s (%s)', (_, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ['public IPv4', '93.184.216.34'],
    ['public IPv4 next to private 172.16/12', '172.32.0.1'],
    ['public IPv4 next to CGNAT', '100.128.0.1'],
    ['public IPv6', '2606:2800:220:1:248:1893:25c8:1946'],
    ['IPv4-mapped public address', '::ffff:93.184.216.34'],
  ])('accepts %s (%s)', (_, address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('literalAddress', () => {
  it('reads the address of an IP host, brackets removed', () => {
    expect(literalAddress('127.0.0.1')).toBe('127.0.0.1');
    expect(literalAddress('[::ffff:7f00:1]')).toBe('::ffff:7f00:1');
  });

  it('gives null for a host name', () => {
    expect(literalAddress('live-mt-server.wati.io')).toBeNull();
    expect(literalAddress('localhost')).toBeNull();
  });
});

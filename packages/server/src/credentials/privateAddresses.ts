// Addresses a verifier never fetches from in production: loopback, private networks,
// link-local (cloud metadata services live at 169.254.169.254), carrier-grade NAT, multicast,
// reserved and documentation ranges, in IPv4 and IPv6 — IPv4-mapped IPv6 addresses are read
// as the IPv4 address they carry (node's BlockList does so). Checked on the addresses a name
// resolves to, at connection time, so that a name cannot resolve to a public address when
// checked and a private one when used.
import { BlockList, isIP } from 'node:net';

const IPV4: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

const IPV6: Array<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
];

const blocked = new BlockList();
for (const [network, prefix] of IPV4) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of IPV6) blocked.addSubnet(network, prefix, 'ipv6');

/** Whether `address` (an IP literal) is one a verifier must not reach; non-IPs are refused too. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return true;
  return blocked.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Which addresses the bot may connect to when it fetches a link a stranger pasted: public unicast
 * only. Every IPv4 special-purpose range (RFC 6890: this-network, private, CGNAT, loopback,
 * link-local, documentation, benchmarking, multicast, reserved, broadcast) is refused; for IPv6 only
 * global unicast (2000::/3) is allowed, less 6to4, Teredo and documentation, so IPv4-mapped,
 * IPv4-compatible, NAT64, unique-local, link-local, multicast, loopback and unspecified forms are
 * refused whatever they embed. `ARTICLE_FETCH_ALLOW_HOSTS` opens named hosts, addresses and CIDRs.
 */
import { BlockList, isIP } from 'node:net';

const IPV4_SPECIAL = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
  '192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24', '192.168.0.0/16', '198.18.0.0/15',
  '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
];
const IPV6_SPECIAL_IN_GLOBAL = ['2001::/32', '2001:db8::/32', '2002::/16', '3fff::/20'];

const refused = new BlockList();
for (const cidr of IPV4_SPECIAL) {
  const [net, bits] = cidr.split('/');
  refused.addSubnet(net!, Number(bits), 'ipv4');
}
for (const cidr of IPV6_SPECIAL_IN_GLOBAL) {
  const [net, bits] = cidr.split('/');
  refused.addSubnet(net!, Number(bits), 'ipv6');
}
const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');

/** A literal address without the brackets a URL puts around IPv6 (`[::1]` → `::1`). */
export function bareAddress(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Whether `address` (an IP literal) is public unicast. Anything that is not an IP literal is not. */
export function isPublicAddress(address: string): boolean {
  const ip = bareAddress(address);
  const family = isIP(ip);
  if (family === 4) return !refused.check(ip, 'ipv4');
  if (family === 6) return globalUnicast.check(ip, 'ipv6') && !refused.check(ip, 'ipv6');
  return false;
}

/** Hosts and address ranges the operator opened (`ARTICLE_FETCH_ALLOW_HOSTS`). */
export interface AllowList {
  /** Host names (lower case) whose addresses are all allowed, whatever they resolve to. */
  hosts: ReadonlySet<string>;
  /** Addresses and CIDRs allowed even though they are not public. */
  addresses: BlockList;
  /** Whether anything was opened (for messages). */
  empty: boolean;
}

/**
 * Parses `ARTICLE_FETCH_ALLOW_HOSTS`: comma-separated host names, IP addresses and CIDRs
 * (`intranet.example, 10.1.0.0/16, 127.0.0.1`). A malformed CIDR is an error naming the variable.
 */
export function parseAllowList(value: string | undefined): AllowList {
  const hosts = new Set<string>();
  const addresses = new BlockList();
  let empty = true;
  for (const raw of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    empty = false;
    const [net, bits, extra] = raw.split('/');
    const ip = bareAddress(net!);
    const family = isIP(ip);
    if (bits !== undefined) {
      const n = Number(bits);
      if (!family || extra !== undefined || !Number.isInteger(n) || n < 0 || n > (family === 4 ? 32 : 128)) {
        throw new Error(`ARTICLE_FETCH_ALLOW_HOSTS: "${raw.slice(0, 60)}" is not a CIDR (see .env.example)`);
      }
      addresses.addSubnet(ip, n, family === 4 ? 'ipv4' : 'ipv6');
    } else if (family) addresses.addAddress(ip, family === 4 ? 'ipv4' : 'ipv6');
    else hosts.add(raw.toLowerCase().replace(/\.$/, ''));
  }
  return { hosts, addresses, empty };
}

/** Whether the bot may connect to `address` for a URL on `hostname`. */
export function mayConnect(address: string, hostname: string, allow: AllowList): boolean {
  const ip = bareAddress(address);
  const family = isIP(ip);
  if (!family) return false;
  if (isPublicAddress(ip)) return true;
  if (allow.hosts.has(bareAddress(hostname).toLowerCase().replace(/\.$/, ''))) return true;
  return allow.addresses.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

// Where webhooks may post. Self-hosted installs usually post inside their own network, so private
// targets are allowed unless DOCSIFT_WEBHOOK_BLOCK_PRIVATE=true. Then loopback, private, link-local,
// carrier-grade NAT, multicast and reserved ranges are refused: literal addresses when an endpoint is
// saved, every address a host name resolves to before each delivery, and again the address each
// connection is actually made to (a name may answer differently the second time: DNS rebinding).
import dns from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent } from 'undici';

const special = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) special.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) special.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is its IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return special.check(mapped[1], 'ipv4');
  return special.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '');

/** A literal private address in the URL (checked when an endpoint is saved). */
export function literalPrivateAddress(url: string): string | null {
  const host = hostOf(url);
  return isIP(host) && isPrivateAddress(host) ? host : null;
}

/** Why a delivery may not go to this URL, or null. Resolves the host: a name may point inside. */
export async function privateTargetReason(url: string): Promise<string | null> {
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch (error) {
    return `Cannot resolve ${host}: ${(error as Error).message}`;
  }
  const inside = addresses.find(isPrivateAddress);
  return inside ? `${host} resolves to a private address (${inside}); DOCSIFT_WEBHOOK_BLOCK_PRIVATE is on` : null;
}

/**
 * dns.lookup that fails instead of answering with a private address: given to the connection itself,
 * so the address checked is the address connected to.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const inside = addresses.find((a) => isPrivateAddress(a.address));
    if (inside) {
      const refused = Object.assign(new Error(`${hostname} resolved to a private address (${inside.address}) when connecting; DOCSIFT_WEBHOOK_BLOCK_PRIVATE is on`), { code: 'EPRIVATE' });
      return callback(refused, '', 0);
    }
    // net.connect asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** HTTP agent for deliveries while private targets are blocked. */
export const publicOnlyAgent = new Agent({ connect: { lookup: publicOnlyLookup } });

import ipaddr from 'ipaddr.js';

/**
 * The network address that sign-in failures are counted under. An IPv4 address counts alone
 * (also when it arrives as an IPv4-mapped IPv6 address); an IPv6 address counts as its /64,
 * since one customer of a provider usually holds a whole /64 and could otherwise take a new
 * address for every guess. Anything unparseable counts as itself.
 */
export function addressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}

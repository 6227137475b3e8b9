import type { SecurityGroupRule } from '@cspmexa/resources';
import { isWholeInternet } from './cidr';

/** One way a rule lets the internet in: the protocol, the ports and the open range (IPv4 or IPv6). */
export interface InternetExposure {
  protocol: string;
  /** `all` or `from-to` (`22` when a single port). */
  ports: string;
  source: string;
}

const ANY_PROTOCOL = new Set(['all', '-1']);
const PORT_PROTOCOLS = new Set(['tcp', 'udp', '6', '17']);
const LAST_PORT = 65535;

/** AWS writes "every protocol" as -1 (the collector as `all`); both spellings are read as the same. */
export const isAnyProtocol = (rule: SecurityGroupRule): boolean => ANY_PROTOCOL.has(rule.protocol.toLowerCase());

/**
 * The open ranges of a rule: sources equal to the whole internet, IPv4 or IPv6. Referenced security groups and
 * prefix lists are not listed: they name specific peers, not the internet.
 */
export function internetSources(rule: SecurityGroupRule): string[] {
  return [...rule.ipv4Ranges, ...rule.ipv6Ranges].map((r) => r.cidr).filter(isWholeInternet);
}

/**
 * Whether the rule admits `port` of `protocol` (tcp by default). Protocol -1 covers every port of every protocol;
 * a tcp/udp rule without ports is malformed and read as every port, which can only move a verdict towards FAIL.
 */
export function coversPort(rule: SecurityGroupRule, port: number, protocol = 'tcp'): boolean {
  if (isAnyProtocol(rule)) return true;
  if (!sameProtocol(rule.protocol, protocol)) return false;
  const from = rule.fromPort ?? 0;
  const to = rule.toPort ?? LAST_PORT;
  return from <= port && port <= to;
}

/** Whether the rule admits at least one port of `from`-`to` for `protocol` (tcp by default): the spans overlap. */
export function overlapsPorts(rule: SecurityGroupRule, from: number, to: number, protocol = 'tcp'): boolean {
  if (isAnyProtocol(rule)) return true;
  if (!sameProtocol(rule.protocol, protocol)) return false;
  return (rule.fromPort ?? 0) <= to && from <= (rule.toPort ?? LAST_PORT);
}

/** Every port: protocol -1, or a tcp/udp rule spanning 0 (or 1) to 65535. */
export function coversAllPorts(rule: SecurityGroupRule): boolean {
  if (isAnyProtocol(rule)) return true;
  if (!PORT_PROTOCOLS.has(rule.protocol.toLowerCase())) return false;
  return (rule.fromPort ?? 0) <= 1 && (rule.toPort ?? LAST_PORT) >= LAST_PORT;
}

function sameProtocol(ruleProtocol: string, wanted: string): boolean {
  const alias: Record<string, string> = { '6': 'tcp', '17': 'udp' };
  const a = ruleProtocol.toLowerCase();
  return (alias[a] ?? a) === wanted;
}

export function describePorts(rule: SecurityGroupRule): string {
  if (isAnyProtocol(rule) || (rule.fromPort === undefined && rule.toPort === undefined)) return 'all';
  return rule.fromPort === rule.toPort ? String(rule.fromPort) : `${rule.fromPort ?? 0}-${rule.toPort ?? LAST_PORT}`;
}

/** Every (rule, open source) pair of the ingress rules for which `admits` holds. */
export function internetExposures(
  ingress: readonly SecurityGroupRule[],
  admits: (rule: SecurityGroupRule) => boolean,
): InternetExposure[] {
  const exposures: InternetExposure[] = [];
  for (const rule of ingress) {
    if (!admits(rule)) continue;
    for (const source of internetSources(rule)) {
      exposures.push({ protocol: isAnyProtocol(rule) ? 'all' : rule.protocol, ports: describePorts(rule), source });
    }
  }
  return exposures;
}

export const describeExposure = (e: InternetExposure): string => `${e.protocol} ports ${e.ports} from ${e.source}`;

// Download a report over http(s), with a timeout and a size cap checked while streaming (after
// decompression). Redirects are followed by hand, at most MAX_REDIRECTS, and only to http(s)
// hosts on public addresses: the address is checked when the connection is made (no DNS
// rebinding between a check and the request). The address the user gave is theirs to choose.

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { InputError, reasonOf } from './errors';
import { MAX_INPUT_BYTES } from './limits';

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL after redirects. */
  url: string;
}

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

const LIMITS: FetchLimits = { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: MAX_INPUT_BYTES };

/** Loopback, private, link-local, carrier-grade NAT, multicast, reserved, and IPv6 equivalents. */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32]] as const) {
  NOT_PUBLIC.addSubnet(net, bits, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // IPv4-mapped and NAT64 IPv6 addresses are checked as the IPv4 address they carry.
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  return !NOT_PUBLIC.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

class NotPublic extends Error {
  constructor(readonly address: string) {
    super(`not a public address: ${address}`);
  }
}

/** dns.lookup, refusing names that resolve to any address that is not public. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad || addresses.length === 0) return callback(new NotPublic(bad?.address ?? hostname), '', 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

export async function fetchBytes(input: string, limits: Partial<FetchLimits> = {}): Promise<Fetched> {
  const { timeoutMs, maxBytes } = { ...LIMITS, ...limits };
  const tooLarge = () => new InputError('fetch-too-large', { input, limit: +(maxBytes / 1024 / 1024).toFixed(2) });
  let url: URL;
  try {
    url = new URL(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
  } catch {
    throw new InputError('bad-url', { input });
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timeout = () => new InputError('fetch-timeout', { input, seconds: timeoutMs / 1000 });
  try {
    for (let hop = 0; ; hop++) {
      let res: IncomingMessage;
      try {
        res = await get(url, controller.signal, hop > 0);
      } catch (e) {
        if (controller.signal.aborted) throw timeout();
        if (e instanceof NotPublic) throw new InputError('fetch-redirect-refused', { input, target: url.href });
        throw new InputError('fetch-failed', { input, reason: reasonOf(e) });
      }
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        if (hop >= MAX_REDIRECTS) throw new InputError('fetch-redirects', { input, max: MAX_REDIRECTS });
        url = nextUrl(url, location, input);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new InputError('fetch-status', { input, status });
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > maxBytes && !res.headers['content-encoding']) {
        res.destroy();
        throw tooLarge();
      }
      const bytes = await readCapped(decoded(res), maxBytes, tooLarge).catch((e: unknown) => {
        if (controller.signal.aborted) throw timeout();
        if (e instanceof InputError) throw e;
        throw new InputError('fetch-failed', { input, reason: reasonOf(e) });
      });
      return { bytes, contentType: res.headers['content-type'] ?? null, url: url.href };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** A redirect target: http(s) only, and never a literal non-public address. */
function nextUrl(from: URL, location: string, input: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new InputError('fetch-redirect-refused', { input, target: location });
  }
  const host = next.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host) !== 0;
  if ((next.protocol !== 'http:' && next.protocol !== 'https:') || (literal && !isPublicAddress(host))) {
    throw new InputError('fetch-redirect-refused', { input, target: next.href });
  }
  return next;
}

function get(url: URL, signal: AbortSignal, publicOnly: boolean): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      signal,
      headers: {
        'user-agent': 'Mozilla/5.0 (compatible; nianbao-audit)',
        accept: '*/*',
        'accept-encoding': 'gzip, deflate, br',
      },
      ...(publicOnly && { lookup: publicLookup }),
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed as its Content-Encoding says. */
function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder) return res;
  res.on('error', (e) => decoder.destroy(e));
  return res.pipe(decoder);
}

async function readCapped(body: Readable, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

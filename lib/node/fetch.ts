// Download a report over http(s), with a timeout and a size cap checked while streaming.

import { InputError, reasonOf } from './errors';
import { MAX_INPUT_BYTES } from './limits';

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL after redirects. */
  url: string;
}

export const FETCH_TIMEOUT_MS = 20_000;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

const LIMITS: FetchLimits = { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: MAX_INPUT_BYTES };

export async function fetchBytes(input: string, limits: Partial<FetchLimits> = {}): Promise<Fetched> {
  const { timeoutMs, maxBytes } = { ...LIMITS, ...limits };
  const tooLarge = () => new InputError('fetch-too-large', { input, limit: +(maxBytes / 1024 / 1024).toFixed(2) });
  try {
    new URL(input);
  } catch {
    throw new InputError('bad-url', { input });
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timeout = () => new InputError('fetch-timeout', { input, seconds: timeoutMs / 1000 });
  try {
    let res: Response;
    try {
      res = await fetch(input, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { 'user-agent': 'Mozilla/5.0 (compatible; nianbao-audit)', accept: '*/*' },
      });
    } catch (e) {
      if (controller.signal.aborted) throw timeout();
      throw new InputError('fetch-failed', { input, reason: reasonOf(causeOf(e)) });
    }
    if (!res.ok) throw new InputError('fetch-status', { input, status: res.status });
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw tooLarge();
    const bytes = await readCapped(res, maxBytes, tooLarge).catch((e: unknown) => {
      if (controller.signal.aborted) throw timeout();
      throw e;
    });
    return { bytes, contentType: res.headers.get('content-type'), url: res.url || input };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** undici wraps the system error ("ECONNREFUSED", "ENOTFOUND") in a TypeError's cause. */
function causeOf(e: unknown): unknown {
  return e instanceof Error && e.cause ? e.cause : e;
}

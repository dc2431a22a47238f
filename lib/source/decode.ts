// Bytes → text. gov.cn pages and attachments come as UTF-8 or GBK/GB18030 (often declared as
// gb2312), now and then as UTF-16 with a BOM. Uses only TextDecoder, so it runs in Node (full
// ICU) and in browsers alike.

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used: "utf-8", "gb18030", "gbk", "utf-16le", … */
  encoding: string;
}

/** Why bytes were refused as text. */
export type BinaryReason = 'nul' | 'control' | 'undecodable';

/** The WHATWG name for a charset label ("GB2312" → "gbk"), or null when unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decode report bytes. Order: a BOM; strict UTF-8 (Chinese text in GBK is practically never
 * valid UTF-8, so this is safe even against a wrong declaration); the hinted charset (from a
 * Content-Type header or a meta tag); GB18030, the superset of GBK and GB2312. If nothing
 * decodes cleanly, UTF-8 with replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, hint?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const hinted = hint ? canonicalEncoding(hint) : null;
  if (hinted && hinted !== 'utf-8' && !hinted.startsWith('utf-16')) {
    const text = tryDecode(bytes, hinted);
    if (text !== null) return { text, encoding: hinted };
  }

  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return { text: gb, encoding: 'gb18030' };

  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

/** C0 controls other than tab, line feed, form feed, carriage return and escape. */
function isJunkControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

const SNIFF_BYTES = 64 * 1024;
const MAX_CONTROL_RATIO = 0.01;

/**
 * Null when the bytes look like text, else why not: NUL bytes, too many control characters,
 * or bytes that no candidate encoding decodes. UTF-16 with a BOM is judged on its decoded text.
 */
export function sniffBinary(bytes: Uint8Array): BinaryReason | null {
  const bom = bomEncoding(bytes);
  if (bom?.startsWith('utf-16')) {
    const text = tryDecode(bytes, bom);
    if (text === null) return 'undecodable';
    return controlReason(Array.from(text.slice(0, SNIFF_BYTES), (c) => c.charCodeAt(0)));
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  const reason = controlReason(head);
  if (reason) return reason;
  if (tryDecode(bytes, 'utf-8') === null && tryDecode(bytes, 'gb18030') === null) return 'undecodable';
  return null;
}

function controlReason(codes: ArrayLike<number>): BinaryReason | null {
  let control = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c === 0) return 'nul';
    if (isJunkControl(c)) control++;
  }
  return codes.length > 0 && control / codes.length > MAX_CONTROL_RATIO ? 'control' : null;
}

/**
 * The charset an HTML document declares in its first bytes: <meta charset>, <meta http-equiv
 * content="…; charset=…">, or an XML declaration. Null when none is declared or it is unknown.
 */
export function sniffHtmlCharset(bytes: Uint8Array, scanBytes = 4096): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, scanBytes));
  const patterns = [
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i,
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i,
  ];
  for (const re of patterns) {
    const m = re.exec(head);
    const enc = m ? canonicalEncoding(m[1]!) : null;
    if (enc) return enc;
  }
  return null;
}

/** The charset parameter of a Content-Type header value, canonicalised. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? canonicalEncoding(m[1]!) : null;
}

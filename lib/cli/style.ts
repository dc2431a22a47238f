// Terminal styling: ANSI colours (off when not wanted) and display widths of CJK text.

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string) => s;

export function makeStyle(color: boolean): Style {
  if (!color) return { red: plain, yellow: plain, green: plain, cyan: plain, bold: plain, dim: plain };
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
  };
}

/** Columns a string takes in a terminal: wide (CJK, full-width) characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(/\x1b\[\d+m/g, '')) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

export const padEnd = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/**
 * Characters a terminal would act on rather than show (C0 and C1 controls: ESC starts colour,
 * cursor and OSC title/hyperlink sequences; DEL; bidirectional overrides that reorder what is
 * shown), taken out of document text before it is printed. Line breaks and tabs become spaces.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const printable = (s: string): string => s.replace(/[\t\n\r]/g, ' ').replace(CONTROLS, '');

/**
 * JSON.stringify escapes C0 controls but leaves C1 controls, line separators and bidi overrides
 * raw: escape them too (the parsed value is the same), so printing the JSON is safe.
 */
export const escapeJsonControls = (json: string): string =>
  json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

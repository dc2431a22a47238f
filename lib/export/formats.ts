// Serialising a matrix: TSV pastes into Excel/WPS cell for cell, CSV follows RFC 4180, Markdown
// escapes pipes.

import type { Matrix } from './layout';

/** Tabs and line breaks inside a cell would split it in a spreadsheet; quote like Excel does. */
function tsvCell(s: string): string {
  return /[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toTsv(m: Matrix): string {
  return m.map((row) => row.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV (RFC 4180). A file gets a BOM, which lets Excel open UTF-8 CSV with Chinese text correctly;
 * text for the clipboard gets none (it would be pasted as a stray character).
 */
export function toCsv(m: Matrix, opts: { bom?: boolean } = {}): string {
  return (opts.bom ? '\uFEFF' : '') + m.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function toMarkdown(m: Matrix): string {
  const width = Math.max(...m.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array(width - r.length).fill('')];
  const [head, ...body] = m.map(pad);
  const line = (r: string[]) => `| ${r.map(mdCell).join(' | ')} |`;
  return [line(head!), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n') + '\n';
}

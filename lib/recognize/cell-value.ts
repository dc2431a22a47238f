// Reading one printed cell into a CellReading (spec §7): numbers, blanks, placeholders, junk.

import type { GridCell } from '../model/document';
import type { CellReading } from '../model/report';

const PLACEHOLDER = /^(?:[-—–－―─/／\\、*＊]+|无|空|\/|不适用|暂无|未发生|没有)$/;
/**
 * What a value cell may hold that is not a number but is still meant as one: digits mistyped with
 * look-alike letters ("1O", "l7"), a sign, a decimal point. Anything with words in it ("1（含上年
 * 结转）", a label that spilled into the cell) is not the publisher's number: we cannot tell.
 */
const NUMBER_LIKE = /^[-+]?[\dOoIl|.,]+$/;
const INTEGER = /^\d+$/;
const DECIMAL = /^\d+\.\d+$/;

/**
 * Tidy a printed value: width, spaces, thousands separators, a trailing unit (件, 个, 万元 …) and
 * zero written as 〇 or 零 go; a whole number written with zero decimals ("0.00", "12.0") is that
 * whole number.
 */
function tidy(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, '')
    .replace(/^[〇零○]$/, '0')
    .replace(/^(\d{1,3}(?:,\d{3})+)(\.\d+)?$/, (m) => m.replace(/,/g, ''))
    .replace(/^(\d+(?:\.\d+)?)(?:件|个|项|起|宗|次|部|份|条|万元)$/, '$1')
    .replace(/^(\d+)\.0+$/, '$1');
}

export function readCell(raw: string | null | undefined, opts: { decimal?: boolean; source?: GridCell } = {}): CellReading {
  const text = (raw ?? '').trim();
  const base = { raw: raw == null ? null : text, source: opts.source };
  const t = tidy(text);
  if (t === '') return { ...base, value: null, status: 'blank' };
  if (PLACEHOLDER.test(t)) return { ...base, value: null, status: 'placeholder' };
  if (INTEGER.test(t)) return { ...base, value: Number(t), status: 'number' };
  if (opts.decimal && DECIMAL.test(t)) return { ...base, value: Number(t), status: 'number' };
  return { ...base, value: null, status: NUMBER_LIKE.test(t) ? 'invalid' : 'uncertain' };
}

export const absentCell = (): CellReading => ({ value: null, status: 'absent', raw: null });
export const uncertainCell = (raw: string | null = null, source?: GridCell): CellReading => ({
  value: null,
  status: 'uncertain',
  raw,
  source,
});

/**
 * Whether printed text looks like a value rather than a label: numbers, placeholders, and short
 * junk such as "l" or "3O" (a label has at least two CJK characters).
 */
export function isValueLike(raw: string): boolean {
  const t = tidy(raw);
  if (t === '') return false;
  if (PLACEHOLDER.test(t) || INTEGER.test(t) || /^[\d.,-]+$/.test(t)) return true;
  const cjk = t.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return cjk === 0 && t.length <= 6;
}

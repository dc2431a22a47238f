// Reading one printed cell (spec §7): what is a number, a blank, a convention for blank, a typo
// the publisher made (cell-invalid) — and what we cannot tell (uncertain, never an accusation).

import { describe, expect, it } from 'vitest';
import { readCell } from '../../lib/recognize/cell-value';

const status = (raw: string, decimal = false) => {
  const c = readCell(raw, { decimal });
  return [c.status, c.value];
};

describe('readCell', () => {
  it('reads numbers however zero and units are written', () => {
    for (const raw of ['0', '０', '〇', '零', '0.00', '0件', ' 0 ']) expect(status(raw), raw).toEqual(['number', 0]);
    expect(status('1,234')).toEqual(['number', 1234]);
    expect(status('12.0')).toEqual(['number', 12]);
    expect(status('3135.6', true)).toEqual(['number', 3135.6]);
  });
  it('takes the conventions for "nothing to report" as blanks, not as faults', () => {
    for (const raw of ['—', '/', '-', '无', '不适用', '暂无']) expect(status(raw)[0], raw).toBe('placeholder');
    expect(status('')[0]).toBe('blank');
  });
  it('calls digits mistyped with look-alike letters, signs or decimals invalid', () => {
    for (const raw of ['1O', 'l7', '-3', '1.5']) expect(status(raw)[0], raw).toBe('invalid');
  });
  it('leaves words in a value cell uncertain: a note or a spilled label is not the publisher’s number', () => {
    for (const raw of ['1（含上年结转）', '持1', '详见附件']) expect(status(raw)[0], raw).toBe('uncertain');
  });
});

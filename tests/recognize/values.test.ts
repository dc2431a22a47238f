// Picking a row's value cells under its header, and noticing a row that does not sit under it.

import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../lib/model/document';
import { pickValues } from '../../lib/recognize/values';

/** One row's cells from column `from` on. */
const row = (from: number, texts: string[]): GridCell[] => texts.map((text, i) => ({ text, row: 0, col: from + i, rowSpan: 1, colSpan: 1 }));
const texts = (p: ReturnType<typeof pickValues>) => (p.kind === 'cells' ? p.cells.map((c) => c?.text ?? null) : p.kind);
// Columns 0–1 hold labels, 2–4 values (two applicant columns and the total).
const positions = [2, 3, 4];

describe('pickValues', () => {
  it('reads a row under its header by position, an unprinted cell as null', () => {
    const label = row(1, ['1.秘密'])[0]!;
    expect(texts(pickValues(row(2, ['1', '', '1']), 3, true, positions, label))).toEqual(['1', '', '1']);
    expect(texts(pickValues(row(2, ['1', '0']), 3, true, positions, label))).toEqual(['1', '0', null]);
  });

  it('reads a row pulled one column left by its own shape: markup without a last cell', () => {
    const label = row(0, ['8.属于行政查询事项'])[0]!;
    expect(texts(pickValues(row(1, ['1', '0', '1']), 3, true, positions, label))).toEqual(['1', '0', '1']);
  });

  it('reads it the same when a ruled grid draws an empty cell under the last column', () => {
    const label = row(0, ['8.属于行政查询事项'])[0]!;
    expect(texts(pickValues(row(1, ['1', '0', '1', '']), 3, true, positions, label))).toEqual(['1', '0', '1']);
  });

  it('does not take an empty label-column cell for a shift', () => {
    const label = row(0, ['（二）部分公开'])[0]!;
    expect(texts(pickValues(row(1, ['', '2', '0', '']), 3, true, positions, label))).toEqual(['2', '0', '']);
  });

  it('reads a row pushed right into the first value column by its shape', () => {
    const label = { ...row(1, ['1.本机关不掌握'])[0]!, colSpan: 2 };
    expect(texts(pickValues(row(3, ['13', '0', '13']), 3, true, positions, label))).toEqual(['13', '0', '13']);
  });
});

// Table 二 in shorter shapes some CMS templates print: without the block caption rows
// (第二十条第（一）项 …), or with one 信息内容 header row at the top only (the header rows of blocks
// （五）（六）（八） left out). Every data row and value stays: the readings do not change; a tool
// may note the shape (an optional structure-variant).

import { buildGrid, findTable, type Grid } from '../dom';
import type { TruthEdit } from '../truth';
import { htmlTransform } from './common';

const isCaption = (grid: Grid, r: number): boolean => {
  const own = grid.starting(r);
  return own.length === 1 && own[0]!.colSpan === grid.width && /^第二十条第\([一二三四五六七八九十]+\)项$/.test(own[0]!.text);
};
const isHeader = (grid: Grid, r: number): boolean => grid.starting(r)[0]?.text === '信息内容' && grid.starting(r)[0]!.col === 0;

/** Remove rows no span crosses into or out of; false when any cannot be removed cleanly. */
function removeRows(grid: Grid, rows: number[]): boolean {
  for (const r of rows) {
    for (let c = 0; c < grid.width; c++) {
      const g = grid.at(r, c);
      if (g && (g.row !== r || g.rowSpan !== 1)) return false;
    }
  }
  for (const r of rows) grid.rows[r]!.remove();
  return true;
}

const optional = (truth: TruthEdit, what: string): void => {
  truth.find({ rule: 'structure-variant', optional: true, cells: [], message: `表二${what}（不影响读数）。` });
};

export const t2NoBlockCaptions = htmlTransform({
  id: 't2-no-block-captions',
  description: 'table 二 without its block caption rows (第二十条第（X）项)',
  edit(doc, truth) {
    const table = findTable(doc, 'active');
    if (!table) return false;
    const grid = buildGrid(table);
    const rows = grid.rows.map((_, r) => r).filter((r) => isCaption(grid, r));
    if (rows.length < 3 || !removeRows(grid, rows)) return false;
    truth.note(`${rows.length} caption rows removed`);
    optional(truth, '没有“第二十条第（X）项”分块标题行');
    return true;
  },
});

export const t2OneHeader = htmlTransform({
  id: 't2-one-header-row',
  description: 'table 二 with one 信息内容 header row at the top; blocks （五）（六）（八） without their own header rows',
  edit(doc, truth) {
    const table = findTable(doc, 'active');
    if (!table) return false;
    const grid = buildGrid(table);
    const headers = grid.rows.map((_, r) => r).filter((r) => isHeader(grid, r));
    if (headers.length < 2 || !removeRows(grid, headers.slice(1))) return false;
    truth.note(`${headers.length - 1} block header rows removed (本年处理决定数量 / 本年收费金额 no longer printed)`);
    optional(truth, '只有一行“信息内容”表头，（五）（六）（八）项没有各自的表头');
    return true;
  },
});

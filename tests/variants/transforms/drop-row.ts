// A standard row of table 二 that the publisher left out: the 规章 row (organs that cannot make
// 规章 often drop it) or another row such as 行政强制. The row's cells become absent (null) and
// the truth gains one structure-variant; findings about those cells lose them.

import { buildGrid, findTable } from '../dom';
import { htmlTransform, type HtmlTransform } from './common';

function dropActiveRow(id: string, label: string, rowKey: string, columns: string[]): HtmlTransform {
  return htmlTransform({
    id,
    description: `table 二 without its ${label} row`,
    edit(doc, truth) {
      const table = findTable(doc, 'active');
      if (!table) return false;
      const grid = buildGrid(table);
      const rows = grid.rows.map((_, r) => r).filter((r) => grid.starting(r)[0]?.text === label);
      if (rows.length !== 1) return false;
      const r = rows[0]!;
      // Only a row no span crosses can be taken out cleanly.
      for (let c = 0; c < grid.width; c++) {
        const g = grid.at(r, c);
        if (g && (g.row !== r || g.rowSpan !== 1)) return false;
      }
      grid.rows[r]!.remove();
      truth
        .absent(columns.map((c) => `active:${rowKey}.${c}`), `table 二 prints no ${label} row`)
        .structureVariant(`表二没有“${label}”行，${label}的单元格按缺行处理（null），不是空白。`);
      return true;
    },
  });
}

export const dropRegulations = dropActiveRow('t2-drop-regulations', '规章', 'regulations', ['issued', 'repealed', 'in_force']);
export const dropCoercion = dropActiveRow('t2-drop-coercion', '行政强制', 'coercion', ['decisions']);

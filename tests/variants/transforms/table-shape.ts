// Table shapes publishers' editors produce: a blank row before the values, table 三's header
// rows repeated in the middle (a page break), an inconsistent rowspan on a group label. The
// values and labels are all still there, so the truth stays as it is.

import { buildGrid, clearCell, findTable, groupCell, norm, setRowSpan, t3RowIndex, type Grid } from '../dom';
import type { TableKey } from '../types';
import { htmlTransform, type HtmlTransform } from './common';

/** First row whose own cells are all values (numbers, placeholders or empty): the data start. */
function firstValueRow(grid: Grid): number {
  for (let r = 0; r < grid.rows.length; r++) {
    const own = grid.starting(r);
    if (own.length && own.every((g) => g.text === '' || /^[\d.,０-９〇—\-/无]+$/.test(g.text))) return r;
  }
  return -1;
}

/** Index of the first data row: table 三 by its first row label, table 四 by its value row. */
function dataStart(grid: Grid, key: TableKey): number {
  if (key === 'applications') return t3RowIndex(grid).get('new') ?? -1;
  return firstValueRow(grid);
}

/** No span crosses the boundary above row r. */
const cleanBoundary = (grid: Grid, r: number): boolean =>
  grid.cells.every((g) => !(g.row < r && g.row + g.rowSpan > r));

function blankRow(id: string, key: TableKey, name: string): HtmlTransform {
  return htmlTransform({
    id,
    description: `a blank row between table ${name}'s header and its first row of values`,
    edit(doc, truth) {
      const table = findTable(doc, key);
      if (!table) return false;
      const grid = buildGrid(table);
      const r = dataStart(grid, key);
      if (r <= 0 || !cleanBoundary(grid, r)) return false;
      const blank = grid.rows[r]!.cloneNode(true) as HTMLTableRowElement;
      for (const cell of blank.children) {
        clearCell(cell);
        cell.removeAttribute('rowspan');
      }
      grid.rows[r]!.before(blank);
      truth.note(`an empty row inserted before table ${name}'s first data row`);
      return true;
    },
  });
}

export const t3BlankRow = blankRow('t3-blank-row', 'applications', '三');
export const t4BlankRow = blankRow('t4-blank-row', 'reviews', '四');

export const t3RepeatHeader = htmlTransform({
  id: 't3-repeat-header',
  description: "table 三's header rows repeated before （四）无法提供, as after a page break",
  edit(doc, truth) {
    const table = findTable(doc, 'applications');
    if (!table) return false;
    const grid = buildGrid(table);
    const first = dataStart(grid, 'applications');
    const at = grid.cells.find((g) => g.text === norm('（四）无法提供'))?.row;
    if (first <= 0 || at === undefined || at <= first) return false;
    // The page break splits every span crossing it (三、本年度办理结果): the part below the
    // repeated header is a new cell with the same label.
    const tr = grid.rows[at]!;
    for (const g of grid.cells.filter((x) => x.row < at && x.row + x.rowSpan > at)) {
      const below = g.el.cloneNode(true) as HTMLTableCellElement;
      setRowSpan(below, g.row + g.rowSpan - at);
      setRowSpan(g.el, at - g.row);
      const next = grid.starting(at).find((x) => x.col > g.col);
      if (next) next.el.before(below);
      else tr.append(below);
    }
    for (const h of grid.rows.slice(0, first)) tr.before(h.cloneNode(true));
    truth.note(`table 三's ${first} header rows repeated before the （四） group`);
    return true;
  },
});

function groupRowspan(id: string, delta: 1 | -1): HtmlTransform {
  return htmlTransform({
    id,
    description: `table 三's （三）不予公开 label with rowspan ${delta > 0 ? 'one too many' : 'one too few'}`,
    edit(doc, truth) {
      const table = findTable(doc, 'applications');
      if (!table) return false;
      const grid = buildGrid(table);
      const g = groupCell(grid, '（三）不予公开');
      if (!g || g.rowSpan !== 8) return false;
      setRowSpan(g.el, g.rowSpan + delta);
      truth.note(`（三）不予公开 rowspan ${g.rowSpan} → ${g.rowSpan + delta}`);
      return true;
    },
  });
}

export const t3RowspanPlus = groupRowspan('t3-rowspan-plus1', 1);
export const t3RowspanMinus = groupRowspan('t3-rowspan-minus1', -1);

export const t3SplitTables = htmlTransform({
  id: 't3-split-two-tables',
  description: 'table 三 split into two <table> elements after the （三）不予公开 group, the second without a header',
  edit(doc, truth) {
    const table = findTable(doc, 'applications');
    if (!table) return false;
    const grid = buildGrid(table);
    const g = groupCell(grid, '（三）不予公开');
    const four = groupCell(grid, '（四）无法提供');
    if (!g || !four) return false;
    const at = g.row + g.rowSpan; // first row of the second table
    if (four.row !== at || at >= grid.rows.length) return false;
    // A span crossing the cut (三、本年度办理结果) continues in the second table as a cell with
    // the same label, as when the editor pasted the table in two pieces.
    const below: { g: (typeof grid.cells)[number]; el: HTMLTableCellElement }[] = [];
    for (const x of grid.cells.filter((c) => c.row < at && c.row + c.rowSpan > at)) {
      const el = x.el.cloneNode(true) as HTMLTableCellElement;
      setRowSpan(el, x.row + x.rowSpan - at);
      setRowSpan(x.el, at - x.row);
      below.push({ g: x, el });
    }
    const second = table.cloneNode(false) as HTMLTableElement;
    second.removeAttribute('id');
    const tbody = doc.createElement('tbody');
    second.append(tbody);
    const moved = grid.rows.slice(at);
    const first = moved[0]!;
    for (const { g: x, el } of below.sort((a, b) => a.g.col - b.g.col)) {
      const next = grid.starting(at).find((c) => c.col > x.col);
      if (next) next.el.before(el);
      else first.append(el);
    }
    for (const tr of moved) tbody.append(tr);
    const gap = doc.createElement('p');
    gap.innerHTML = '&nbsp;';
    table.after(gap);
    gap.after(second);
    truth.note(`table 三 cut before （四）: ${moved.length} rows in a second table without a header`);
    return true;
  },
});

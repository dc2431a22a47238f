// Rows and columns the standard table does not have: a 小计 row after a group of table 三
// (its values the group's sums), a 序号 column at the left, a 备注 column at the right (empty
// or with text). Every standard cell keeps its value, so the truth keeps its readings; a tool
// may note the extra row or column (an optional structure-variant).

import { T3_COLUMNS, T3_GROUPS } from '../keys';
import { buildGrid, clearCell, findTable, groupCell, printed, setCellText, setRowSpan, t3RowIndex, t3ValueCells } from '../dom';
import { cellOf, type TruthEdit } from '../truth';
import { htmlTransform, sumOf, type HtmlTransform } from './common';

const GROUP_LABELS: Record<string, string> = {
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  rejected: '（五）不予处理',
  other: '（六）其他处理',
};

const optionalVariant = (truth: TruthEdit, what: string): void => {
  truth.find({ rule: 'structure-variant', optional: true, cells: [], message: `表三有标准格式之外的${what}（不影响读数）。` });
};

/** Insert a 小计 row after the group's last leaf; false when the group's layout is unusual. */
function addSubtotal(doc: Document, truth: TruthEdit, group: string): boolean {
  const table = findTable(doc, 'applications');
  if (!table) return false;
  const grid = buildGrid(table);
  const leaves = T3_GROUPS[group]!;
  const g = groupCell(grid, GROUP_LABELS[group]!);
  const idx = t3RowIndex(grid);
  const rows = leaves.map((k) => idx.get(k));
  if (!g || rows.some((r) => r === undefined) || g.rowSpan !== leaves.length) return false;
  const last = g.row + g.rowSpan - 1;
  if (rows[0] !== g.row || rows[rows.length - 1] !== last) return false;
  const sums: (number | null)[] = [];
  for (const c of T3_COLUMNS) {
    const s = sumOf(leaves.map((k) => cellOf(truth.truth, `applications:${k}.${c}`)));
    if (s === undefined) return false;
    sums.push(s);
  }
  const lastRow = grid.starting(last);
  const values = t3ValueCells(grid, last);
  if (values.length !== 7 || last === g.row) return false;
  // A copy of the last leaf row (label + seven values; the group cell started above it).
  const row = grid.rows[last]!.cloneNode(true) as HTMLTableRowElement;
  const cells = [...row.children];
  if (cells.length !== lastRow.length) return false;
  const labelAt = lastRow.findIndex((x) => x.col < grid.width - 7);
  setCellText(cells[labelAt]!, '小计');
  lastRow.forEach((x, i) => {
    const v = values.indexOf(x);
    if (v < 0) return;
    if (sums[v] === null) clearCell(cells[i]!);
    else setCellText(cells[i]!, printed(sums[v]!));
  });
  grid.rows[last]!.after(row);
  // The group label and every span over the group grow by the new row.
  for (const x of grid.cells) if (x.row <= last && x.row + x.rowSpan - 1 >= last && x.rowSpan > 1) setRowSpan(x.el, x.rowSpan + 1);
  truth.note(`小计 row after ${GROUP_LABELS[group]} (${sums.map(printed).join('/')})`);
  return true;
}

export const t3SubtotalOne = htmlTransform({
  id: 't3-subtotal-row',
  description: 'table 三 with a 小计 row (the group sums) after （三）不予公开',
  edit(doc, truth) {
    if (!addSubtotal(doc, truth, 'withheld')) return false;
    optionalVariant(truth, '“小计”行');
    return true;
  },
});

export const t3SubtotalAll = htmlTransform({
  id: 't3-subtotal-rows-all',
  description: 'table 三 with a 小计 row after each of （三）（四）（五）（六）',
  edit(doc, truth) {
    for (const group of ['withheld', 'unavailable', 'rejected', 'other']) if (!addSubtotal(doc, truth, group)) return false;
    optionalVariant(truth, '“小计”行');
    return true;
  },
});

/** Header rows of table 三: those above the first data row. */
function headerCount(doc: Document): { table: HTMLTableElement; header: number } | null {
  const table = findTable(doc, 'applications');
  if (!table) return null;
  const grid = buildGrid(table);
  const first = t3RowIndex(grid).get('new');
  if (!first || grid.cells.some((g) => g.row < first && g.row + g.rowSpan > first)) return null;
  return { table, header: first };
}

function newCell(like: Element, text: string, keepTh = false): Element {
  const cell = like.ownerDocument.createElement(like.tagName === 'TH' && !keepTh ? 'td' : like.tagName.toLowerCase());
  for (const a of ['width', 'valign', 'style', 'class']) {
    const v = like.getAttribute(a);
    if (v !== null) cell.setAttribute(a, v);
  }
  cell.textContent = text;
  return cell;
}

export const t3SeqColumn = htmlTransform({
  id: 't3-seq-column',
  description: 'table 三 with an extra 序号 column at the left (1, 2, 3 … per row)',
  edit(doc, truth) {
    const h = headerCount(doc);
    if (!h) return false;
    const rows = buildGrid(h.table).rows;
    const corner = newCell(rows[0]!.children[0]!, '序号');
    setRowSpan(corner, h.header);
    rows[0]!.prepend(corner);
    rows.slice(h.header).forEach((tr, i) => tr.prepend(newCell(tr.lastElementChild!, String(i + 1))));
    optionalVariant(truth, '“序号”列');
    return true;
  },
});

function remarkColumn(id: string, remarks: Record<string, string>): HtmlTransform {
  const withText = Object.keys(remarks).length > 0;
  return htmlTransform({
    id,
    description: `table 三 with an extra 备注 column at the right${withText ? ', some rows annotated' : ', empty'}`,
    edit(doc, truth) {
      const h = headerCount(doc);
      if (!h) return false;
      const grid = buildGrid(h.table);
      const idx = t3RowIndex(grid);
      const head = newCell(grid.rows[0]!.lastElementChild!, '备注');
      setRowSpan(head, h.header);
      grid.rows[0]!.append(head);
      const byRow = new Map([...idx].map(([k, r]) => [r, k]));
      grid.rows.slice(h.header).forEach((tr, i) => {
        const key = byRow.get(h.header + i);
        tr.append(newCell(tr.lastElementChild!, (key && remarks[key]) || ''));
      });
      optionalVariant(truth, '“备注”列');
      return true;
    },
  });
}

export const t3RemarkEmpty = remarkColumn('t3-remark-column', {});
export const t3RemarkText = remarkColumn('t3-remark-column-text', {
  new: '含网上申请和信函申请',
  'results.other.other': '申请人撤回申请',
  carried_out: '其中1件已于次年1月办结',
});

const LEGAL = ['business', 'research', 'nonprofit', 'legal', 'other'] as const;

export const t3LegalSubtotal = htmlTransform({
  id: 't3-legal-subtotal-column',
  description: 'table 三 with an extra “法人或其他组织小计” column after the five 法人 columns (their sum)',
  edit(doc, truth) {
    const table = findTable(doc, 'applications');
    if (!table) return false;
    const grid = buildGrid(table);
    const idx = t3RowIndex(grid);
    if (idx.size !== 25) return false;
    const legal = grid.cells.filter((g) => g.text === '法人或其他组织' && g.colSpan === 5);
    const total = grid.cells.filter((g) => g.text === '总计' && g.col === grid.width - 1 && g.row < idx.get('new')!);
    const applicants = grid.cells.filter((g) => g.text === '申请人情况' && g.colSpan === 7);
    if (legal.length !== 1 || total.length !== 1 || applicants.length !== 1 || total[0]!.row !== legal[0]!.row) return false;
    // Every data row: seven single value cells, the 其他 one followed by 总计.
    const rows = [...idx.values()];
    const cells = rows.map((r) => t3ValueCells(grid, r));
    if (cells.some((cs) => cs.length !== 7 || cs.some((g) => g.colSpan !== 1 || g.rowSpan !== 1))) return false;
    const sums = [...idx.keys()].map((row) => {
      const values = LEGAL.map((c) => cellOf(truth.truth, `applications:${row}.${c}`)).filter((v): v is number => v !== null);
      return values.length ? printed(values.reduce((a, b) => a + b, 0)) : '';
    });
    applicants[0]!.el.setAttribute('colspan', '8');
    const head = newCell(total[0]!.el, '法人或其他组织小计', true);
    setRowSpan(head, total[0]!.rowSpan);
    total[0]!.el.before(head);
    cells.forEach((cs, i) => cs[6]!.el.before(newCell(cs[5]!.el, sums[i]!)));
    truth.note('a 法人或其他组织小计 column before 总计 (the sum of the five 法人 columns)');
    optionalVariant(truth, '“法人或其他组织小计”列');
    return true;
  },
});

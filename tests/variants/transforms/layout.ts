// Page layout around the report that old CMS templates and editors produce: each standard table
// inside an outer layout table (one row, one cell); the whole article inside a layout table
// (title row, content row); empty paragraphs and <br> runs between the blocks of text; a note
// paragraph straight after a table ("注：……数据含上年度结转"). Nothing is read differently.

import { findHeadings, findTable, norm } from '../dom';
import { cellOf } from '../truth';
import type { TableKey } from '../types';
import { htmlTransform } from './common';

const KEYS: TableKey[] = ['active', 'applications', 'reviews'];

function layoutTable(doc: Document): { table: HTMLTableElement; row: () => HTMLTableCellElement } {
  const table = doc.createElement('table');
  table.setAttribute('width', '100%');
  table.setAttribute('border', '0');
  table.setAttribute('cellspacing', '0');
  table.setAttribute('cellpadding', '0');
  const tbody = doc.createElement('tbody');
  table.append(tbody);
  return {
    table,
    row: () => {
      const tr = doc.createElement('tr');
      const td = doc.createElement('td');
      td.setAttribute('align', 'left');
      tr.append(td);
      tbody.append(tr);
      return td;
    },
  };
}

export const tablesInLayoutTable = htmlTransform({
  id: 'tables-in-layout-table',
  description: 'each standard table wrapped in an outer layout table (<table><tr><td>…</td></tr></table>)',
  edit(doc, truth) {
    const tables = KEYS.map((k) => findTable(doc, k));
    if (tables.some((t) => !t)) return false;
    for (const t of tables) {
      const outer = layoutTable(doc);
      t!.replaceWith(outer.table);
      outer.row().append(t!);
    }
    truth.note('the three tables each inside a one-cell layout table');
    return true;
  },
});

/** The title block of the article (not the metadata table's cell), if the body prints it once. */
function titleBlock(doc: Document, title: string | null | undefined): Element | null {
  if (!title) return null;
  const want = norm(title);
  const hits = [...doc.body.querySelectorAll('h1,h2,h3,div,p,td')].filter((e) => norm(e.textContent) === want && !e.closest('table'));
  const outer = hits.filter((e) => !hits.some((o) => o !== e && o.contains(e)));
  return outer.length === 1 ? outer[0]! : null;
}

export const articleInLayoutTable = htmlTransform({
  id: 'article-in-layout-table',
  description: 'the whole article inside a layout table: the title in one row, the content in the next',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    if (!headings) return false;
    const content = headings[0]!.el.parentElement!;
    if (content === doc.body) return false;
    const title = titleBlock(doc, truth.truth.report?.title);
    const outer = layoutTable(doc);
    content.replaceWith(outer.table);
    if (title && !title.contains(content) && !content.contains(title)) {
      title.remove();
      outer.row().append(title);
    }
    outer.row().append(content);
    truth.note(`the article content${title ? ' and its title' : ''} inside a layout table`);
    return true;
  },
});

const BLANKS = ['<p>&nbsp;</p>', '<p><br></p>', '<br><br>', '<p></p><p>&nbsp;</p>', '<br>&nbsp;<br><br>'];

export const blankParagraphs = htmlTransform({
  id: 'blank-paragraphs',
  description: 'empty paragraphs, <p><br></p> and <br> runs between every two blocks of the article',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    if (!headings) return false;
    const blocks = [...headings[0]!.el.parentElement!.children];
    let n = 0;
    blocks.slice(0, -1).forEach((el, i) => {
      el.insertAdjacentHTML('afterend', BLANKS[i % BLANKS.length]!);
      n++;
    });
    // Inside the longer paragraphs: a <br> run at the end, as an editor's stray Enter keys leave.
    for (const p of blocks.filter((e) => e.tagName === 'P' && norm(e.textContent).length > 60).slice(0, 6)) {
      p.insertAdjacentHTML('beforeend', '<br><br>');
    }
    truth.note(`${n} blank paragraphs / <br> runs inserted between the article's blocks`);
    return n > 0;
  },
});

export const tableNote = htmlTransform({
  id: 'table-note',
  description: 'tables 三 and 四 each followed straight away by a note paragraph “注：……数据含上年度结转”',
  edit(doc, truth) {
    const t3 = findTable(doc, 'applications');
    const t4 = findTable(doc, 'reviews');
    if (!t3 || !t4) return false;
    const carried = cellOf(truth.truth, 'applications:carried_in.total');
    const note = (text: string) => {
      const p = doc.createElement('p');
      p.textContent = text;
      return p;
    };
    t3.after(note(carried ? `注：本表“本年度办理结果”数据含上年度结转的申请${carried}件。` : '注：本表“本年度办理结果”数据含上年度结转的申请。'));
    t4.after(note('注：本表数据含上年度结转的行政复议、行政诉讼案件。'));
    truth.note('note paragraphs after tables 三 and 四');
    return true;
  },
});

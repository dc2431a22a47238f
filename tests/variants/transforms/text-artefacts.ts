// Crawler and extraction artefacts in text documents. The printed values do not change, so the
// truth stays as it is.
// - crawler text (real/*-crawltext.txt): a table's last digits run straight into the next
//   paragraph's opening year ("…00000002023年，…"), the paragraph being a sentence after the
//   table that names only the report year;
// - machine-made Markdown (seed 002): table 三 split into one small table per row; table 四's
//   sub-header row shifted one column left or right;
// - tab text (seeds 000, 003, 004): a header row shifted by one tab.

import type { Transform } from '../types';
import { textTransform } from './common';

function digitsIntoYear(id: string, anchor: RegExp, table: string, sentence: string): Transform {
  return textTransform({
    id,
    description: `crawler text: table ${table}'s last digits run straight into a paragraph opening with the year`,
    styles: ['crawltext'],
    edit(text, truth) {
      const year = truth.truth.report?.year;
      if (!year) return null;
      let last: RegExpExecArray | null = null;
      for (const m of text.matchAll(anchor)) last = m as RegExpExecArray;
      if (!last) return null;
      const end = last.index + last[0].length;
      const added = `${year}年，${sentence}`;
      truth.note(`“${added}” glued to the digits ending table ${table}`);
      return text.slice(0, end) + added + text.slice(end);
    },
  });
}

export const crawlT3Year = digitsIntoYear(
  'crawl-t3-digits-into-year',
  /结转下年度继续办理(?:[ \t\u00a0\u3000]*\d)+/g,
  '三',
  '本机关政府信息公开申请的办理情况见上表。',
);
export const crawlT4Year = digitsIntoYear(
  'crawl-t4-digits-into-year',
  /尚未审结[ \t\u00a0\u3000]*总计(?:[ \t\u00a0\u3000]*\d)+/g,
  '四',
  '本机关政府信息公开行政复议、行政诉讼情况见上表。',
);

// ---------------------------------------------------------------------------------------------
// Markdown pipe tables

interface Block {
  start: number;
  end: number; // exclusive line index
}

const isPipe = (l: string): boolean => l.trim().startsWith('|');
const isSeparator = (l: string): boolean => /^\s*\|[\s\-:|]+\|\s*$/.test(l) && l.includes('-');
const cellsOf = (l: string): string[] => l.trim().replace(/^\||\|$/g, '').split('|');
const rowOf = (cells: string[]): string => `|${cells.join('|')}|`;

function pipeBlock(lines: string[], test: (block: string) => boolean): Block | null {
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isPipe(lines[i]!)) continue;
    let j = i;
    while (j < lines.length && isPipe(lines[j]!)) j++;
    if (test(lines.slice(i, j).join('\n'))) found.push({ start: i, end: j });
    i = j;
  }
  return found.length === 1 ? found[0]! : null;
}

export const mdT3RowTables = textTransform({
  id: 'md-t3-row-tables',
  description: 'Markdown: table 三 split into one small table per row',
  styles: ['seed-text'],
  edit(text, truth) {
    const lines = text.split('\n');
    const b = pipeBlock(lines, (s) => s.includes('本年新收') && s.includes('结转下年度'));
    if (!b) return null;
    const rows = lines.slice(b.start, b.end).filter((l) => !isSeparator(l));
    const out = rows.flatMap((l, i) => [...(i ? [''] : []), l, rowOf(cellsOf(l).map(() => '---'))]);
    truth.note(`table 三 (${rows.length} rows) written as ${rows.length} one-row tables`);
    return [...lines.slice(0, b.start), ...out, ...lines.slice(b.end)].join('\n');
  },
});

function mdT4Shift(id: string, dir: -1 | 1): Transform {
  return textTransform({
    id,
    description: `Markdown: table 四's sub-header row shifted one column ${dir < 0 ? 'left' : 'right'}`,
    styles: ['seed-text'],
    edit(text, truth) {
      const lines = text.split('\n');
      const b = pipeBlock(lines, (s) => s.includes('复议后起诉') && s.includes('尚未'));
      if (!b) return null;
      const idx = [...Array(b.end - b.start).keys()].map((i) => b.start + i).filter((i) => !isSeparator(lines[i]!));
      const valueAt = idx.findIndex((i) => cellsOf(lines[i]!).every((c) => /^\s*[\d.]*\s*$/.test(c)));
      if (valueAt < 1) return null;
      const at = idx[valueAt - 1]!; // the last header row: 结果维持 … 总计 twice
      const cells = cellsOf(lines[at]!);
      if (dir < 0) {
        if (cells[0]!.trim() !== '') return null;
        cells.shift();
        cells.push(' ');
      } else {
        cells.unshift(' ');
        if (cells[cells.length - 1]!.trim() === '') cells.pop();
      }
      lines[at] = rowOf(cells);
      truth.note(`table 四 header row shifted ${dir < 0 ? 'left' : 'right'} by one cell`);
      return lines.join('\n');
    },
  });
}

export const mdT4Left = mdT4Shift('md-t4-header-left', -1);
export const mdT4Right = mdT4Shift('md-t4-header-right', 1);

// ---------------------------------------------------------------------------------------------
// Tab text

function tabShift(id: string, table: '三' | '四', dir: -1 | 1): Transform {
  const isHeader =
    table === '三'
      ? (l: string) => l.includes('商业企业') && l.includes('\t')
      : (l: string) => l.includes('\t') && l.includes('结果') && (l.match(/总计/g) ?? []).length === 2;
  return textTransform({
    id,
    description: `tab text: table ${table}'s header row shifted one tab ${dir < 0 ? 'left' : 'right'}`,
    styles: ['seed-text'],
    edit(text, truth) {
      const lines = text.split('\n');
      const hits = lines.map((l, i) => (isHeader(l) ? i : -1)).filter((i) => i >= 0);
      if (hits.length !== 1) return null;
      const i = hits[0]!;
      const line = lines[i]!;
      if (dir < 0 && !line.startsWith('\t')) return null;
      lines[i] = dir < 0 ? line.slice(1) : `\t${line}`;
      truth.note(`table ${table} header line ${i + 1} shifted ${dir < 0 ? 'left' : 'right'} by one tab`);
      return lines.join('\n');
    },
  });
}

export const tabT3Right = tabShift('tab-t3-header-right', '三', 1);
export const tabT3Left = tabShift('tab-t3-header-left', '三', -1);
export const tabT4Right = tabShift('tab-t4-header-right', '四', 1);
export const tabT4Left = tabShift('tab-t4-header-left', '四', -1);

// ---------------------------------------------------------------------------------------------
// Cell spellings in the seed texts

/** "cell |" crawl text (seed 001): the zero cells printed with extra spaces ("0  |", " 0 |", "0 |  "). */
export const crawlZeroSpaces = textTransform({
  id: 'crawl-cell-zero-spaces',
  description: '“cell |” crawl text: zero cells written with extra spaces around “0 |”',
  styles: ['seed-text'],
  edit(text, truth) {
    const forms = ['0  |', ' 0 |', '0 |  ', '  0  |', '0\u00a0|'];
    let n = 0;
    const out = text
      .split('\n')
      .map((l) => (l === '0 |' ? forms[n++ % forms.length]! : l))
      .join('\n');
    if (n < 10) return null;
    truth.note(`${n} “0 |” lines written with extra spaces`);
    return out;
  },
});

/** Markdown (seed 002): every numeric table cell with a trailing 件 (the fee row, in 万元, not). */
export const mdCellUnit = textTransform({
  id: 'md-cell-unit',
  description: 'Markdown: every count cell of the tables written with a trailing “件” (“| 21件 |”)',
  styles: ['seed-text'],
  edit(text, truth) {
    let n = 0;
    const out = text
      .split('\n')
      .map((l) => {
        if (!isPipe(l) || isSeparator(l) || l.includes('行政事业性收费')) return l;
        const cells = cellsOf(l).map((c) => (/^\s*\d+\s*$/.test(c) ? (n++, c.replace(/(\d+)/, '$1件')) : c));
        return rowOf(cells);
      })
      .join('\n');
    if (!n) return null;
    truth.note(`${n} Markdown cells with a trailing 件`);
    return out;
  },
});

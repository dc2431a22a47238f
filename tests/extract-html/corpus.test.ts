// @vitest-environment node
// Every corpus HTML page through jsdom + extractHtml: the standard tables come out as grids of
// the standard shape, with the truth's values at the standard dense positions.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../../lib/standard/tables';
import { normalizeLabel } from '../../lib/standard/normalize';
import { CORPUS, denseTexts, elementOf, extractFile, manifestHtml, readTruth, squash, standardTables, tables, type Truth } from './helpers';

/** Dense positions of the standard layout (spec §4–§6): header rows first, values right of labels. */
const APPLICATION_FIRST_ROW = 3;
const APPLICATION_FIRST_COL = 3;
const REVIEW_VALUE_ROW = 3;
const ACTIVE_POSITIONS: Record<string, [number, number]> = {
  'regulations.issued': [2, 1],
  'regulations.repealed': [2, 2],
  'regulations.in_force': [2, 3],
  'normative.issued': [3, 1],
  'normative.repealed': [3, 2],
  'normative.in_force': [3, 3],
  'licensing.decisions': [6, 1],
  'penalty.decisions': [9, 1],
  'coercion.decisions': [10, 1],
  'fees.amount': [13, 1],
};

/** A truth number must be printed as such; a truth null is a blank, a placeholder or junk. */
function expectValue(text: string, truth: number | null, where: string): void {
  if (truth === null) expect(squash(text), where).not.toMatch(/^\d+(\.\d+)?$/);
  else expect(squash(text), where).toBe(String(truth));
}

function checkAgainstTruth(path: string, truth: Truth): void {
  const doc = extractFile(path);
  const found = standardTables(doc);

  expect(Boolean(found.active), 'table 二 found').toBe(truth.tables.active.found);
  if (found.active) {
    expect(found.active.colCount).toBe(4);
    const grid = denseTexts(found.active);
    expect(Object.keys(ACTIVE_POSITIONS).length).toBe(ACTIVE_BLOCKS.reduce((n, b) => n + b.rows.length * b.columns.length, 0));
    for (const [key, [r, c]] of Object.entries(ACTIVE_POSITIONS)) {
      expectValue(grid[r]![c]!, truth.tables.active.cells[key]!, `active:${key}`);
    }
  }

  expect(Boolean(found.applications), 'table 三 found').toBe(truth.tables.applications.found);
  if (found.applications) {
    expect(found.applications.colCount).toBe(10);
    expect(found.applications.rowCount).toBe(APPLICATION_FIRST_ROW + APPLICATION_ROWS.length);
    const grid = denseTexts(found.applications);
    APPLICATION_ROWS.forEach((row, i) => {
      APPLICANT_COLUMNS.forEach((col, j) => {
        const key = `${row.key}.${col.key}`;
        expectValue(grid[APPLICATION_FIRST_ROW + i]![APPLICATION_FIRST_COL + j]!, truth.tables.applications.cells[key]!, key);
      });
    });
  }

  expect(Boolean(found.reviews), 'table 四 found').toBe(truth.tables.reviews.found);
  if (found.reviews) {
    expect(found.reviews.colCount).toBe(15);
    const values = denseTexts(found.reviews)[REVIEW_VALUE_ROW]!;
    const keys = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g.key}.${c.key}`));
    expect(values).toHaveLength(15);
    keys.forEach((key, k) => expectValue(values[k]!, truth.tables.reviews.cells[key]!, `reviews:${key}`));
  }
}

describe('corpus report pages (seeds a/b and mutants) match their truth', () => {
  const docs = manifestHtml().filter((d) => d.truth !== null);
  it('covers all HTML report documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(36);
  });
  for (const d of docs) {
    it(d.id, () => checkAgainstTruth(join(CORPUS, d.path), readTruth(d.truth!)));
  }
});

describe('seed 004 (渠县 2023)', () => {
  for (const style of ['a', 'b']) {
    it(`style ${style}: 一、本年新收 holds 101 0 0 0 0 0 101 in the last 7 grid columns`, () => {
      const doc = extractFile(join(CORPUS, `html/seed-004-quxian-2023.${style}.html`));
      const t3 = standardTables(doc).applications!;
      const row = denseTexts(t3).find((r) => normalizeLabel(r[0]!).includes('本年新收'))!;
      expect(row.slice(-7)).toEqual(['101', '0', '0', '0', '0', '0', '101']);
      const t4 = standardTables(doc).reviews!;
      expect(t4.cells.filter((c) => c.row === 3)).toHaveLength(15);
    });
  }

  it('style a: Word-pasted labels are readable (商业企业 split over two <p>, 结果<br>维持)', () => {
    const doc = extractFile(join(CORPUS, 'html/seed-004-quxian-2023.a.html'));
    const { applications, reviews } = standardTables(doc);
    const t3 = denseTexts(applications!);
    expect(t3[2]!.slice(4, 9).map(normalizeLabel)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const t4 = denseTexts(reviews!);
    expect(t4[2]!.slice(0, 5).map(normalizeLabel)).toEqual(REVIEW_COLUMNS.map((c) => c.label));
    expect(t4[2]!.slice(5, 10).map(normalizeLabel)).toEqual(REVIEW_COLUMNS.map((c) => c.label));
  });

  it('style a: title, date, headings and metadata', () => {
    const doc = extractFile(join(CORPUS, 'html/seed-004-quxian-2023.a.html'));
    expect(doc.metaTitle).toBe('渠县2023年政府信息公开工作年度报告');
    expect(doc.published).toBe('2024-03-29');
    const headings = doc.blocks.filter((b) => b.kind === 'text' && b.heading).map((b) => (b.kind === 'text' ? b.text : ''));
    expect(headings).toEqual(expect.arrayContaining(['一、总体情况', '六、其他需要报告的事项']));
    const texts = doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    // Site chrome stays out: header, navigation, footer.
    expect(texts.some((t) => t.includes('网站标识码') || t.includes('政务服务'))).toBe(false);
    expect(tables(doc)).toHaveLength(3);
    expect(doc.notes).toEqual([]);
  });

  it('style b: <h2> headings, captions and <th scope> header rows', () => {
    const doc = extractFile(join(CORPUS, 'html/seed-004-quxian-2023.b.html'));
    const h2 = doc.blocks.filter((b) => b.kind === 'text' && b.heading);
    expect(h2.length).toBeGreaterThanOrEqual(7);
    const t3 = standardTables(doc).applications!;
    expect(t3.cells.find((c) => c.text === '申请人情况')?.header).toBe(true);
    expect(doc.published).toBe('2024-03-29');
  });
});

describe('real page: 平潭 2023 (TRS_Editor, Word-pasted tables)', () => {
  const doc = extractFile(join(CORPUS, 'real/pingtan-2023-savedhtml.html'));
  const { active, applications, reviews } = standardTables(doc);

  it('has the three standard tables in the standard shape', () => {
    expect([active?.rowCount, active?.colCount]).toEqual([14, 4]);
    expect([applications?.rowCount, applications?.colCount]).toEqual([28, 10]);
    expect([reviews?.rowCount, reviews?.colCount]).toEqual([4, 15]);
  });

  it('reads values at the standard positions', () => {
    const t3 = denseTexts(applications!);
    expect(t3[3]!.slice(3)).toEqual(['80', '1', '0', '0', '0', '0', '81']);
    expect(t3[26]!.slice(3)).toEqual(['80', '1', '0', '0', '0', '0', '81']);
    expect(denseTexts(reviews!)[3]).toEqual(['1', '1', '0', '0', '2', '4', '0', '0', '1', '5', '1', '0', '1', '0', '2']);
    expect(denseTexts(active!)[3]).toEqual(['行政规范性文件', '77', '132', '470']);
    expect(denseTexts(active!)[13]![1]).toBe('5949.088667');
  });

  it('reads 商业企业 split over two <p> and 结果<br/>纠正', () => {
    expect(normalizeLabel(denseTexts(applications!)[2]![4]!)).toBe('商业企业');
    expect(denseTexts(reviews!)[1]!.slice(0, 5).map(normalizeLabel)).toEqual(REVIEW_COLUMNS.map((c) => c.label));
  });

  it('keeps the six section headings as bold title lines and reads the metadata', () => {
    const headings = doc.blocks.flatMap((b) => (b.kind === 'text' && b.heading ? [b.text] : []));
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(doc.metaTitle).toBe('平潭综合实验区2023年度政府信息公开工作年度报告');
    expect(doc.published).toBe('2024-03-08');
  });
});

describe('pages that are not 2021 reports extract without error', () => {
  for (const d of manifestHtml().filter((x) => x.truth === null)) {
    it(d.id, () => {
      const doc = extractFile(join(CORPUS, d.path));
      expect(doc.blocks.length).toBeGreaterThan(0);
      for (const t of tables(doc)) {
        expect(t.exact).toBe(true);
        for (const c of t.cells) {
          expect(c.row + c.rowSpan).toBeLessThanOrEqual(t.rowCount);
          expect(c.col + c.colSpan).toBeLessThanOrEqual(t.colCount);
        }
      }
    });
  }

  it('the 2019-format page keeps its tables as grids', () => {
    const doc = extractFile(join(CORPUS, 'html/negative-oldformat-dongqu-2019.html'));
    expect(tables(doc).length).toBeGreaterThanOrEqual(3);
    expect(standardTables(doc).applications).toBeDefined();
  });

  it('the listing page: layout tables are containers, the link list is a grid', () => {
    const doc = extractFile(join(CORPUS, 'html/negative-listing-jingle.html'));
    // No table block may contain another table's cells: the outer layout tables are not grids.
    for (const t of tables(doc)) {
      for (const c of t.cells) expect(elementOf(c).querySelector('table')).toBeNull();
    }
    expect(tables(doc).some((t) => t.rowCount === 12 && t.colCount === 2)).toBe(true);
  });
});

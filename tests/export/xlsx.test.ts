// "下载 Excel": the three tables as one workbook, opened with a maintained reader (ExcelJS): three
// sheets in the official layout, merged header cells where the official form merges them, values
// as numbers and blanks left blank.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../lib/audit/schema';
import { toXlsx } from '../../lib/export/xlsx';
import { CELL_KEYS, type TableId } from '../../lib/standard/tables';
import { hasCorpus, manifest, readTruth } from '../helpers/corpus';

async function open(audit: AuditResult): Promise<ExcelJS.Workbook> {
  const blob = await toXlsx(audit, { missing: '报告中未找到此表' });
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await blob.arrayBuffer());
  return book;
}

const merges = (ws: ExcelJS.Worksheet): string[] => [...((ws as unknown as { model: { merges: string[] } }).model.merges ?? [])].sort();
const text = (ws: ExcelJS.Worksheet, ref: string): unknown => ws.getCell(ref).value;

describe.skipIf(!hasCorpus)('the Excel workbook', () => {
  const truth = readTruth(manifest().find((d) => d.id === 'seed-001-honggutan-2023.html-a')!);

  it('has the three tables as three sheets named by their official titles', async () => {
    const book = await open(truth);
    expect(book.worksheets.map((w) => w.name)).toEqual(['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);
  });

  it('lays table 三 out as the official form: merged headers, 7 applicant columns, 25 rows of numbers', async () => {
    const ws = (await open(truth)).worksheets[1]!;
    expect(text(ws, 'A1')).toBe('三、收到和处理政府信息公开申请情况');
    // Caption across the table; corner note over 3×3; 申请人情况 over the 7 columns; 自然人 and 总计
    // over two rows; 法人或其他组织 over its 5 columns; row groups down their rows.
    expect(merges(ws)).toEqual(
      expect.arrayContaining(['A1:J1', 'A2:C4', 'D2:J2', 'D3:D4', 'E3:I3', 'J3:J4', 'A5:C5', 'A7:A28', 'B9:B16', 'A29:C29']),
    );
    expect(text(ws, 'D2')).toBe('申请人情况');
    expect(['D3', 'E4', 'F4', 'G4', 'H4', 'I4', 'J3'].map((r) => text(ws, r))).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(text(ws, 'A5')).toBe('一、本年新收政府信息公开申请数量');
    const cells = truth.tables.applications.cells as Record<string, number | null>;
    const keys = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
    expect(['D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => text(ws, `${c}5`))).toEqual(keys.map((k) => cells[`new.${k}`]));
    expect(text(ws, 'B9')).toBe('（三）不予公开');
    expect(text(ws, 'C9')).toBe('1.属于国家秘密');
    expect(text(ws, 'A29')).toBe('四、结转下年度继续办理');
    expect(ws.rowCount).toBe(1 + 3 + 25);
  });

  it('lays tables 二 and 四 out as the official form', async () => {
    const book = await open(truth);
    const two = book.worksheets[0]!;
    // Block （一） has three value columns; the one-column blocks span them.
    expect(merges(two)).toEqual(expect.arrayContaining(['A2:D2', 'A6:D6', 'B7:D7', 'B8:D8']));
    expect(text(two, 'A2')).toBe('第二十条第（一）项');
    expect(['B3', 'C3', 'D3'].map((r) => text(two, r))).toEqual(['本年制发件数', '本年废止件数', '现行有效件数']);
    expect(text(two, 'B7')).toBe('本年处理决定数量');
    expect(text(two, 'A8')).toBe('行政许可');
    expect(text(two, 'B8')).toBe((truth.tables.active.cells as Record<string, number | null>)['licensing.decisions']);
    const four = book.worksheets[2]!;
    expect(merges(four)).toEqual(expect.arrayContaining(['A1:O1', 'A2:E3', 'F2:O2', 'F3:J3', 'K3:O3']));
    expect(['A2', 'F2', 'F3', 'K3'].map((r) => text(four, r))).toEqual(['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']);
    const cells = truth.tables.reviews.cells as Record<string, number | null>;
    expect(text(four, 'A5')).toBe(cells['review.upheld']);
    expect(text(four, 'O5')).toBe(cells['suit_after_review.total']);
  });

  it('leaves a blank cell blank, never 0', async () => {
    const blank = structuredClone(truth);
    (blank.tables.applications.cells as Record<string, number | null>)['new.natural'] = null;
    const ws = (await open(blank)).worksheets[1]!;
    expect(text(ws, 'D5')).toBeNull();
  });
});

describe('the Excel workbook of an audit without tables', () => {
  it('still has the three sheets, each saying the table was not found instead of an empty form', async () => {
    const table = (id: TableId) => ({ found: false, cells: Object.fromEntries(CELL_KEYS[id].map((k) => [k, null])) });
    const empty = {
      source: { kind: 'text', name: 'x' },
      report: null,
      sections: [],
      tables: { active: table('active'), applications: table('applications'), reviews: table('reviews') },
      findings: [],
    } as unknown as AuditResult;
    const book = await open(empty);
    expect(book.worksheets).toHaveLength(3);
    const ws = book.worksheets[1]!;
    expect(text(ws, 'A1')).toBe('三、收到和处理政府信息公开申请情况');
    expect(text(ws, 'A2')).toBe('报告中未找到此表');
    expect(ws.rowCount).toBe(2);
  });
});

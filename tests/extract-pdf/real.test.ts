// The three genuine WPS PDFs (CID TrueType fonts, stroked rulings, Identity-V vertical labels).

import { describe, expect, it } from 'vitest';
import { allText, extractCorpus, rowOf, squeeze, tableWith, values } from './helpers';

const HONGZE_2023 = 'real/huaian-hongzequ-2023-govpdf.pdf';
const HONGZE_2024 = 'real/huaian-hongzequ-2024-govpdf.pdf';
const HUAIAN_CITY = 'real/huaian-shi-2024-govpdf.pdf';

describe('Hongze 2023', () => {
  it('reads table 四 with its genuine zero totals', async () => {
    const doc = await extractCorpus(HONGZE_2023);
    const t4 = tableWith(doc, '行政复议')!;
    expect(t4.exact).toBe(true);
    expect(t4.colCount).toBe(15);
    const last = rowOf(t4, '10');
    expect(last).toEqual(['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']);
  });

  it('reads table 三 across the page break, with the vertical label as one cell', async () => {
    const doc = await extractCorpus(HONGZE_2023);
    const t3 = tableWith(doc, '一、本年新收')!;
    expect(t3.colCount).toBe(10);
    expect(values(rowOf(t3, '一、本年新收'), 7)).toEqual(['21', '0', '0', '0', '0', '0', '21']);
    expect(values(rowOf(t3, '（七）总计'), 7)).toEqual(['21', '0', '0', '0', '0', '0', '21']);
    expect(values(rowOf(t3, '四、结转下年度'), 7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(t3.cells.some((c) => c.text === '三、本年度办理结果')).toBe(true);
  });
});

describe('Hongze 2024', () => {
  it('re-reads the Identity-V label that pdf.js text content truncates', async () => {
    const doc = await extractCorpus(HONGZE_2024);
    const t3 = tableWith(doc, '一、本年新收')!;
    const label = t3.cells.find((c) => c.text.startsWith('三、'));
    expect(label?.text).toBe('三、本年度办理结果');
    expect(label!.rowSpan).toBeGreaterThan(5);
    expect(label!.col).toBe(0);
  });

  it('joins table 三 over the page break and drops the footer "- 3 -"', async () => {
    const doc = await extractCorpus(HONGZE_2024);
    const t3 = tableWith(doc, '一、本年新收')!;
    expect(values(rowOf(t3, '一、本年新收'), 7)).toEqual(['95', '0', '0', '0', '0', '0', '95']);
    expect(values(rowOf(t3, '2.没有现成信息'), 7)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(values(rowOf(t3, '（七）总计'), 7)).toEqual(['95', '0', '0', '0', '0', '0', '95']);
    expect(allText(doc)).not.toMatch(/-\s*[345]\s*-/);
  });

  it('keeps the single-row （六）其他处理 and the label typo as printed', async () => {
    const doc = await extractCorpus(HONGZE_2024);
    const t3 = tableWith(doc, '一、本年新收')!;
    expect(values(rowOf(t3, '（六）其他处理'), 7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(t3.cells.some((c) => c.text === '2.其他法律行政止公开')).toBe(true);
  });

  it('reads the header cells of stacked two-line labels without spaces', async () => {
    const doc = await extractCorpus(HONGZE_2024);
    const t3 = tableWith(doc, '一、本年新收')!;
    const texts = t3.cells.map((c) => c.text);
    for (const label of ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '自然人', '总计']) expect(texts).toContain(label);
  });

  it('gives each paragraph once, in reading order', async () => {
    const doc = await extractCorpus(HONGZE_2024);
    const text = doc.blocks.filter((b) => b.kind === 'text').map((b) => b.text);
    const i1 = text.findIndex((t) => t.startsWith('一、总体情况'));
    const i5 = text.findIndex((t) => t.startsWith('五、'));
    expect(i1).toBeGreaterThanOrEqual(0);
    expect(i5).toBeGreaterThan(i1);
    expect(text.some((t) => t.includes('受理政府信息公开申请 17 件') || t.includes('受理政府信息公开申请17件'))).toBe(true);
  });
});

describe('Huai’an city 2024', () => {
  it('puts 3119 under 总计 in row 一 of table 三', async () => {
    const doc = await extractCorpus(HUAIAN_CITY);
    const t3 = tableWith(doc, '一、本年新收')!;
    expect(values(rowOf(t3, '一、本年新收'), 7)).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
    const total = t3.cells.find((c) => c.text === '总计')!;
    const cell = t3.cells.find((c) => c.text === '3119')!;
    expect(cell.col).toBeGreaterThanOrEqual(total.col);
    expect(cell.col).toBeLessThan(total.col + total.colSpan);
    expect(values(rowOf(t3, '（七）总计'), 7)).toEqual(['2932', '53', '0', '0', '61', '4', '3050']);
    expect(values(rowOf(t3, '3、其他'), 7)).toEqual(['108', '2', '0', '0', '0', '0', '110']);
  });

  it('joins the one-character-per-line vertical label', async () => {
    const doc = await extractCorpus(HUAIAN_CITY);
    const t3 = tableWith(doc, '一、本年新收')!;
    expect(t3.cells.map((c) => c.text)).toContain('三、本年度办理结果');
  });

  it('joins wrapped row labels', async () => {
    const doc = await extractCorpus(HUAIAN_CITY);
    const t3 = tableWith(doc, '一、本年新收')!;
    const labels = t3.cells.map((c) => squeeze(c.text));
    expect(labels).toContain('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(labels).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  });

  it('reads table 四 and the single-value rows of table 二', async () => {
    const doc = await extractCorpus(HUAIAN_CITY);
    const t4 = tableWith(doc, '行政复议')!;
    expect(rowOf(t4, '72')).toEqual(['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20']);
    expect(values(rowOf(tableWith(doc, '行政处罚')!, '行政处罚'), 1)).toEqual(['3985758']);
    expect(values(rowOf(tableWith(doc, '行政事业性收费')!, '行政事业性收费'), 1)).toEqual(['96171.6']);
  });
});

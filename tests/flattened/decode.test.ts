import { describe, expect, it } from 'vitest';
import { renderDoubt } from '../../lib/i18n/doubts';
import { decodeFlattened } from '../../lib/recognize/flattened';
import { report, table2, table3, table4 } from './synthetic';

const cellOf = (text: string, table: 'active' | 'applications' | 'reviews', key: string) =>
  decodeFlattened(text)!.tables[table]!.cells[key]!;

describe('decodeFlattened', () => {
  it('returns null for text without a flattened table', () => {
    expect(decodeFlattened(report('二、主动公开政府信息情况本年制发规章3件。'))).toBeNull();
    expect(decodeFlattened('')).toBeNull();
  });

  it('leaves cells open when the column identities cannot tell two readings apart', () => {
    // "110000011" is 11/0/…/11 or 1/10/…/11 in 新收, 予以公开 and 总计 alike; both readings
    // balance every column, so 自然人 and 商业企业 stay open while the other cells are sure.
    const ambiguous = '110000011';
    const text = report(
      table3({ new: ambiguous, 'results.disclosed': ambiguous, 'results.total': ambiguous }),
      table4('000000000000000'),
    );
    const t = decodeFlattened(text)!.tables.applications!;
    for (const row of ['new', 'results.disclosed', 'results.total']) {
      expect(t.cells[`${row}.natural`]).toMatchObject({ status: 'uncertain', value: null });
      expect(t.cells[`${row}.business`]).toMatchObject({ status: 'uncertain', value: null });
      expect(t.cells[`${row}.research`]).toMatchObject({ status: 'number', value: 0 });
      expect(t.cells[`${row}.total`]).toMatchObject({ status: 'number', value: 11 });
    }
    expect(t.doubts).toHaveLength(3);
    expect(t.doubts[0]).toEqual({
      code: 'digits-ambiguous',
      table: 'applications',
      row: 'new',
      digits: '110000011',
      readings: [[1, 10, 0, 0, 0, 0, 11], [11, 0, 0, 0, 0, 0, 11]],
      cells: ['new.natural', 'new.business'],
    });
    expect(renderDoubt(t.doubts[0]!, 'zh')).toBe(
      '表三“一、本年新收政府信息公开申请数量”行的数字“110000011”连写，可拆分为多种读法：1/10/0/0/0/0/11、11/0/0/0/0/0/11；' +
        '无法确定的单元格（自然人、商业企业）留空',
    );
  });

  it('uses a narrative figure to break a tie, and only then', () => {
    const ambiguous = '110000011';
    const tie = table3({ new: ambiguous, 'results.disclosed': ambiguous, 'results.total': ambiguous });
    const text = report('本年度共收到申请11件，其中自然人11件。', tie);
    const out = decodeFlattened(text)!;
    expect(out.tables.applications!.cells['new.natural']).toMatchObject({ status: 'number', value: 11 });
    expect(out.tables.applications!.cells['results.total.business']).toMatchObject({ status: 'number', value: 0 });
    expect(out.figures.find((f) => f.text === '自然人11件')?.used).toBe(true);
    expect(out.figures.find((f) => f.text === '收到申请11件')?.used).toBe(false);
  });

  it('keeps a forced reading even when the publisher’s sums are wrong', () => {
    const text = report(table3({ 'carried_out': '1000002' }));
    expect(cellOf(text, 'applications', 'carried_out.total')).toMatchObject({ status: 'number', value: 2, raw: '2' });
  });

  it('says why a row cannot be split', () => {
    const text = report(table3({ 'results.partial': '123', 'results.withheld.secret': '12345678' }));
    const t = decodeFlattened(text)!.tables.applications!;
    expect(t.cells['results.partial.total']!.status).toBe('uncertain');
    expect(t.cells['results.withheld.secret.natural']!.status).toBe('uncertain');
    expect(t.doubts).toContainEqual({ code: 'digits-too-few', table: 'applications', row: 'results.partial', digits: '123', count: 7 });
    expect(t.doubts).toContainEqual({ code: 'digits-no-split', table: 'applications', row: 'results.withheld.secret', digits: '12345678', count: 7 });
  });

  it('reads a row printed without digits as blank and a placeholder row as placeholder', () => {
    const text = report(table3({ 'results.withheld.law': '', 'results.withheld.safety': '///////' }));
    const t = decodeFlattened(text)!.tables.applications!;
    expect(t.cells['results.withheld.law.natural']!.status).toBe('blank');
    expect(t.cells['results.withheld.safety.total']!.status).toBe('placeholder');
    expect(t.cells['results.withheld.third_party.total']).toMatchObject({ status: 'number', value: 0 });
  });

  it('matches a label with a typo and reports the deviation', () => {
    const text = report(table3({ 'results.withheld.law': '3000003', 'results.total': '3000003', new: '3000003' }, {
      'results.withheld.law': '2.其他法律行政止公开',
    }));
    const t = decodeFlattened(text)!.tables.applications!;
    expect(t.cells['results.withheld.law.natural']).toMatchObject({ status: 'number', value: 3 });
    expect(t.labels).toEqual([
      { printed: '2.其他法律行政止公开', expected: '2.其他法律行政法规禁止公开', cells: expect.any(Array) },
    ]);
  });

  it('takes whitespace as a sure boundary and tolerates spaces and full width inside labels', () => {
    const rows = table3({ new: '６４ ０ ０ ２ ０ ４ ７０', 'results.total': '64 0 0 2 0 4 70', 'results.disclosed': '64 0020470' });
    const text = report(rows.replace('社会公益组织', '社会公益 组织').replace('本年度办理结果', '本年度办 理结果'));
    const t = decodeFlattened(text)!.tables.applications!;
    expect(t.cells['new.total']).toMatchObject({ status: 'number', value: 70 });
    expect(t.cells['results.disclosed.natural']).toMatchObject({ status: 'number', value: 64 });
    expect(t.doubts).toEqual([]);
  });

  it('splits table 二 by narrative figures and keeps the fee as printed', () => {
    const text = report('本年制发行政规范性文件12件，现行有效行政规范性文件340件。', table2('125340', '3135.6'));
    const t = decodeFlattened(text)!.tables.active!;
    expect(t.cells['normative.issued']).toMatchObject({ status: 'number', value: 12 });
    expect(t.cells['normative.repealed']).toMatchObject({ status: 'number', value: 5 });
    expect(t.cells['normative.in_force']).toMatchObject({ status: 'number', value: 340 });
    expect(t.cells['fees.amount']).toMatchObject({ status: 'number', value: 3135.6, raw: '3135.6' });
    expect(t.cells['licensing.decisions']).toMatchObject({ status: 'number', value: 5 });
  });

  it('reads a decimal outside the fee cell as invalid', () => {
    const text = report(table2('000').replace('行政许可5', '行政许可5.5'));
    expect(cellOf(text, 'active', 'licensing.decisions')).toMatchObject({ status: 'invalid', raw: '5.5' });
  });

  it('leaves table 四 open when its group sums cannot fix the split', () => {
    // "1100011" is 1/10/0/0/11 or 11/0/0/0/11: both balance the 行政复议 group.
    const t = decodeFlattened(report(table4('11000110000000000')))!.tables.reviews!;
    expect(t.cells['review.upheld']).toMatchObject({ status: 'uncertain', value: null });
    expect(t.cells['review.corrected']).toMatchObject({ status: 'uncertain', value: null });
    expect(t.cells['review.total']).toMatchObject({ status: 'number', value: 11 });
    expect(t.cells['suit_after_review.total']).toMatchObject({ status: 'number', value: 0 });
    expect(t.doubts.map((d) => renderDoubt(d, 'zh'))).toEqual([
      '表四的数字“11000110000000000”连写，可拆分为多种读法：1/10/0/0/11/0/0/0/0/0/0/0/0/0/0、11/0/0/0/11/0/0/0/0/0/0/0/0/0/0；' +
        '无法确定的单元格（行政复议·结果维持、行政复议·结果纠正）留空',
    ]);
    // The narrative cannot help here (the total is the same either way).
    expect(decodeFlattened(report('行政复议11起。', table4('11000110000000000')))!.tables.reviews!.doubts).toHaveLength(1);
  });

  it('reports header words printed with a typo, for the cells they head', () => {
    const text = report(
      table2('000').replace('本年废止件数', '本年度止件数'),
      table3({}).replace('商业企业', '商业企亚'),
      table4('000000000000000').replace(/尚未审结(?!.*尚未审结)/, '尚未审决'),
    );
    const out = decodeFlattened(text)!.tables;
    expect(out.active!.labels).toEqual([
      { printed: '本年度止件数', expected: '本年废止件数', cells: ['regulations.repealed', 'normative.repealed'] },
    ]);
    expect(out.applications!.labels).toHaveLength(1);
    expect(out.applications!.labels[0]).toMatchObject({ printed: '商业企亚', expected: '商业企业' });
    expect(out.applications!.labels[0]!.cells).toHaveLength(25);
    expect(out.reviews!.labels).toEqual([{ printed: '尚未审决', expected: '尚未审结', cells: ['suit_after_review.pending'] }]);
    // The heading before table 三 ("…申请情况") is not taken for the header word 申请人情况.
    expect(text.slice(out.applications!.span.start).startsWith('（本列数据')).toBe(true);
  });

  it('reads an unknown label in the place of one missing row as that row', () => {
    const text = report(table2('000').replace('行政许可5', '行政审批101458'));
    const t = decodeFlattened(text)!.tables.active!;
    expect(t.cells['licensing.decisions']).toMatchObject({ status: 'number', value: 101458 });
    expect(t.labels).toEqual([{ printed: '行政审批', expected: '行政许可', cells: ['licensing.decisions'] }]);
  });

  it('ignores prose that names table 二 rows but has no table header', () => {
    const text = report('全年制发行政规范性文件3件，废止24件，现行有效21件。全年实施行政处罚5014件、行政强制391件。');
    expect(decodeFlattened(text)).toBeNull();
  });
});

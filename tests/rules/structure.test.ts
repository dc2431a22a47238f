import { describe, expect, it } from 'vitest';
import { CELL_KEYS } from '../../lib/standard/tables';
import { absent, report, seed004, uncertain } from './fixtures';
import { findings, scored } from './helpers';

describe('seed 004 base fixture', () => {
  it('passes every check', () => {
    expect(scored(seed004())).toEqual([]);
  });
});

describe('section-missing', () => {
  it('is silent when all six sections are there, even under variant titles', () => {
    expect(findings(seed004({}, { titles: { 5: '五、存在的主要问题及改进措施' } }), 'section-missing')).toEqual([]);
  });
  it('raises one finding per missing section with no cells', () => {
    const f = findings(seed004({}, { missing: [1, 5] }), 'section-missing');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([
      ['error', [], '缺少第一部分“总体情况”'],
      ['error', [], '缺少第五部分“存在的主要问题及改进情况”'],
    ]);
  });
});

describe('table-missing', () => {
  it('lists every key of the missing table', () => {
    const f = findings(seed004({}, { tables: { active: { found: false } } }), 'table-missing');
    expect(f).toHaveLength(1);
    expect(f[0]!.cells).toEqual(CELL_KEYS.active.map((k) => `active:${k}`));
    expect(f[0]!.message).toBe('未找到表二“主动公开政府信息情况”');
  });
  it('is silent for a found table', () => {
    expect(findings(seed004(), 'table-missing')).toEqual([]);
  });
  it('is silent for table 二 of a 2019-layout report', () => {
    const r = seed004({}, { format: '2019', tables: { active: { found: false } } });
    expect(findings(r, 'table-missing')).toEqual([]);
  });
  it('is silent, leaving it to needs-review, when the reader says it could not read the table', () => {
    const r = seed004({}, { tables: { reviews: { found: false, doubts: [{ code: 'table-as-image', table: 'reviews' }] } } });
    expect(findings(r, 'table-missing')).toEqual([]);
    expect(findings(r, 'needs-review')).toHaveLength(1);
    expect(findings(r, 'needs-review')[0]!.message).toContain('表四可能以图片形式发布');
    expect(findings(r, 'needs-review', 'en')[0]!.message).toContain('Table 4 was probably published as an image');
  });
  it('does not raise cell-blank for a missing table', () => {
    expect(findings(seed004({}, { tables: { reviews: { found: false } } }), 'cell-blank')).toEqual([]);
  });
});

describe('table-empty', () => {
  it('lists every key of a found table without one number, and no cell-blank for it', () => {
    const r = seed004({}, { tables: { reviews: { fill: null, cells: Object.fromEntries(CELL_KEYS.reviews.map((k) => [k, null])) } } });
    const f = findings(r, 'table-empty');
    expect(f).toHaveLength(1);
    expect(f[0]!.cells).toEqual(CELL_KEYS.reviews.map((k) => `reviews:${k}`));
    expect(findings(r, 'cell-blank')).toEqual([]);
  });
  it('counts placeholders as empty', () => {
    const r = seed004({}, { tables: { reviews: { cells: Object.fromEntries(CELL_KEYS.reviews.map((k) => [k, '—'])) } } });
    expect(findings(r, 'table-empty')).toHaveLength(1);
  });
  it('is silent when one cell holds a number', () => {
    const cells = Object.fromEntries(CELL_KEYS.reviews.map((k) => [k, null]));
    expect(findings(seed004({}, { tables: { reviews: { cells: { ...cells, 'review.total': 0 } } } }), 'table-empty')).toEqual([]);
  });
  it('is silent for a table whose cells could not be read', () => {
    const cells = Object.fromEntries(CELL_KEYS.reviews.map((k) => [k, uncertain()]));
    const r = seed004({}, { tables: { reviews: { cells, doubts: [{ code: 'values-unaligned', table: 'reviews' }] } } });
    expect(findings(r, 'table-empty')).toEqual([]);
    expect(findings(r, 'needs-review')[0]!.cells).toHaveLength(15);
  });
});

describe('cell-blank', () => {
  it('lists the blank cells of each table in one finding', () => {
    const r = seed004({ applications: { 'results.unavailable.not_held.natural': null, 'results.unavailable.not_held.total': null } });
    const f = findings(r, 'cell-blank');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([
      [
        'warning',
        ['applications:results.unavailable.not_held.natural', 'applications:results.unavailable.not_held.total'],
        '表三有2个单元格未填写',
      ],
    ]);
  });
  it('counts placeholders as blank and says a placeholder was used', () => {
    const f = findings(seed004({ applications: { 'new.business': '—' }, active: { 'regulations.issued': '/' } }), 'cell-blank');
    expect(f.map((x) => x.cells)).toEqual([['active:regulations.issued'], ['applications:new.business']]);
    expect(f[1]!.message).toBe('表三有1个单元格未填写（其中1个为占位符“—”）');
    expect(findings(seed004({ applications: { 'new.business': '—' } }), 'cell-invalid')).toEqual([]);
  });
  it('leaves out absent cells (a structure variant) and uncertain ones (needs-review)', () => {
    const r = seed004({ applications: { 'results.other.no_correction.natural': absent(), 'new.other': uncertain('7?') } });
    expect(findings(r, 'cell-blank')).toEqual([]);
    expect(findings(r, 'needs-review').map((x) => x.cells)).toEqual([['applications:new.other']]);
  });
  it('is silent when nothing is blank', () => {
    expect(findings(seed004(), 'cell-blank')).toEqual([]);
  });
});

describe('cell-invalid', () => {
  it('raises one finding per cell that is not a non-negative number', () => {
    const f = findings(seed004({ applications: { 'new.business': 'l' }, active: { 'regulations.in_force': '3O' } }), 'cell-invalid');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([
      ['error', ['active:regulations.in_force'], '表二“规章”行“现行有效件数”列的内容“3O”不是非负数'],
      ['error', ['applications:new.business'], '表三“一、本年新收政府信息公开申请数量”行“商业企业”列的内容“l”不是非负数'],
    ]);
  });
  it('flags a decimal outside the fee cell, but not in it', () => {
    const r = seed004({ reviews: { 'review.upheld': { value: 2.5, status: 'number', raw: '2.5' } } });
    expect(findings(r, 'cell-invalid').map((x) => x.cells)).toEqual([['reviews:review.upheld']]);
    expect(findings(seed004(), 'cell-invalid')).toEqual([]);
  });
  it('makes the arithmetic that reads the cell skip', () => {
    const r = seed004({ applications: { 'new.business': 'l' } });
    expect(findings(r, 't3-row-total')).toEqual([]);
    expect(findings(r, 't3-balance')).toEqual([]);
  });
});

describe('label-mismatch', () => {
  const typo = { printed: '本年度止件数', expected: '本年废止件数', cells: ['regulations.repealed', 'normative.repealed'] };
  it('raises one finding per deviation the reader recorded, cells prefixed with the table', () => {
    const f = findings(seed004({}, { tables: { active: { labels: [typo] } } }), 'label-mismatch');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([
      ['warning', ['active:regulations.repealed', 'active:normative.repealed'], '表二标签“本年度止件数”与标准表述“本年废止件数”不一致'],
    ]);
  });
  it('is silent for heading variants such as 五、存在的主要问题及改进措施', () => {
    const titles = { 1: '一、政府信息公开总体情况', 4: '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', 5: '五、存在的主要问题及改进措施' };
    expect(findings(seed004({}, { titles }), 'label-mismatch')).toEqual([]);
  });
  it('reports a typo in a section heading with no cells', () => {
    const f = findings(seed004({}, { titles: { 4: '四、政府信息公开行政法复议、行政诉讼情况' } }), 'label-mismatch');
    expect(f.map((x) => x.cells)).toEqual([[]]);
    expect(f[0]!.message).toContain('行政法复议');
  });
  it('ignores table 二 of a 2019-layout report', () => {
    expect(findings(seed004({}, { format: '2019', tables: { active: { labels: [typo] } } }), 'label-mismatch')).toEqual([]);
  });
});

describe('structure-variant', () => {
  it('raises one warning per variant with no cells', () => {
    const f = findings(seed004({}, { tables: { applications: { variants: [{ code: 'single-other-row' }] } } }), 'structure-variant');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([['warning', []]]);
    expect(f[0]!.message).toContain('（六）其他处理');
  });
  it('is silent for the standard layout', () => {
    expect(findings(seed004(), 'structure-variant')).toEqual([]);
  });
});

describe('period-mismatch', () => {
  it('raises one finding when the statistical period names another year than the title', () => {
    const f = findings(seed004({}, { periodYears: [2022] }), 'period-mismatch');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([['warning', [], '标题年度2023年与统计期限2022年不一致']]);
  });
  it('is silent when they agree, or when there is no period sentence', () => {
    expect(findings(seed004({}, { periodYears: [2023, 2023] }), 'period-mismatch')).toEqual([]);
    expect(findings(seed004({}, { periodYears: [] }), 'period-mismatch')).toEqual([]);
  });
  it('uses report.year when there is no title', () => {
    expect(findings(seed004({}, { title: null, year: 2023, periodYears: [2024] }), 'period-mismatch')).toHaveLength(1);
    expect(findings(seed004({}, { title: null, year: null, periodYears: [2024] }), 'period-mismatch')).toEqual([]);
  });
});

describe('needs-review', () => {
  it('lists the uncertain cells of a table, at info level, with the doubts', () => {
    const r = seed004({ reviews: { 'review.total': uncertain('5?') } }, { tables: { reviews: { doubts: [{ code: 'digits-pieces', table: 'reviews', row: 'review', digits: '5 ?' }] } } });
    const f = findings(r, 'needs-review');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([['info', ['reviews:review.total']]]);
    expect(f[0]!.message).toContain('表四“行政复议”行有多个以空格分隔的数字“5 ?”');
    expect(findings(r, 't4-total')).toEqual([]);
  });
  it('is silent when everything was read', () => {
    expect(findings(seed004(), 'needs-review')).toEqual([]);
  });
});

describe('fixture builder', () => {
  it('fills unlisted cells with 0, or blanks with fill: null', () => {
    const r = report({ tables: { reviews: { fill: null } } });
    expect(r.tables.reviews.cells['review.total']!.status).toBe('blank');
    expect(r.tables.active.cells['fees.amount']!.value).toBe(0);
  });
});

// The three standard tables of the 2021 format (国办公开办函〔2021〕30号) as data.
// Keys follow shared/spec/audit-json.md and must stay stable.

export type TableId = 'active' | 'applications' | 'reviews';
export const TABLE_IDS: readonly TableId[] = ['active', 'applications', 'reviews'];

/** Table numbers as printed in reports (the tables sit under sections 二, 三, 四). */
export const TABLE_NUMBER: Record<TableId, 2 | 3 | 4> = { active: 2, applications: 3, reviews: 4 };

export const TABLE_TITLES: Record<TableId, string> = {
  active: '主动公开政府信息情况',
  applications: '收到和处理政府信息公开申请情况',
  reviews: '政府信息公开行政复议、行政诉讼情况',
};

export interface LabelDef {
  key: string;
  /** The official wording. */
  label: string;
  /** The distinguishing words, without numbering or parenthesised notes; used for matching. */
  core: string;
}

// ---------------------------------------------------------------- table 二 (active)

export interface ActiveBlock {
  /** 第二十条第（N）项 */
  item: '一' | '五' | '六' | '八';
  rows: LabelDef[];
  columns: LabelDef[];
}

export const ACTIVE_BLOCKS: readonly ActiveBlock[] = [
  {
    item: '一',
    rows: [
      { key: 'regulations', label: '规章', core: '规章' },
      { key: 'normative', label: '行政规范性文件', core: '行政规范性文件' },
    ],
    columns: [
      { key: 'issued', label: '本年制发件数', core: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数', core: '本年废止件数' },
      { key: 'in_force', label: '现行有效件数', core: '现行有效件数' },
    ],
  },
  {
    item: '五',
    rows: [{ key: 'licensing', label: '行政许可', core: '行政许可' }],
    columns: [{ key: 'decisions', label: '本年处理决定数量', core: '本年处理决定数量' }],
  },
  {
    item: '六',
    rows: [
      { key: 'penalty', label: '行政处罚', core: '行政处罚' },
      { key: 'coercion', label: '行政强制', core: '行政强制' },
    ],
    columns: [{ key: 'decisions', label: '本年处理决定数量', core: '本年处理决定数量' }],
  },
  {
    item: '八',
    rows: [{ key: 'fees', label: '行政事业性收费', core: '行政事业性收费' }],
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', core: '本年收费金额(单位:万元)' }],
  },
];

/** The only cell that may hold a decimal (万元). */
export const DECIMAL_CELLS: ReadonlySet<string> = new Set(['active:fees.amount']);

// ---------------------------------------------------------------- table 三 (applications)

export const APPLICANT_COLUMNS: readonly LabelDef[] = [
  { key: 'natural', label: '自然人', core: '自然人' },
  { key: 'business', label: '商业企业', core: '商业企业' },
  { key: 'research', label: '科研机构', core: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织', core: '社会公益组织' },
  { key: 'legal', label: '法律服务机构', core: '法律服务机构' },
  { key: 'other', label: '其他', core: '其他' },
  { key: 'total', label: '总计', core: '总计' },
];
/** The six applicant columns, without 总计. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.slice(0, 6).map((c) => c.key);

/** Header labels of table 三 that head no column of values. */
export const APPLICATION_HEADER_LABELS = ['申请人情况', '法人或其他组织'] as const;
export const APPLICATION_CORNER_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export interface RowDef extends LabelDef {
  /** Group label printed in the rows' left column, if any (三、本年度办理结果, （三）不予公开 …). */
  group?: string;
  /** A leaf of 三、本年度办理结果, summed by t3-results-total. */
  leaf?: boolean;
}

const W = '（三）不予公开';
const U = '（四）无法提供';
const R = '（五）不予处理';
const O = '（六）其他处理';

export const APPLICATION_ROWS: readonly RowDef[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', core: '本年新收政府信息公开申请数量' },
  { key: 'carried_in', label: '二、上年结转政府信息公开申请数量', core: '上年结转政府信息公开申请数量' },
  { key: 'results.disclosed', label: '（一）予以公开', core: '予以公开', leaf: true },
  {
    key: 'results.partial',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    core: '部分公开',
    leaf: true,
  },
  { key: 'results.withheld.secret', label: '1.属于国家秘密', core: '属于国家秘密', group: W, leaf: true },
  { key: 'results.withheld.law', label: '2.其他法律行政法规禁止公开', core: '其他法律行政法规禁止公开', group: W, leaf: true },
  { key: 'results.withheld.safety', label: '3.危及“三安全一稳定”', core: '危及"三安全一稳定"', group: W, leaf: true },
  { key: 'results.withheld.third_party', label: '4.保护第三方合法权益', core: '保护第三方合法权益', group: W, leaf: true },
  { key: 'results.withheld.internal', label: '5.属于三类内部事务信息', core: '属于三类内部事务信息', group: W, leaf: true },
  { key: 'results.withheld.process', label: '6.属于四类过程性信息', core: '属于四类过程性信息', group: W, leaf: true },
  { key: 'results.withheld.enforcement', label: '7.属于行政执法案卷', core: '属于行政执法案卷', group: W, leaf: true },
  { key: 'results.withheld.query', label: '8.属于行政查询事项', core: '属于行政查询事项', group: W, leaf: true },
  { key: 'results.unavailable.not_held', label: '1.本机关不掌握相关政府信息', core: '本机关不掌握相关政府信息', group: U, leaf: true },
  { key: 'results.unavailable.needs_creation', label: '2.没有现成信息需要另行制作', core: '没有现成信息需要另行制作', group: U, leaf: true },
  { key: 'results.unavailable.unclear', label: '3.补正后申请内容仍不明确', core: '补正后申请内容仍不明确', group: U, leaf: true },
  { key: 'results.rejected.complaint', label: '1.信访举报投诉类申请', core: '信访举报投诉类申请', group: R, leaf: true },
  { key: 'results.rejected.repeat', label: '2.重复申请', core: '重复申请', group: R, leaf: true },
  { key: 'results.rejected.publication', label: '3.要求提供公开出版物', core: '要求提供公开出版物', group: R, leaf: true },
  { key: 'results.rejected.excessive', label: '4.无正当理由大量反复申请', core: '无正当理由大量反复申请', group: R, leaf: true },
  {
    key: 'results.rejected.confirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    core: '要求行政机关确认或重新出具已获取信息',
    group: R,
    leaf: true,
  },
  {
    key: 'results.other.no_correction',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    core: '申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请',
    group: O,
    leaf: true,
  },
  {
    key: 'results.other.no_fee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    core: '申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请',
    group: O,
    leaf: true,
  },
  { key: 'results.other.other', label: '3.其他', core: '其他', group: O, leaf: true },
  { key: 'results.total', label: '（七）总计', core: '总计' },
  { key: 'carried_out', label: '四、结转下年度继续办理', core: '结转下年度继续办理' },
];

/** Group labels of table 三 that carry no values. */
export const APPLICATION_GROUPS: readonly LabelDef[] = [
  { key: 'results', label: '三、本年度办理结果', core: '本年度办理结果' },
  { key: 'results.withheld', label: W, core: '不予公开' },
  { key: 'results.unavailable', label: U, core: '无法提供' },
  { key: 'results.rejected', label: R, core: '不予处理' },
  { key: 'results.other', label: O, core: '其他处理' },
];

export const RESULT_LEAVES: readonly string[] = APPLICATION_ROWS.filter((r) => r.leaf).map((r) => r.key);

// ---------------------------------------------------------------- table 四 (reviews)

export const REVIEW_GROUPS: readonly LabelDef[] = [
  { key: 'review', label: '行政复议', core: '行政复议' },
  { key: 'suit_direct', label: '未经复议直接起诉', core: '未经复议直接起诉' },
  { key: 'suit_after_review', label: '复议后起诉', core: '复议后起诉' },
];
export const REVIEW_HEADER_LABELS = ['行政诉讼'] as const;

export const REVIEW_COLUMNS: readonly LabelDef[] = [
  { key: 'upheld', label: '结果维持', core: '结果维持' },
  { key: 'corrected', label: '结果纠正', core: '结果纠正' },
  { key: 'other', label: '其他结果', core: '其他结果' },
  { key: 'pending', label: '尚未审结', core: '尚未审结' },
  { key: 'total', label: '总计', core: '总计' },
];
export const REVIEW_PARTS = REVIEW_COLUMNS.slice(0, 4).map((c) => c.key);

// ---------------------------------------------------------------- cell keys

function activeKeys(): string[] {
  return ACTIVE_BLOCKS.flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => `${r.key}.${c.key}`)));
}
function applicationKeys(): string[] {
  return APPLICATION_ROWS.flatMap((r) => APPLICANT_COLUMNS.map((c) => `${r.key}.${c.key}`));
}
function reviewKeys(): string[] {
  return REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g.key}.${c.key}`));
}

/** Every cell key of each table, in reading order (row by row). */
export const CELL_KEYS: Record<TableId, readonly string[]> = {
  active: activeKeys(),
  applications: applicationKeys(),
  reviews: reviewKeys(),
};

/** "applications:new.total" — the form used in findings. */
export type CellRef = `${TableId}:${string}`;
export const cellRef = (table: TableId, key: string): CellRef => `${table}:${key}`;

export function parseCellRef(ref: string): { table: TableId; key: string } | null {
  const i = ref.indexOf(':');
  const table = ref.slice(0, i) as TableId;
  const key = ref.slice(i + 1);
  if (!TABLE_IDS.includes(table) || !CELL_KEYS[table].includes(key)) return null;
  return { table, key };
}

// The wording of the reader's doubts (lib/model/doubt.ts), in either language.

import type { Doubt, DoubtCode } from '../model/doubt';
import { format, type Lang, type MessageData } from './format';
import { columnName, rowName, splitKey, tableName } from './names';

type Wording = { zh: string; en: string };

const WORDS: Record<DoubtCode, Wording> = {
  'rows-unread': { zh: '未能读取{rows}', en: 'could not read {rows}' },
  'rows-merged': { zh: '{rows}共用合并的数值单元格，无法分行读取', en: 'rows {rows} share merged value cells and cannot be read one by one' },
  'row-unaligned': { zh: '{at}的数字无法与列对齐', en: 'the figures of {at} do not line up with the columns' },
  'no-values-row': { zh: '{table}未找到数值所在的行', en: '{table}: no row of figures under the header' },
  'values-unaligned': { zh: '{table}的数字无法与列对齐', en: 'the figures of {table} do not line up with its columns' },
  'group-row-missing': { zh: '{table}未找到“{row}”一行', en: '{table}: the row "{row}" was not found' },
  'inferred-columns': {
    zh: '{table}没有框线，列位置由文字位置推断，空白单元格无法确认是否确实未填写',
    en: '{table} has no ruling lines: its columns were inferred from the text positions, so its blank cells may be misplaced figures',
  },
  'label-misalignment': {
    zh: '{table}有{count}处标签与标准表述不同，表格可能未能对齐读取',
    en: '{count, plural, one {# label} other {# labels}} of {table} differ from the standard wording: the table was probably read out of alignment',
  },
  'wordy-cells': {
    zh: '{table}有{count}个单元格含有文字（如“{example}”），不是数字，无法判断取值',
    en: '{count, plural, one {# cell} other {# cells}} of {table} hold words (such as "{example}"), not figures',
  },
  'table-as-image': { zh: '{table}可能以图片形式发布，无法读取其中的数字', en: '{table} was probably published as an image; its figures cannot be read' },
  'table-as-text': { zh: '{table}的标签出现在正文中，但未能读取为表格', en: 'the labels of {table} are in the text, but it could not be read as a table' },
  'digits-ambiguous': {
    zh: '{at}的数字“{digits}”连写，可拆分为多种读法：{readings}；无法确定的单元格（{cells}）留空',
    en: 'the figures of {at} run together as "{digits}" and split several ways ({readings}); the cells that cannot be decided ({cells}) are left empty',
  },
  'digits-no-split': {
    zh: '{at}的数字“{digits}”连写，按“总计等于各项之和”找不到拆分为{count}个数的读法，该行留空',
    en: 'the figures of {at} run together as "{digits}" and no split into {count} figures adds up; the row is left empty',
  },
  'digits-too-many': {
    zh: '{at}的数字“{digits}”连写，可能的拆分过多，该行留空',
    en: 'the figures of {at} run together as "{digits}" with too many possible splits; the row is left empty',
  },
  'digits-too-few': {
    zh: '{at}只有{length}位数字（“{digits}”），少于{count}个单元格，无法确定各数所在的列，该行留空',
    en: '{at} has only {length, plural, one {# digit} other {# digits}} ("{digits}") for {count} cells; the row is left empty',
  },
  'digits-decimal': {
    zh: '{at}的数字“{digits}”含小数点，无法拆分，该行留空',
    en: 'the figures of {at} ("{digits}") hold a decimal point and cannot be split; the row is left empty',
  },
  'digits-pieces': {
    zh: '{at}有多个以空格分隔的数字“{digits}”，无法确定取值',
    en: '{at} holds several figures separated by spaces ("{digits}"); its value cannot be decided',
  },
  'digits-skipped': {
    zh: '{table}中“{text}”后的数字“{digits}”对应不到任何标准行，已忽略',
    en: 'in {table}, the figures "{digits}" after "{text}" match no row of the standard and were left out',
  },
  'joint-conflict': {
    zh: '{table}数字连写的各行无法同时满足各列的勾稽关系，只按各行自身的合计拆分',
    en: 'the run-together rows of {table} cannot all satisfy the column identities; each row was split by its own total',
  },
  'joint-too-many': {
    zh: '{table}数字连写的可能组合过多，未按各列的勾稽关系联合拆分，只按各行自身的合计拆分',
    en: 'the run-together rows of {table} combine too many ways to solve jointly; each row was split by its own total',
  },
};

const SHOWN_READINGS = 8;

const quote = (s: string, lang: Lang): string => (lang === 'zh' ? `“${s}”` : `"${s}"`);

/** Cells of one row by their column names; cells of several rows (table 四's one run) by group and column. */
function cellsNamed(d: Extract<Doubt, { code: 'digits-ambiguous' }>, lang: Lang): string[] {
  return d.cells.map((key) => {
    const { row, col } = splitKey(key);
    const column = columnName(d.table, col);
    const name = d.row === row ? column : `${rowName(d.table, row, true)}·${column}`;
    return lang === 'zh' ? name : quote(name, lang);
  });
}

/** The values a doubt's wording names, in the language. */
function dataOf(d: Doubt, lang: Lang): MessageData {
  const table = tableName(d.table, lang);
  const at = (row: string | null) => (row === null ? table : lang === 'zh' ? `${table}“${rowName(d.table, row, true)}”行` : `${table}, row "${rowName(d.table, row, true)}"`);
  switch (d.code) {
    case 'rows-unread':
    case 'rows-merged':
      return { rows: d.rows.map((r) => quote(rowName(d.table, r, true), lang)) };
    case 'row-unaligned':
      return { at: at(d.row) };
    case 'group-row-missing':
      return { table, row: rowName(d.table, d.row) };
    case 'label-misalignment':
      return { table, count: d.count };
    case 'wordy-cells':
      return { table, count: d.count, example: d.example };
    case 'digits-ambiguous': {
      const shown = d.readings.slice(0, SHOWN_READINGS).map((r) => r.join('/'));
      const more = d.readings.length > SHOWN_READINGS ? (lang === 'zh' ? `等${d.readings.length}种` : ` and ${d.readings.length - SHOWN_READINGS} more`) : '';
      return { at: at(d.row), digits: d.digits, readings: `${shown.join(lang === 'zh' ? '、' : ', ')}${more}`, cells: cellsNamed(d, lang) };
    }
    case 'digits-no-split':
    case 'digits-too-few':
      return { at: at(d.row), digits: d.digits, count: d.count, length: d.digits.length };
    case 'digits-too-many':
    case 'digits-decimal':
    case 'digits-pieces':
      return { at: at(d.row), digits: d.digits };
    case 'digits-skipped':
      return { table, text: d.text, digits: d.digits };
    default:
      return { table };
  }
}

export function renderDoubt(d: Doubt, lang: Lang): string {
  return format(WORDS[d.code][lang], dataOf(d, lang), lang);
}

/** Every doubt code has its wording in both languages (checked by a test). */
export const DOUBT_WORDING: Readonly<Record<DoubtCode, Wording>> = WORDS;

// Doubt texts for the user (zh-CN). Each says which cells were left empty and why.

const TABLE_NAME = { 2: '表二', 3: '表三', 4: '表四' } as const;
export type TableNo = keyof typeof TABLE_NAME;

/** "表三“（一）予以公开”行" or, for table 四's single run, "表四". */
export const where = (table: TableNo, row: string | null): string =>
  row ? `${TABLE_NAME[table]}“${row}”行` : TABLE_NAME[table];

const REVIEW = '请人工核对。';

export const doubt = {
  ambiguous: (at: string, digits: string, readings: readonly (readonly number[])[], cells: readonly string[]): string => {
    const shown = readings.slice(0, 8).map((r) => r.join('/'));
    const more = readings.length > 8 ? `等${readings.length}种` : '';
    return `${at}的数字“${digits}”连写，可拆分为多种读法：${shown.join('、')}${more}；无法确定的单元格（${cells.join('、')}）留空，${REVIEW}`;
  },
  noSplit: (at: string, digits: string, count: number): string =>
    `${at}的数字“${digits}”连写，按“总计等于各项之和”找不到拆分为${count}个数的读法，该行留空，${REVIEW}`,
  tooMany: (at: string, digits: string): string => `${at}的数字“${digits}”连写，可能的拆分过多，该行留空，${REVIEW}`,
  tooFew: (at: string, digits: string, count: number): string =>
    `${at}只有${digits.length}位数字（“${digits}”），少于${count}个单元格，无法确定各数所在的列，该行留空，${REVIEW}`,
  decimal: (at: string, digits: string): string => `${at}的数字“${digits}”含小数点，无法拆分，该行留空，${REVIEW}`,
  pieces: (at: string, digits: string): string => `${at}有多个以空格分隔的数字“${digits}”，无法确定取值，${REVIEW}`,
  skipped: (table: TableNo, text: string, digits: string): string =>
    `${TABLE_NAME[table]}中“${text}”后的数字“${digits}”对应不到任何标准行，已忽略，${REVIEW}`,
  conflict: (table: TableNo): string =>
    `${TABLE_NAME[table]}数字连写的各行无法同时满足各列的勾稽关系，只按各行自身的合计拆分，${REVIEW}`,
  tooManyJoint: (table: TableNo): string =>
    `${TABLE_NAME[table]}数字连写的可能组合过多，未按各列的勾稽关系联合拆分，只按各行自身的合计拆分。`,
};

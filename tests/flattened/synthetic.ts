// Flattened report text built from digit strings, the way the crawler prints it.

import { APPLICATION_CORNER_NOTE, APPLICATION_ROWS } from '../../lib/standard/tables';

const T3_HEADER = `${APPLICATION_CORNER_NOTE}申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他`;

/** Table 三 with one digit string per row ('' prints the label with no digits). */
export function table3(digits: Partial<Record<string, string>>, labels: Partial<Record<string, string>> = {}): string {
  let out = `三、收到和处理政府信息公开申请情况${T3_HEADER}`;
  let group: string | undefined;
  for (const row of APPLICATION_ROWS) {
    if (row.key === 'results.disclosed') out += '三、本年度办理结果';
    if (row.group && row.group !== group) out += row.group;
    group = row.group;
    out += (labels[row.key] ?? row.label) + (digits[row.key] ?? '0000000');
  }
  return out;
}

export const table2 = (normative: string, fees = '12.5'): string =>
  '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000' +
  `行政规范性文件${normative}第二十条第（五）项信息内容本年处理决定数量行政许可5` +
  '第二十条第（六）项信息内容本年处理决定数量行政处罚7行政强制0' +
  `第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费${fees}`;

export const table4 = (digits: string): string =>
  '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计' +
  `未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${digits}`;

export const report = (...parts: string[]): string =>
  `一、总体情况2024年，本机关认真落实《条例》。${parts.join('')}五、存在的主要问题及改进情况无。六、其他需要报告的事项无。`;

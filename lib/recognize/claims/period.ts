// The statistical period (统计期限…) of a report: the years it names, in order. The title's year
// must agree with them (period-mismatch); other years in the narrative ("结转2024年度") do not count.

import { prepareText, sentences } from './text';

const RANGE = /(\d{4})年(?:度)?1月(?:1日)?(?:起)?(?:至|到|—|-|~|〜|～)(?:(\d{4})年)?12月(?:31日)?/;
const PERIOD_WORDS = /统计(?:期限|时限|期间|区间|周期|时间|时段|范围)|所列数据/;
const WHOLE_YEAR = /(?:统计(?:期限|时限|期间|区间|周期|时间|时段)|所列数据)[^。]{0,12}?(?:为|是|自|从)?(\d{4})年度?(?!\d|1月)/;

export function extractPeriodYears(text: string): number[] {
  const all = sentences(prepareText(text));
  const periodSentences = all.filter((s) => PERIOD_WORDS.test(s));
  for (const s of periodSentences) {
    const m = s.match(RANGE);
    if (m) return [m[1], m[2]].filter((y): y is string => Boolean(y)).map(Number);
  }
  for (const s of periodSentences) {
    const m = s.match(WHOLE_YEAR);
    if (m) return [Number(m[1])];
  }
  // A whole-year range stated without the period words ("2023年1月1日至12月31日").
  for (const s of all) {
    const m = s.match(RANGE);
    if (m) return [m[1], m[2]].filter((y): y is string => Boolean(y)).map(Number);
  }
  return [];
}

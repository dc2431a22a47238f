// Figures about table 二: decisions on 行政许可 / 行政处罚 / 行政强制, and 规章 / 行政规范性文件
// issued, repealed and in force. "清理 N 件" is not 废止 (spec §9.1): a sentence that counts a
// clean-up is left alone, as its other figures may describe the clean-up. 行政事业性收费 is never
// compared with the 信息处理费 of section 六, so fees are not read at all.

import { plus } from './refs';
import type { SentenceState } from './walk';

const DECISIONS = /(?:办理|实施|作出|做出)?(?:了)?(行政许可|行政处罚|行政强制)(?:决定|案件|措施)?(?:共|共计)?(\d+)(?:件|起)/;
const DECISION_ROW: Record<string, string> = { 行政许可: 'licensing', 行政处罚: 'penalty', 行政强制: 'coercion' };

/** A document noun, with the body that qualifies it if any (部门规范性文件 is someone else's count). */
const DOC_NOUN = /(部门|单位|机关|政府|办公室|局|委|厅|镇|乡|街道)?(?:行政)?(?:规范性文件|规章(?!制度))/g;
const DOC_FIGURE =
  /(新制定|制发|制定|出台|印发|失效或废止|废止或失效|宣布失效|废止|失效|现行有效)(?:的)?(?:行政规范性文件|规范性文件|规章(?!制度))?(?:共|共计)?(\d+)(?:件|部|个|份)/;
const DOC_COLUMN: Record<string, string> = {
  新制定: 'issued',
  制发: 'issued',
  制定: 'issued',
  出台: 'issued',
  印发: 'issued',
  失效或废止: 'repealed',
  废止或失效: 'repealed',
  宣布失效: 'repealed',
  废止: 'repealed',
  失效: 'repealed',
  现行有效: 'in_force',
};
const CLEAN_UP = /清理(?:了)?(?:行政规范性文件|规范性文件|规章|文件)?(?:共|共计)?\d+(?:件|部|个|份)/;
/**
 * A sentence about a clean-up or a publication campaign may count that campaign's documents
 * ("集中发布现行有效393件，动态更新本年度制发77件" against 现行有效 470 = 393 + 77).
 */
const CAMPAIGN = /清理|梳理|清查|集中(?:发布|公布|公开)|汇编|动态更新/;

/** The row a noun occurrence names, or null for another body's 规范性文件 (政府规章 is just 规章). */
function nounRow(n: RegExpMatchArray): string | null {
  if (n[0].includes('规章')) return 'regulations';
  return n[1] ? null : 'normative';
}

export function activeClaims(item: string, st: SentenceState): boolean {
  let m = item.match(DECISIONS);
  if (m) {
    const row = DECISION_ROW[m[1]!]!;
    st.add(`active:${row}`, m, Number(m[2]), [plus('active', `${row}.decisions`)]);
    return true;
  }
  if (CLEAN_UP.test(st.sentence)) return false;
  const nouns = [...item.matchAll(DOC_NOUN)];
  m = item.match(DOC_FIGURE);
  let row = st.docRow;
  if (m) {
    const before = nouns.filter((n) => n.index! < m!.index! + m![0].length);
    if (before.length > 0) row = nounRow(before.at(-1)!);
  }
  if (nouns.length > 0) st.docRow = nounRow(nouns.at(-1)!);
  if (!m || !row) return false;
  const col = DOC_COLUMN[m[1]!]!;
  const certainty = CAMPAIGN.test(st.sentence) ? 'unsure' : 'sure';
  st.add(`active:${row}.${col}`, m, Number(m[2]), [plus('active', `${row}.${col}`)], certainty);
  return true;
}

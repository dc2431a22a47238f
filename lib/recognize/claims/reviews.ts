// Figures about table 四: reconsiderations and lawsuits arising from disclosure work. A 司法局's
// report may count every reconsideration it handled, so a figure counts only when the phrase says
// the case was caused by disclosure (引发, 被申请 …) or the sentence is about disclosure.

import { plus } from './refs';
import type { Reading } from './types';
import type { SentenceState } from './walk';

const REVIEW_TOTAL = /(引发|引起|被申请|被提起|被提出|涉及|产生)?(?:了|的)?(?:政府信息公开)?(?:类)?行政复议(?:案件|申请)?(?:共|共计)?(\d+)(?:件|起|宗)/;
const SUIT_TOTAL = /(引发|引起|被提起|提起|被起诉|涉及|产生)?(?:了|的)?(?:政府信息公开)?(?:类)?行政诉讼(?:案件)?(?:共|共计)?(\d+)(?:件|起|宗)/;
const OUTCOME = /^(?:其中)?(结果维持|结果纠正|其他结果|尚未审结|维持|纠正)(?:原)?(?:行政行为|决定)?(?:的)?(\d+)(?:件|起|宗)/;
/** A negation with its verb: "未经复议", "尚未审结" or "无法" are not negations of a case. */
const NONE = /(?:(?<!尚)未(?:出现|发生|产生|收到|有|被)|没有(?:出现|发生|产生|收到)?|无(?=因|涉及|政府信息公开|行政复议|行政诉讼))(.{0,24}?)(行政复议|行政诉讼)(?:(?:和|及|与|、|或|,)(?:被)?(?:提起|申请)?(行政复议|行政诉讼))?(?:的)?(?:案件|情况|事件|情形)?$/;

const SUITS = ['suit_direct', 'suit_after_review'];
const OUTCOME_COL: Record<string, string> = {
  结果维持: 'upheld',
  维持: 'upheld',
  结果纠正: 'corrected',
  纠正: 'corrected',
  其他结果: 'other',
  尚未审结: 'pending',
};

const reviewTotal = (): Reading => plus('reviews', 'review.total');
const suitTotal = (): Reading => plus('reviews', ...SUITS.map((g) => `${g}.total`));

const CAUSED_BY = new Set(['引发', '引起', '被申请', '被提起', '被提出', '被起诉']);
/** A body that handles reconsiderations or lawsuits for others (复议机关, 法院) counts them this way. */
const HANDLING = /(?:办理|审理|受理|收到|接收|承办|处理)$/;

function aboutDisclosure(item: string, m: RegExpMatchArray, st: SentenceState): boolean {
  if (m[1] && CAUSED_BY.has(m[1])) return true;
  if (m[0].includes('信息公开')) return true;
  return st.topic !== null && !HANDLING.test(item.slice(0, m.index!));
}

/** The whole clause: "未出现因政府信息公开引发的行政复议和行政诉讼情况" → all three totals are 0. */
export function reviewNegation(clause: string, st: SentenceState): boolean {
  const m = clause.match(NONE);
  if (!m || /\d+(?:件|起|宗|个)/.test(clause) || !/信息公开|依申请/.test(m[1]! + st.sentence)) return false;
  const terms = new Set([m[2], m[3]].filter(Boolean));
  const readings: Reading = [
    ...(terms.has('行政复议') ? reviewTotal() : []),
    ...(terms.has('行政诉讼') ? suitTotal() : []),
  ];
  st.add('none:reviews', m, 0, [readings]);
  return true;
}

export function reviewClaims(item: string, st: SentenceState): boolean {
  let m = item.match(REVIEW_TOTAL);
  if (m && aboutDisclosure(item, m, st)) {
    st.topic = 'review';
    st.add('review.total', m, Number(m[2]), [reviewTotal()]);
    return true;
  }
  m = item.match(SUIT_TOTAL);
  if (m && aboutDisclosure(item, m, st)) {
    st.topic = 'suit';
    st.add('suit.total', m, Number(m[2]), [suitTotal()]);
    return true;
  }
  m = item.match(OUTCOME);
  if (m && (st.topic === 'review' || st.topic === 'suit')) {
    const col = OUTCOME_COL[m[1]!]!;
    const groups = st.topic === 'review' ? ['review'] : SUITS;
    st.add(`${st.topic}.${col}`, m, Number(m[2]), [plus('reviews', ...groups.map((g) => `${g}.${col}`))]);
    return true;
  }
  return false;
}


// Figures about table 三 (spec §9.1): applications received, handled, carried over and forward,
// and the handling results. Every phrase must name applications itself or follow one that does
// in the same sentence; "12345热线受理2854件，办结率100%" is about something else.

import { APPLICANT_PARTS } from '../../standard/tables';
import { app, leavesOf, minus, plus } from './refs';
import type { Reading } from './types';
import type { SentenceState } from './walk';

const NOUN = '(?:政府信息公开|信息公开|依申请公开)(?:申请|信件|事项)?';
const AMOUNT = '(?:数量)?(?:为|共|共计|合计|总计|计)*(\\d+)件';

const RECEIVED = new RegExp(`(?:全年|累计|共|总)*(?:新收到|收到|接到|接收|新受理|受理|新收)(?:了)?(?:各类|各项)?${NOUN}${AMOUNT}`);
const NONE_RECEIVED = new RegExp(`(?:\\d{4}年度?)?(?:未|没有|无)(?:收到|接到|受理)(?:任何)?${NOUN}`);
const CARRIED_IN = new RegExp(`(?:上年度?|上一年度?|(\\d{4})年度?)结转(?:的)?(?:${NOUN})?(?:共|共计)?(\\d+)件`);
const CARRIED_OUT = [
  new RegExp(`结转(?:至|到)?(下一?年度?|\\d{4}年度?)(?:继续)?(?:办理|处理|答复)?(?:的)?(?:${NOUN}|申请)?(?:共)?(\\d+)件`),
  new RegExp(`(?<![\\d#])(\\d+)件(?:申请)?(?:结转|转入)(?:至|到)?(下一?年度?|\\d{4}年度?)`),
];
const HANDLED = /(?:已|均已|全部|共|累计|依法)*(?:答复办结|办理完结|办结|答复)(?:了)?(?:申请)?(?:共|共计)?(\d+)件/;
/** What may stand before "答复/办结N件" when it counts every reply: nothing, or an adverb. */
const HANDLED_LEAD = /(?:^|已|均|全部|共|累计|依法|按时|及时|并|予以|办理|其中)$/;
const RESULT = /^(?:其中|已|均|共|依法)*(予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理|公开)(?:的)?(?:申请)?(?:共)?(\d+)件/;
const APPLICANT =
  /^(?:涉及|其中|包括|来自)*(自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或其他组织)(?:申请|提出的申请|提出)?(?:共)?(\d+)件/;

const RECEIVED_READINGS: Reading[] = [app('new.total'), app('new.total', 'carried_in.total')];
const HANDLED_READINGS: Reading[] = [
  app('results.total.total'),
  [...app('results.total.total'), ...minus('applications', 'carried_in.total')],
  [...app('new.total'), ...minus('applications', 'carried_out.total')],
];

const RESULT_READINGS: Record<string, Reading[]> = {
  公开: [app('results.disclosed.total'), app('results.disclosed.total', 'results.partial.total')],
  部分公开: [app('results.partial.total')],
  不予公开: [app(...leavesOf('results.withheld'))],
  无法提供: [app(...leavesOf('results.unavailable'))],
  不予处理: [app(...leavesOf('results.rejected'))],
  其他处理: [app(...leavesOf('results.other'))],
};
RESULT_READINGS['予以公开'] = RESULT_READINGS['同意公开'] = RESULT_READINGS['全部公开'] = RESULT_READINGS['公开']!;

const APPLICANT_COLS: Record<string, string[]> = {
  自然人: ['natural'],
  商业企业: ['business'],
  科研机构: ['research'],
  社会公益组织: ['nonprofit'],
  法律服务机构: ['legal'],
  法人或其他组织: APPLICANT_PARTS.filter((c) => c !== 'natural'),
};

const yearOk = (printed: string | undefined, want: number | null): boolean =>
  !printed || !/\d{4}/.test(printed) || want === null || Number(printed.match(/\d{4}/)![0]) === want;

/** Claims of one clause about applications; updates the sentence state. */
export function applicationClaims(clause: string, st: SentenceState): boolean {
  const year = st.ctx.year;
  let m = clause.match(CARRIED_IN);
  if (m && (st.topic === 'applications' || m[0].includes('申请')) && yearOk(m[1], year === null ? null : year - 1)) {
    st.topic = 'applications';
    st.add('carried_in', m, Number(m[2]), [app('carried_in.total')]);
    return true;
  }
  for (const re of CARRIED_OUT) {
    m = clause.match(re);
    if (!m || (st.topic !== 'applications' && !m[0].includes('申请'))) continue;
    const [when, n] = re === CARRIED_OUT[0] ? [m[1], m[2]] : [m[2], m[1]];
    if (!yearOk(when, year === null ? null : year + 1)) return true;
    st.topic = 'applications';
    st.add('carried_out', m, Number(n), [app('carried_out.total')]);
    return true;
  }
  m = clause.match(RECEIVED);
  if (m) {
    st.topic = 'applications';
    st.last = 'received';
    st.add('received', m, Number(m[1]), RECEIVED_READINGS);
    return true;
  }
  m = clause.match(NONE_RECEIVED);
  if (m && !/\d+件/.test(clause.slice(m.index! + m[0].length))) {
    st.topic = 'applications';
    st.last = 'none';
    // Nothing new received; cases carried over from last year may still exist.
    st.add('received', m, 0, [app('new.total')]);
    return true;
  }
  if (st.topic !== 'applications') return false;
  m = clause.match(HANDLED);
  if (m) {
    // "答复N件" listed after handling results, or qualified by one ("同意公开答复1件"), is one kind
    // of reply, not the total.
    if (st.last === 'result' || !HANDLED_LEAD.test(clause.slice(0, m.index))) return true;
    st.last = 'handled';
    st.add('handled', m, Number(m[1]), HANDLED_READINGS);
    return true;
  }
  m = clause.match(RESULT);
  if (m) {
    st.last = 'result';
    // "不予公开2件，分别属于本机关不掌握…及行政执法案卷": the publisher's own grouping, not the table's.
    const after = st.sentence.slice(st.offset + m.index! + m[0].length);
    const certainty = /^[,，]?(?:分别|其中|包括)/.test(after) ? 'unsure' : 'sure';
    st.add(`result:${m[1]}`, m, Number(m[2]), RESULT_READINGS[m[1]!]!, certainty);
    return true;
  }
  m = clause.match(APPLICANT);
  if (m && st.last === 'received') {
    const cols = APPLICANT_COLS[m[1]!]!;
    st.add(`applicant:${m[1]}`, m, Number(m[2]), [
      plus('applications', ...cols.map((c) => `new.${c}`)),
      plus('applications', ...cols.flatMap((c) => [`new.${c}`, `carried_in.${c}`])),
    ]);
    return true;
  }
  return false;
}

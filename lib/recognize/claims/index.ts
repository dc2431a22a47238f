// Narrative figures (spec §9.1): pure functions from the report's text to claims, each with the
// table cells it is compared with. Unknown phrasing gives no claim: a false accusation is worse
// than a missed check.

import type { RecognizedReport } from '../../model/report';
import { activeClaims } from './active';
import { applicationClaims } from './applications';
import { reviewClaims, reviewNegation } from './reviews';
import { clauses, prepareText, sentences } from './text';
import type { Claim, ClaimContext } from './types';
import { newSentenceState } from './walk';

export type { Claim, ClaimContext, ClaimScope, Reading, Term } from './types';
export { extractPeriodYears } from './period';

const COUNTED = /\d+(?:件|条|个|篇|次|人次|起|宗|部|份|项)/;
const trimPunct = (s: string): string => s.replace(/^[\s、,:;。]+|[\s、,:;。!?]+$/g, '');

export function extractClaims(text: string, ctx: ClaimContext): Claim[] {
  const out: Claim[] = [];
  for (const [index, sentence] of sentences(prepareText(text)).entries()) {
    const st = newSentenceState(sentence, index, ctx, out);
    for (const clause of clauses(sentence)) {
      st.clauseStart = clause.start;
      st.offset = clause.start;
      if (reviewNegation(trimPunct(clause.text), st)) continue;
      let at = clause.start;
      for (const raw of clause.text.split('、')) {
        st.offset = at;
        at += raw.length + 1;
        const item = trimPunct(raw);
        if (!item) continue;
        const read = applicationClaims(item, st) || reviewClaims(item, st) || activeClaims(item, st);
        // A count of something else ("12345热线受理2854件") ends the subject of the sentence.
        if (!read && COUNTED.test(item)) {
          st.topic = null;
          st.last = null;
        }
      }
    }
  }
  return out;
}

const SECTION_SIX = /^\s*六\s*[、.．]\s*其他需要报告/m;

/**
 * The texts a report's claims are read from, one per section: sections 一 to 五 (section 六 speaks
 * of the 信息处理费, never compared with table 二's fees), or the narrative up to section 六 when no
 * section text was kept.
 */
export function claimTexts(report: Omit<RecognizedReport, 'claims'>): string[] {
  const parts = report.sections.filter((s) => s.found && s.key !== 'other' && s.text.trim()).map((s) => s.text);
  if (parts.length > 0) return parts;
  const six = report.narrative.search(SECTION_SIX);
  return [six < 0 ? report.narrative : report.narrative.slice(0, six)];
}

export function reportClaims(report: Omit<RecognizedReport, 'claims'>): Claim[] {
  const ctx: ClaimContext = { year: report.year, organ: report.organ, title: report.title };
  return claimTexts(report).flatMap((text, i) => extractClaims(text, ctx).map((c) => ({ ...c, text: i })));
}

// Counts that the narrative states about table cells. They only break ties between readings
// that the tables' own arithmetic leaves open (narratives can disagree with their tables).

import type { TableId } from '../../standard/tables';
import { sourceSlice, sourceSpan, type NormText } from './text';
import type { NarrativeFigure } from './types';

interface Pattern {
  table: TableId;
  re: RegExp;
  /** Cell groups from the match; the figure is the sum of one of them. */
  cells: (m: RegExpExecArray) => string[][] | null;
  /** Index of the group holding the number. */
  value: number;
}

// Normalised text: no whitespace, "，" → ",", "、" → ",", "：" → ":", "；" → ";".
const CLAUSE = '[^,.。;:■]';
const NUM = '(?<!\\d)(\\d+)';
const ACTS: Record<string, string> = {
  制发: 'issued',
  新制定: 'issued',
  出台: 'issued',
  印发: 'issued',
  废止: 'repealed',
  宣布失效: 'repealed',
  现行有效: 'in_force',
};
const ACT = Object.keys(ACTS).join('|');
const APPLICANTS: Record<string, string> = {
  自然人: 'natural',
  商业企业: 'business',
  科研机构: 'research',
  社会公益组织: 'nonprofit',
  法律服务机构: 'legal',
};
const received = (col: string): string[][] => [[`new.${col}`], [`new.${col}`, `carried_in.${col}`]];

const PATTERNS: readonly Pattern[] = [
  {
    table: 'active',
    // The act nearest the noun counts: "发布本年度制发行政规范性文件62件".
    re: new RegExp(`(${ACT})((?:(?!${ACT})${CLAUSE}){0,12}?)(规章|规范性文件)(?:共|计|共计|为)?${NUM}[件部个份]`, 'g'),
    cells: (m) => [[`${m[3] === '规章' ? 'regulations' : 'normative'}.${ACTS[m[1]!]}`]],
    value: 4,
  },
  {
    table: 'reviews',
    re: new RegExp(`行政复议(?:申请|案件)?(?:共|计|共计)?${NUM}[起件宗个]`, 'g'),
    cells: () => [['review.total']],
    value: 1,
  },
  {
    table: 'reviews',
    re: new RegExp(`行政诉讼(?:案件)?(?:共|计|共计)?${NUM}[起件宗个]`, 'g'),
    cells: () => [['suit_direct.total', 'suit_after_review.total']],
    value: 1,
  },
  {
    table: 'applications',
    re: new RegExp(`收到${CLAUSE}{0,16}?申请(?:共|计|共计)?${NUM}件`, 'g'),
    cells: () => received('total'),
    value: 1,
  },
  {
    table: 'applications',
    re: new RegExp(`收到(?:各类)?${NUM}件${CLAUSE}{0,8}?申请`, 'g'),
    cells: () => received('total'),
    value: 1,
  },
  {
    table: 'applications',
    re: new RegExp(`办结(?:申请)?(?:共|计|共计)?${NUM}件`, 'g'),
    cells: () => [['results.total']],
    value: 1,
  },
  {
    table: 'applications',
    re: new RegExp(`${NUM}件结转|结转${CLAUSE}{0,10}?${NUM}件`, 'g'),
    cells: () => [['carried_out.total']],
    value: -1,
  },
  {
    table: 'applications',
    re: new RegExp(`(${Object.keys(APPLICANTS).join('|')})(?:申请)?${NUM}件`, 'g'),
    cells: (m) => received(APPLICANTS[m[1]!]!),
    value: 2,
  },
];

/** Figures in the text outside the given normalised spans (the tables themselves). */
export function findFigures(nt: NormText, exclude: readonly { start: number; end: number }[]): NarrativeFigure[] {
  let text = nt.text;
  for (const s of exclude) text = text.slice(0, s.start) + '■'.repeat(s.end - s.start) + text.slice(s.end);
  const out: NarrativeFigure[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const cells = p.cells(m as RegExpExecArray);
      const digits = p.value >= 0 ? m[p.value] : m.slice(1).find((g) => g !== undefined);
      if (!cells || !digits) continue;
      const start = m.index;
      const end = start + m[0].length;
      out.push({
        table: p.table,
        alternatives: cells,
        value: Number(digits),
        text: sourceSlice(nt, start, end),
        span: sourceSpan(nt, start, end),
        used: false,
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

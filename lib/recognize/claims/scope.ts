// Whose figure a sentence gives. A government's report may quote what its office handled on its
// behalf (洪泽 2024: "区政府办代表区政府受理…17件" while table 三 shows 95); an office's report may
// quote a county-wide figure. Such figures are questions, not contradictions.

import type { ClaimContext, ClaimScope } from './types';

type OrganKind = 'office' | 'government' | 'other';

function organKind(ctx: ClaimContext): OrganKind {
  const name = ctx.organ ?? ctx.title ?? '';
  if (/办公室|办公厅|政府办/.test(name)) return 'office';
  // A bare area name (平潭综合实验区) is the area's government.
  if (/人民政府|管委会|管理委员会|政府$|(?:省|市|州|盟|县|区|旗|乡|镇|街道)$/.test(name)) return 'government';
  return 'other';
}

const ON_BEHALF = /代表(?:省|市|州|盟|县|区|旗|乡|镇)?(?:人民)?政府|代表管委会|受.{1,6}委托/;
const OFFICE = /办公室|办公厅|政府办|本办|我办|本机关|本单位|本部门/;
const AREA_WIDE = /全(?:省|市|州|盟|县|区|旗|乡|镇)|各级|各部门|各单位|各乡镇|各街道|系统内/;

/** "按照省政府办公厅相关工作要求" names who asked, not who counted. */
const BY_ORDER_OF = /(?:按照|根据|依据|依照|落实)[^,]*?(?:要求|规定|通知|部署|精神)/g;

/**
 * The words that may name who counted: the clause of the figure up to its phrase, and the
 * sentence's opening clause when it is short ("2024年,区政府办代表区政府,受理…").
 */
export function subjectOf(sentence: string, clauseStart: number, at: number): string {
  const opening = sentence.slice(0, sentence.search(/,|$/));
  const lead = clauseStart > 0 && opening.length <= 16 ? `${opening},` : '';
  return `${lead}${sentence.slice(clauseStart, at)}`.replace(BY_ORDER_OF, '');
}

/** @param subject what subjectOf gives */
export function scopeOf(subject: string, ctx: ClaimContext): ClaimScope {
  if (ON_BEHALF.test(subject)) return 'part';
  const kind = organKind(ctx);
  if (kind === 'government' && OFFICE.test(subject)) return 'part';
  if (kind !== 'government' && AREA_WIDE.test(subject)) return 'wider';
  return 'report';
}

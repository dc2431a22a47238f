// Whose figure a sentence gives. A government's report may quote what its office handled on its
// behalf (洪泽 2024: "区政府办代表区政府受理…17件" while table 三 shows 95); an office's report may
// quote a county-wide figure. Such figures are questions, not contradictions.

import type { ClaimContext, ClaimScope } from './types';

type OrganKind = 'office' | 'government' | 'other';

function organKind(ctx: ClaimContext): OrganKind {
  const name = ctx.organ ?? ctx.title ?? '';
  if (/办公室|办公厅|政府办/.test(name)) return 'office';
  if (/人民政府|管委会|管理委员会|政府$/.test(name)) return 'government';
  return 'other';
}

const ON_BEHALF = /代表|受.{1,6}委托/;
const OFFICE = /办公室|办公厅|政府办|本办|我办|本机关|本单位|本部门/;
const AREA_WIDE = /全(?:省|市|州|盟|县|区|旗|乡|镇)|各级|各部门|各单位|各乡镇|各街道|系统内/;

/** @param subject the sentence text before the figure's phrase */
export function scopeOf(subject: string, ctx: ClaimContext): ClaimScope {
  if (ON_BEHALF.test(subject)) return 'part';
  const kind = organKind(ctx);
  if (kind === 'government' && OFFICE.test(subject)) return 'part';
  if (kind !== 'government' && AREA_WIDE.test(subject)) return 'wider';
  return 'report';
}

// Title, year, organ and statistical period (spec §1, §3.3).

import { normalizeText } from '../standard/normalize';
import { extractPeriodYears } from './claims/period';

const REPORT_TITLE = /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|政府信息公开情况的报告/;

export interface Meta {
  title: string | null;
  year: number | null;
  organ: string | null;
  periodYears: number[];
}

/** Drop a CMS suffix such as "_政府信息公开年报_XX人民政府" or " - XX人民政府". */
function cleanMetaTitle(t: string): string {
  const parts = t.split(/\s*[_|｜]\s*|\s+[-—]\s+/);
  return (parts.find((p) => REPORT_TITLE.test(p)) ?? parts[0] ?? t).trim();
}

/** The title as printed: one line, or an organ line followed by "2023 年…年度报告". */
function titleFromText(lines: string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    // A crawler's metadata line ("标题: …") carries the title too.
    const line = lines[i]!.trim().replace(/^(?:标题|题名|名称)\s*[:：]\s*/, '');
    if (!REPORT_TITLE.test(line) || line.length > 60 || /[。；]/.test(line)) continue;
    const prev = i > 0 ? lines[i - 1]!.trim() : '';
    if (/^\d{4}\s*年/.test(line) && prev && prev.length <= 30 && !/[。，；：:]/.test(prev)) return (prev + line).replace(/\s+/g, '');
    return line.replace(/\s+/g, '');
  }
  return null;
}

export function readMeta(metaTitle: string | null | undefined, lines: string[], narrative: string): Meta {
  const fromText = titleFromText(lines);
  const fromMeta = metaTitle ? cleanMetaTitle(metaTitle) : null;
  const title = fromText ?? (fromMeta && REPORT_TITLE.test(fromMeta) ? fromMeta.replace(/\s+/g, '') : null);
  const periodYears = extractPeriodYears(narrative);
  const intro = /现将\s*([^\d，。,]{2,40}?)\s*(\d{4})\s*年(?:度)?\s*政府信息公开/u.exec(normalizeText(narrative));
  const titleYear = title ? /(\d{4})\s*年/.exec(title) : null;
  const year = titleYear ? Number(titleYear[1]) : intro ? Number(intro[2]) : (periodYears[0] ?? null);
  let organ: string | null = null;
  if (title) {
    const m = /^(?:关于)?(.+?)(?:\d{4})\s*年/.exec(title);
    organ = m?.[1]?.trim() || null;
  }
  if (!organ && intro) organ = intro[1]!.trim();
  return { title, year, organ, periodYears };
}

export const looksLikeReportTitle = (s: string): boolean => REPORT_TITLE.test(normalizeText(s).replace(/\s+/g, ''));

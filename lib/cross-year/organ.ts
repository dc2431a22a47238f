// Whether two reports come from the same publishing body. Organ names are read from titles and
// vary in small ways between years and sources: spacing, punctuation, full-width brackets, a
// city prefix one year and not the next (淮安市洪泽区人民政府 / 洪泽区人民政府). Different bodies
// of one place differ in their last words (静乐县人民政府 / 静乐县人民政府办公室 / 静乐县财政局)
// and stay apart.

/** Administrative divisions that may be prefixed to a body's name, outermost first. */
const DIVISIONS = /^(?:[\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|省|市|州|盟|县|区|旗))+$/u;

/** Names too generic to tell bodies apart on their own (a title that lost its place name). */
const GENERIC = new Set(['人民政府', '人民政府办公室', '人民政府办公厅', '政府', '政府办公室', '政府办', '管委会', '管理委员会', '办公室', '办公厅']);

/** Spacing, punctuation and leftovers of the title ("关于…的") dropped. */
export function normalizeOrgan(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000·•・、，,。.:：;；"'“”‘’《》〈〉<>()（）[\]【】{}_\-—–]/g, '')
    .replace(/^关于/, '')
    .replace(/(?:关于|的)$/, '');
}

/**
 * Same body: equal names once normalised, or one name is the other with administrative divisions
 * in front (a city before a district), the shorter being specific enough to stand alone.
 */
export function sameOrgan(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const x = normalizeOrgan(a);
  const y = normalizeOrgan(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (!long.endsWith(short) || short.length < 4 || GENERIC.has(short)) return false;
  return DIVISIONS.test(long.slice(0, long.length - short.length));
}

/**
 * The title of a report itself, nothing around it but a note in brackets, a date or a file
 * extension: "XX召开…年度报告编制培训会", "关于印发…年度报告的通知" or "…年度报告解读" are not reports.
 */
const REPORT_TITLE =
  /^(?:关于)?(.*?)(20\d{2})年(?:度)?(?:的)?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)》?(?:[([【][^)\]】]{0,24}[)\]】])?(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)?(?:\.(?:pdf|docx?|wps|html?))?$/iu;
/** Words of a page about a report rather than the report. */
const ABOUT_A_REPORT = /图解|解读|一图|读懂|召开|印发|转发|培训|通知|公告|答记者问/u;

/** Organ and year as a report's title or a listing's link text names them: "静乐县财政局2023年政府信息公开工作年度报告". */
export function organAndYear(title: string): { organ: string | null; year: number } | null {
  const t = title.normalize('NFKC').replace(/\s+/g, '');
  const m = REPORT_TITLE.exec(t);
  if (!m || ABOUT_A_REPORT.test(m[1]!)) return null;
  const organ = normalizeOrgan(m[1]!);
  return { organ: organ || null, year: Number(m[2]) };
}

// The cheap test run on every gov.cn page: does the title or a heading name an information-
// disclosure annual report, and does the page carry labels of the standard tables? No table
// parsing. Labels of all three tables count, so a report whose table 三 is a picture still counts;
// a false positive costs one audit that then says "not a report" and shows nothing.

const TITLE = /政府信息公开.{0,12}(年度报告|年报)/;
/** Labels of the standard tables that only a report (or a page quoting one) prints. */
const LABELS = ['本年新收', '申请人情况', '上年结转', '予以公开', '第二十条第', '本年制发件数', '本年处理决定数量', '未经复议直接起诉', '复议后起诉'];
const MIN_LABELS = 2;

function titleCandidates(doc: Document): string[] {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="ArticleTitle" i]')?.content ?? '';
  const headings = [...doc.querySelectorAll('h1, h2, h3')].slice(0, 12).map((h) => h.textContent ?? '');
  return [doc.title, meta, ...headings];
}

export function looksLikeReport(doc: Document): boolean {
  const titled = titleCandidates(doc).some((s) => TITLE.test(s.replace(/\s+/g, '')));
  if (!titled) return false;
  const text = doc.body?.textContent ?? '';
  return LABELS.filter((label) => text.includes(label)).length >= MIN_LABELS;
}

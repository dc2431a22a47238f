// The cheap test run on every gov.cn page: does the title or a heading name an information-
// disclosure annual report, and does the page carry labels of the standard tables? No table
// parsing. Labels of all three tables count, so a report whose table 三 is a picture still counts;
// a false positive costs one audit that then says "not a report" and shows nothing.
// Ordinary pages pay for the title test only; on a title match the page's text is scanned
// in pieces and the scan stops as soon as enough labels are seen.

import { REPORT_WORDS, titlesOf } from './names';

const DISCLOSURE_WORDS = '政府信息公开';
/** At most this many characters between 政府信息公开 and 年度报告 or 年报. */
const GAP = 12;

/** A title naming an information-disclosure annual report: 政府信息公开, then 年度报告 or 年报 at most GAP characters on. */
export function namesReport(title: string): boolean {
  for (let at = title.indexOf(DISCLOSURE_WORDS); at >= 0; at = title.indexOf(DISCLOSURE_WORDS, at + 1)) {
    const after = at + DISCLOSURE_WORDS.length;
    const near = (w: string) => {
      const found = title.indexOf(w, after);
      return found >= 0 && found - after <= GAP;
    };
    if (REPORT_WORDS.some(near)) return true;
  }
  return false;
}

/** Labels of the standard tables that only a report (or a page quoting one) prints. */
const LABELS = ['本年新收', '申请人情况', '上年结转', '予以公开', '第二十条第', '本年制发件数', '本年处理决定数量', '未经复议直接起诉', '复议后起诉'];
const MIN_LABELS = 2;
/** Text scanned per step; the longest label is kept across steps, so none is cut in two. */
const CHUNK = 8192;
const OVERLAP = Math.max(...LABELS.map((l) => l.length)) - 1;
// NodeFilter's constant (the global is missing where tests pass a jsdom document).
const SHOW_TEXT = 4;

/** Whether at least `min` labels occur in the body's text (as in its textContent), reading no further than needed. */
function hasLabels(doc: Document, min: number): boolean {
  const root = doc.body;
  if (!root) return false;
  const seen = new Set<string>();
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let buffer = '';
  const scan = () => {
    for (const label of LABELS) if (!seen.has(label) && buffer.includes(label)) seen.add(label);
    buffer = buffer.slice(-OVERLAP);
    return seen.size >= min;
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    buffer += (n as Text).data;
    if (buffer.length >= CHUNK && scan()) return true;
  }
  return scan();
}

export function looksLikeReport(doc: Document): boolean {
  const titled = titlesOf(doc).some(namesReport);
  return titled && hasLabels(doc, MIN_LABELS);
}

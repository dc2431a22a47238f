// Text of DOM regions: whitespace collapsed (&nbsp; and the ideographic space count as spaces),
// zero-width characters dropped, line pieces joined without a space between two CJK characters.

import { BLOCK_TAGS, isNonText, tagOf, walk } from './dom';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** One line: every whitespace run (JS \s covers U+00A0 and U+3000) becomes one space, trimmed. */
export function collapseSpace(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

/**
 * Join the lines of a cell. Between two CJK characters no space ("商业" + "企业" → "商业企业",
 * "结果" + "维持" → "结果维持"); otherwise one space, so digits in separate paragraphs stay apart.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out !== '' && !(CJK.test(out[out.length - 1]!) && CJK.test(line[0]!))) out += ' ';
    out += line;
  }
  return out;
}

/**
 * The text of a table cell (or any small region): textContent of its visible parts, with <br>
 * and block-level children as line breaks, then lines joined by joinLines.
 */
export function regionText(el: Element): string {
  const parts: string[] = [];
  walk(el, {
    enter(e) {
      if (e !== el && isNonText(e)) return false;
      const tag = tagOf(e);
      if (tag === 'br') parts.push('\n');
      else if (e !== el && BLOCK_TAGS.has(tag)) parts.push('\n');
      return true;
    },
    exit(e) {
      if (e !== el && BLOCK_TAGS.has(tagOf(e))) parts.push('\n');
    },
    text(data) {
      parts.push(data);
    },
  });
  return joinLines(parts.join('').split('\n').map(collapseSpace));
}

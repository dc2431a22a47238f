// Character-level cleanup and joining rules shared by lines, paragraphs and cells.

import { mapKangxi } from '../../standard/normalize';

const CJK = '\\u2E80-\\u2FDF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3200-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u2014-\\u2026\\uFE10-\\uFE1F\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');
const VERTICAL_FORMS = /[\uFE10-\uFE19\uFE30-\uFE4F]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200B\u3000\uFEFF]/g;

/** Kangxi radicals and vertical presentation forms to ordinary characters; no space between CJK. */
export function cleanText(s: string): string {
  return mapKangxi(s)
    .replace(VERTICAL_FORMS, (ch) => ch.normalize('NFKC'))
    .replace(ODD_SPACES, ' ')
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(/\s+/g, ' ');
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Whether two pieces printed apart need a space between them: only Latin or digit on both sides. */
export function needsSpace(before: string, after: string): boolean {
  return LATIN_END.test(before) && LATIN_START.test(after);
}

/** Join pieces of one cell or paragraph read on successive lines. */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    out += out && needsSpace(out, line) ? ` ${line}` : line;
  }
  return out;
}

const NUMBER = /^[-+]?(\d[\d,，]*(\.\d+)?|\.\d+)%?$/;
const PLACEHOLDER = /^([—–\-－/／\\无]|——)$/;

/** A table value: a number or a blank placeholder ("—", "/", "无"). */
export function isValueToken(s: string): boolean {
  const t = s.trim();
  return NUMBER.test(t) || PLACEHOLDER.test(t);
}

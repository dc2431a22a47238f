// Putting a finding into words: its rule's message template, filled with its data named in the
// reader's language, plus the notes on its suspect cell and on why it is only a question.

import type { Finding } from '../audit/schema';
import type { Doubt } from '../model/doubt';
import { ruleById, type RuleFinding } from '../rules/index';
import type { FindingData } from '../rules/types';
import type { TableId } from '../standard/tables';
import { renderDoubt } from './doubts';
import { format, type Lang, type MessageData, type MessageValue } from './format';
import { cellName, sectionName, sectionTitle, tableName, tableTitle } from './names';

/** What a finding needs to be worded: the audit JSON's findings carry the same fields. */
export type WordableFinding = Pick<RuleFinding, 'rule' | 'messageId' | 'data' | 'suspect' | 'softened'>;

const NOTES = {
  suspect: { zh: '；最可能出错的单元格：{cell}', en: '; most likely wrong: {cell}' },
  'poor-reading': { zh: '（原文未能可靠读取，此项仅供参考）', en: ' (the document could not be read reliably; for reference only)' },
  'tables-unsure': { zh: '（{tables}未能可靠读取，此项仅供参考）', en: ' ({tables} could not be read reliably; for reference only)' },
  'no-doubt': { zh: '原因未知', en: 'reason unknown' },
} as const;

/** The finding's data with tables, sections, cells and doubts named in the language. */
function named(data: RuleFinding['data'], lang: Lang): MessageData {
  const out: Record<string, MessageValue> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined) continue;
    if (k === 'doubts') {
      const doubts = v as Doubt[];
      out.doubts = doubts.length ? doubts.map((d) => renderDoubt(d, lang)).join(lang === 'zh' ? '；' : '; ') : NOTES['no-doubt'][lang];
    } else if (k === 'table') {
      out.table = tableName(v as TableId, lang);
      out.tableTitle = tableTitle(v as TableId, lang);
    } else if (k === 'section') {
      out.section = v as number;
      out.sectionName = sectionName(v as number, lang);
      out.sectionTitle = sectionTitle(v as number);
    } else if (k === 'cell') out.cell = cellName(v as string, lang);
    else out[k] = v as MessageValue;
  }
  return out;
}

/**
 * The finding in words. `suspect: false` leaves out the note on the suspect cell, for front ends
 * that show that cell on a line of its own (the panel).
 */
export function renderFinding(f: WordableFinding, lang: Lang, opts: { suspect?: boolean } = {}): string {
  const rule = ruleById(f.rule);
  const key = f.messageId.slice(f.messageId.indexOf('.') + 1);
  const template = rule?.messages[key]?.[lang] ?? rule?.messages.default?.[lang] ?? f.messageId;
  let text = format(template, named(f.data, lang), lang);
  if (f.suspect && opts.suspect !== false) text += format(NOTES.suspect[lang], { cell: cellName(f.suspect, lang) }, lang);
  if (f.softened?.reason === 'poor-reading') text += NOTES['poor-reading'][lang];
  if (f.softened?.reason === 'tables-unsure') text += format(NOTES['tables-unsure'][lang], { tables: f.softened.tables.map((t) => tableName(t, lang)) }, lang);
  return text;
}

/** A question for the reader (to look at), not a fault of the report: never worded as one. */
export const isQuestion = (f: Finding): boolean => f.outcome === 'review' || f.severity === 'info' || f.softened !== undefined;

/** A finding of the audit JSON in words: from its data when it has them, else its stored message. */
export function auditFindingText(f: Finding, lang: Lang, opts: { suspect?: boolean } = {}): string {
  if (!f.messageId) return f.message;
  const data = (f.data ?? {}) as FindingData;
  return renderFinding({ rule: f.rule, messageId: f.messageId, data, suspect: f.suspect, softened: f.softened }, lang, opts);
}

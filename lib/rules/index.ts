// Every rule, and running them over a recognised report: checks, suspect-cell localisation,
// messages in the chosen language, and a stable order (severity, then rule, then as found).

import type { Finding, Severity } from '../audit/schema';
import type { RecognizedReport } from '../model/report';
import { blankAsZero } from './blank-as-zero';
import { cellBlank } from './cell-blank';
import { cellInvalid } from './cell-invalid';
import { impliedStock } from './implied-stock';
import { labelMismatch } from './label-mismatch';
import { needsReview } from './needs-review';
import { periodMismatch } from './period-mismatch';
import { regulationsScope } from './regulations-scope';
import { sectionMissing } from './section-missing';
import { structureVariant } from './structure-variant';
import { localiseSuspects, type Checked } from './suspect';
import { doubtfulTables, tablesOf } from './confidence';
import { TABLE_NAME, TABLE_NAME_EN } from './cells';
import type { TableId } from '../standard/tables';
import { t3Balance } from './t3-balance';
import { t3ResultsTotal } from './t3-results-total';
import { t3RowTotal } from './t3-row-total';
import { t4Total } from './t4-total';
import { tableEmpty } from './table-empty';
import { tableMissing } from './table-missing';
import { textTableMismatch } from './text-table-mismatch';
import { renderMessage, type Lang, type Rule } from './types';

export type { Lang, Rule } from './types';

/** The contract's rules in the order of audit-json.md, then the advisory (info) ones. */
export const RULES: readonly Rule[] = [
  sectionMissing,
  tableMissing,
  tableEmpty,
  cellBlank,
  cellInvalid,
  t3Balance,
  t3RowTotal,
  t3ResultsTotal,
  t4Total,
  labelMismatch,
  structureVariant,
  textTableMismatch,
  periodMismatch,
  needsReview,
  blankAsZero,
  regulationsScope,
  impliedStock,
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const SUSPECT_NOTE = { zh: '；最可能出错的单元格：{suspect}', en: '; most likely wrong cell: {suspectRef}' };

export function runRules(report: RecognizedReport, lang: Lang = 'zh', rules: readonly Rule[] = RULES): Finding[] {
  const checked: (Checked & { meta: Rule; order: number })[] = [];
  rules.forEach((rule, order) => {
    for (const raw of rule.check(report)) checked.push({ rule: rule.id, raw, meta: rule, order });
  });
  localiseSuspects(checked);
  const doubtful = doubtfulTables(report);
  const findings = checked.map(({ meta, raw, order }, i) => {
    let message = renderMessage(meta, raw, lang);
    if (raw.suspect) message += renderMessage({ ...meta, messages: { default: SUSPECT_NOTE } }, { ...raw, variant: 'default' }, lang);
    const finding: Finding = { rule: meta.id, severity: raw.severity ?? meta.severity, message, cells: raw.cells };
    if (raw.expected !== undefined) finding.expected = raw.expected;
    if (raw.actual !== undefined) finding.actual = raw.actual;
    if (raw.suspect !== undefined) finding.suspect = raw.suspect;
    const unsure = VALUE_RULES.has(meta.id) ? tablesOf(raw.cells).filter((id) => doubtful.has(id)) : [];
    if (finding.severity !== 'info' && unsure.length > 0) soften(finding, UNSURE_NOTE[lang](unsure));
    return { finding, order, i };
  });
  if (report.poorReading) for (const f of findings) softenCompleteness(f.finding, lang);
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.order - b.order || a.i - b.i,
  );
  return findings.map((f) => f.finding);
}

/** Rules that accuse the document of lacking something; unreliable when the reading was poor. */
const COMPLETENESS = new Set(['section-missing', 'table-missing', 'table-empty', 'cell-blank', 'structure-variant']);
const POOR_NOTE = { zh: '（原文未能可靠读取，此项仅供参考）', en: ' (the source could not be read reliably; for reference only)' };

function softenCompleteness(f: Finding, lang: Lang): void {
  if (!COMPLETENESS.has(f.rule) || f.severity === 'info') return;
  soften(f, POOR_NOTE[lang]);
}

/** Rules whose evidence is cell values (labels and rows are evidence of their own). */
const VALUE_RULES = new Set(['table-empty', 'cell-blank', 'cell-invalid', 't3-balance', 't3-row-total', 't3-results-total', 't4-total', 'text-table-mismatch']);

const UNSURE_NOTE: Record<Lang, (ids: TableId[]) => string> = {
  zh: (ids) => `（${ids.map((id) => TABLE_NAME[id]).join('、')}未能可靠读取，此项仅供参考）`,
  en: (ids) => ` (${ids.map((id) => TABLE_NAME_EN[id]).join(', ')} could not be read reliably; for reference only)`,
};

/** A finding we cannot stand behind: a question for the reader, not a fault of the publisher. */
function soften(f: Finding, note: string): void {
  f.severity = 'info';
  f.message += note;
}

// The audit JSON of one document (shared/spec/audit-json.md): the report's fields, its six
// sections, the three tables' cells and the findings. Its type is the zod contract's; the
// contract itself is checked where an audit is read across a boundary (a worker thread's
// message, an extension message, a JSON Lines file), not here, so the engine does not load zod.

import type { SourceInfo } from '../model/document';
import type { RecognizedReport } from '../model/report';
import { usableNumber } from '../rules/cells';
import { renderFinding } from '../i18n/findings';
import type { ReportFigures } from '../model/figures';
import { whyNotComparable } from '../cross-year/pair';
import { runCrossYear, runRules, sortFindings, type RuleFinding } from '../rules/index';
import type { Lang } from '../rules/types';
import { SECTIONS } from '../standard/sections';
import { CELL_KEYS, TABLE_IDS, type TableId } from '../standard/tables';
import type { AuditResult, Finding, PreviousInfo } from './schema';

type Tables = AuditResult['tables'];

function sourceOf(source: SourceInfo): AuditResult['source'] {
  return { kind: source.kind, name: source.name, ...(source.url !== undefined && { url: source.url }) };
}

function emptyTables(): Tables {
  const table = (id: TableId) => ({ found: false, cells: Object.fromEntries(CELL_KEYS[id].map((k) => [k, null])) });
  return { active: table('active'), applications: table('applications'), reviews: table('reviews') };
}

/** A cell's value is a number only when the rules could use it; blanks, junk and absent cells are null. */
function tablesOf(report: RecognizedReport): Tables {
  const out = emptyTables();
  for (const id of TABLE_IDS) {
    const t = report.tables[id];
    out[id].found = t.found;
    if (!t.found) continue;
    for (const k of CELL_KEYS[id]) out[id].cells[k] = usableNumber(id, k, t.cells[k]);
  }
  return out;
}

function sectionsOf(report: RecognizedReport | null): AuditResult['sections'] {
  return SECTIONS.map((def) => {
    const hit = report?.sections.find((s) => s.no === def.no);
    const found = hit?.found ?? false;
    return { no: def.no, key: def.key, found, title: found ? (hit?.title ?? null) : null };
  });
}

/** A finding of the contract: the data, and its message in the chosen language. */
export function findingOf(f: RuleFinding, lang: Lang): Finding {
  const { rule, severity, cells, expected, actual, suspect, outcome, messageId, data, softened } = f;
  return {
    rule,
    severity,
    message: renderFinding(f, lang),
    cells,
    ...(expected !== undefined && { expected }),
    ...(actual !== undefined && { actual }),
    ...(suspect !== undefined && { suspect }),
    outcome,
    messageId,
    data: { ...data },
    ...(softened && { softened }),
  };
}

export function buildAudit(report: RecognizedReport | null, source: SourceInfo, opts: { lang: Lang }): AuditResult {
  return report
    ? {
        source: sourceOf(source),
        report: { title: report.title, year: report.year, organ: report.organ, format: report.format },
        sections: sectionsOf(report),
        tables: tablesOf(report),
        findings: runRules(report).map((f) => findingOf(f, opts.lang)),
      }
    : { source: sourceOf(source), report: null, sections: sectionsOf(null), tables: emptyTables(), findings: [] };
}

/**
 * This year's audit with the cross-year findings against `previous` (last year's report of the
 * same body, or null when that could not be read as a report). Both the one-document audit and
 * the checker's pairs among many documents come here, so they give the same result.
 */
export function withPrevious(result: AuditResult, current: ReportFigures, previous: ReportFigures | null, previousSource: SourceInfo, opts: { lang: Lang; given?: boolean }): AuditResult {
  const why = whyNotComparable(current, previous, opts.given ?? true);
  const info: PreviousInfo = {
    source: sourceOf(previousSource),
    year: previous?.year ?? null,
    organ: previous?.organ ?? null,
    compared: why === null,
    ...(why !== null && { reason: why }),
  };
  const added = why === null && previous ? runCrossYear({ current, previous }).map((f) => findingOf(f, opts.lang)) : [];
  return { ...result, findings: sortFindings([...result.findings, ...added]), previous: info };
}

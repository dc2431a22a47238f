// Human-readable output for one audited document.

import type { AuditResult, Finding, Severity } from '../audit/schema';
import type { Lang } from '../i18n/format';
import { cellName, tableName } from '../i18n/names';
import { SECTIONS } from '../standard/sections';
import { TABLE_IDS, TABLE_TITLES } from '../standard/tables';
import { verdictOf } from '../messages/verdict';
import { messages } from './messages';
import { displayWidth, printable, type Style } from './style';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const MAX_CELLS_SHOWN = 6;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

export function renderReport(result: AuditResult, notes: readonly string[], lang: Lang, st: Style): string {
  const m = messages(lang);
  const out: string[] = [];
  out.push(m.field(st.bold(m.file), m.paren(printable(result.source.name), m.kinds[result.source.kind])));

  if (!result.report) {
    out.push('', m.field(st.bold(m.verdict), st.yellow(m.notReport)));
    return out.join('\n') + '\n';
  }

  const r = result.report;
  out.push(m.field(st.bold(m.title), r.title !== null ? printable(r.title) : st.dim(m.none)));
  out.push(
    m.field(st.bold(m.year), String(r.year ?? st.dim(m.none))) + m.gap + m.field(st.bold(m.organ), r.organ !== null ? printable(r.organ) : st.dim(m.none)),
  );
  out.push(m.field(st.bold(m.format), m.formats[r.format]));
  const p = result.previous;
  if (p) {
    const said = p.compared
      ? m.previousCompared(printable(p.source.name), p.year, p.organ && printable(p.organ))
      : m.paren(m.previousNotCompared[p.reason ?? 'not-a-report'], printable(p.source.name));
    out.push(m.field(st.bold(m.previous), p.compared ? said : st.yellow(said)));
  }

  out.push('', st.bold(m.sections));
  for (const s of result.sections) {
    const official = SECTIONS[s.no - 1]!.title;
    out.push(s.found ? `  ${st.green('✓')} ${printable(s.title ?? official)}` : `  ${st.red('✗')} ${official}  ${st.red(m.sectionMissing)}`);
  }

  out.push('', st.bold(m.tables));
  for (const id of TABLE_IDS) {
    const t = result.tables[id];
    const name = `${tableName(id, lang)} ${TABLE_TITLES[id]}`;
    const values = Object.values(t.cells);
    const filled = values.filter((v) => v !== null).length;
    const old = id === 'active' && result.report?.format === '2019';
    out.push(
      t.found
        ? `  ${st.green('✓')} ${name}  ${st.dim(m.tableFound(filled, values.length))}`
        : old
          ? `  ${st.dim('–')} ${name}  ${st.dim(m.table2019)}`
          : `  ${st.red('✗')} ${name}  ${st.red(m.tableMissing)}`,
    );
  }

  out.push('', st.bold(m.findings));
  if (result.findings.length === 0) out.push(`  ${m.noFindings}`);
  const paint = { error: st.red, warning: st.yellow, info: st.cyan };
  const mark = { error: '✗', warning: '!', info: 'i' };
  for (const sev of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    out.push(`  ${paint[sev](m.paren(m.severities[sev], group.length))}`);
    for (const f of group) out.push(...renderFinding(f, paint[sev](mark[sev]), lang, st));
  }

  if (notes.length > 0) {
    out.push('', st.bold(m.notes));
    for (const n of notes) out.push(`  · ${printable(n)}`);
  }

  out.push('', m.field(st.bold(m.verdict), verdict(result, lang, st)));
  return out.join('\n') + '\n';
}

function renderFinding(f: Finding, mark: string, lang: Lang, st: Style): string[] {
  const m = messages(lang);
  const lines = [`    ${mark} ${printable(f.message)} ${st.dim(`[${f.rule}]`)}`];
  // A question (a finding the reader was unsure of) states no expected value: it accuses no one.
  const ea = f.outcome === 'review' ? '' : m.expectedActual(f.expected, f.actual);
  if (ea) lines.push(`      ${ea}`);
  if (f.cells.length > 0) {
    const shown = f.cells.slice(0, MAX_CELLS_SHOWN).map((c) => cellName(c, lang));
    const head = m.field(m.cells, '');
    lines.push(`      ${head}${shown[0]}`);
    for (const c of shown.slice(1)) lines.push(`      ${' '.repeat(displayWidth(head))}${c}`);
    if (f.cells.length > MAX_CELLS_SHOWN) lines.push(`      ${st.dim(m.moreCells(f.cells.length))}`);
  }
  return lines;
}

/** The verdict of lib/messages/verdict.ts, worded (the badge and the popup say the same). */
export function verdict(result: AuditResult, lang: Lang, st: Style): string {
  const m = messages(lang);
  const n = countBySeverity(result.findings);
  switch (verdictOf(result)) {
    case 'errors':
      return st.red(m.verdictErrors(n.error, n.warning));
    case 'review':
      return st.yellow(m.verdictReview(n.warning));
    case 'warnings':
      return st.yellow(m.verdictWarnings(n.warning));
    case 'clean':
      return st.green(m.verdictClean);
    case 'not-report':
      return st.yellow(result.report ? m.verdictOldFormat : m.notReport);
  }
}

// The summary table printed when several documents were audited.

import type { Lang } from '../node/errors';
import { messages } from './messages';
import { countBySeverity } from './report';
import type { Outcome } from './run';
import { displayWidth, padEnd, printable, type Style } from './style';

export function renderSummary(outcomes: readonly Outcome[], lang: Lang, st: Style): string {
  const m = messages(lang);
  const paint = { ok: st.green, errors: st.red, 'not-a-report': st.yellow, 'input-error': st.red, 'internal-error': st.red };
  const rows = outcomes.map((o) => {
    const n = o.result ? countBySeverity(o.result.findings) : null;
    const report = o.result?.report;
    const count = (k: 'error' | 'warning' | 'info') => (n && report ? String(n[k]) : '');
    return {
      cells: [printable(o.input), m.status[o.status], count('error'), count('warning'), count('info'), String(report?.year ?? ''), printable(report?.organ ?? '')],
      status: o.status,
      error: o.error === null ? null : printable(o.error),
    };
  });
  const header = m.summaryHeader;
  const widths = header.map((h, i) => Math.max(...[h, ...rows.map((r) => r.cells[i]!)].map((s) => displayWidth(s))));
  // Pad before colouring, so escape codes do not upset the widths.
  const line = (cells: string[], paintVerdict: (s: string) => string = (s) => s) =>
    cells
      .map((c, i) => (i === 1 ? paintVerdict(padEnd(c, widths[i]!)) : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [st.bold(line([...header])), st.dim(widths.map((w) => '─'.repeat(w)).join('  '))];
  for (const r of rows) {
    out.push(line(r.cells, paint[r.status]));
    if (r.error) out.push(`  ${st.dim(r.error)}`);
  }
  const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length;
  out.push(
    '',
    m.summaryTotal(outcomes.length, count('errors'), count('input-error') + count('internal-error'), count('not-a-report')),
    st.dim(m.detailsHint),
  );
  return out.join('\n') + '\n';
}

// The listing frame's model: each listed report and what its audit gave, the chip it shows, its
// summary row, and the previous-year report of the same organ on the listing.

import type { AuditResult } from '@/lib/audit/schema';
import { sameOrgan } from '@/lib/cross-year/organ';
import type { SummaryRow, SummaryVerdict } from '@/lib/export/summary';
import type { ChipState, ListedLink } from '@/lib/messages/listing';
import { countFindings, verdictOf } from '@/lib/messages/verdict';
import type { ReportFigures } from '@/lib/model/figures';

export interface Entry {
  link: ListedLink;
  /** Listed on the page itself (it has a chip), not on a later page loaded on request. */
  onPage: boolean;
  state: 'idle' | 'queued' | 'running' | 'done' | 'failed';
  result?: AuditResult;
  figures?: ReportFigures | null;
  error?: string;
}

export function chipOf(e: Entry): { state: ChipState; errors?: number; warnings?: number } {
  if (e.state === 'failed') return { state: 'unreadable' };
  if (e.state !== 'done' || !e.result) return { state: e.state === 'running' ? 'running' : 'queued' };
  const counts = countFindings(e.result);
  return { state: verdictOf(e.result), errors: counts.error, warnings: counts.warning };
}

export function verdictOfEntry(e: Entry): SummaryVerdict | null {
  if (e.state === 'failed') return 'unreadable';
  return e.state === 'done' && e.result ? verdictOf(e.result) : null;
}

export function summaryRowOf(e: Entry): SummaryRow {
  const r = e.result;
  const counts = r?.report ? countFindings(r) : null;
  return {
    link: e.link.url,
    organ: r?.report?.organ ?? e.link.organ,
    year: r?.report?.year ?? e.link.year,
    title: r?.report?.title ?? e.link.text,
    verdict: verdictOfEntry(e) ?? 'unreadable',
    errors: counts?.error ?? null,
    warnings: counts?.warning ?? null,
    notes: counts?.info ?? null,
    previous: null,
    crossYear: null,
    error: e.error ?? null,
  };
}

/** The listed report of the same organ one year earlier, by the listing's own link texts. */
export function previousOf(e: Entry, all: readonly Entry[]): Entry | null {
  const candidates = all.filter(
    (p) => p !== e && p.link.year === e.link.year - 1 && (p.link.organ === e.link.organ || sameOrgan(p.link.organ, e.link.organ)),
  );
  return candidates[0] ?? null;
}

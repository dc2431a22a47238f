// The cross-year section: a report against last year's of the same organ (carryover-mismatch,
// in-force-chain), once both are audited; what was compared, or why not.

import { useMemo } from 'preact/hooks';
import { uiLang } from '@/components/i18n';
import { withPrevious } from '@/lib/audit/build';
import type { AuditResult } from '@/lib/audit/schema';
import { uiText } from '@/lib/i18n/ui';
import type { Entry } from './state';

const lang = uiLang();

export function CrossYear({ entry, previous }: { entry: Entry; previous: Entry }) {
  const both = entry.result && previous.result && entry.figures && entry.state === 'done' && previous.state === 'done';
  const result: AuditResult | null = useMemo(
    () => (both ? withPrevious(entry.result!, entry.figures!, previous.figures ?? null, previous.result!.source, { lang }) : null),
    [both, entry, previous],
  );
  const title = uiText('listingCrossYearTitle', lang, { organ: entry.result?.report?.organ ?? entry.link.organ ?? '', year: entry.link.year, prevYear: previous.link.year });
  const found = result?.findings.filter((f) => f.rule === 'carryover-mismatch' || f.rule === 'in-force-chain') ?? [];
  return (
    <section class="cross" data-role="cross-year" data-url={entry.link.url} data-previous={previous.link.url}>
      <h2>{title}</h2>
      {!result && <p>{uiText('listingCrossYearWaiting', lang)}</p>}
      {result?.previous && !result.previous.compared && (
        <p data-compared="false">{uiText('listingCrossYearNotCompared', lang, { reason: result.previous.reason ?? '' })}</p>
      )}
      {result?.previous?.compared && found.length === 0 && <p data-compared="true">{uiText('listingCrossYearNone', lang)}</p>}
      {found.length > 0 && (
        <ul data-compared="true">
          {found.map((f, i) => (
            <li key={i} data-rule={f.rule} data-severity={f.severity} data-cells={f.cells.join(' ')}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

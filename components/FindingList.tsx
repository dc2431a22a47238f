// Findings grouped by severity. Messages and labels come from the audit or the page: rendered as
// text nodes only (JSX text), never as markup.

import type { Finding, Severity } from '../lib/audit/schema';
import { cellLabel } from '../lib/standard/cell-labels';
import { t, type UiKey } from './i18n';

const GROUPS: { severity: Severity; title: UiKey }[] = [
  { severity: 'error', title: 'groupErrors' },
  { severity: 'warning', title: 'groupWarnings' },
  { severity: 'info', title: 'groupInfo' },
];

export interface LocateProps {
  /** Whether the cells of a finding can be shown on the page. */
  canLocate?: (f: Finding) => boolean;
  onLocate?: (f: Finding) => void;
  located?: Finding | null;
}

function FindingItem({ finding, canLocate, onLocate, located }: { finding: Finding } & LocateProps) {
  const f = finding;
  return (
    <li class="nb-finding" data-rule={f.rule} data-severity={f.severity} data-located={located === f ? 'true' : undefined}>
      <p class="nb-message">{f.message}</p>
      {(f.expected !== undefined || f.actual !== undefined) && (
        <p class="nb-numbers">
          {t('expectedActual', { expected: f.expected ?? '—', actual: f.actual ?? '—' })}
        </p>
      )}
      {f.suspect && <p class="nb-suspect">{t('suspectCell', { cell: cellLabel(f.suspect) })}</p>}
      {onLocate && canLocate?.(f) && (
        <button type="button" class="nb-locate" onClick={() => onLocate(f)}>
          {t('locate')}
        </button>
      )}
    </li>
  );
}

export function FindingList({ findings, ...locate }: { findings: Finding[] } & LocateProps) {
  if (findings.length === 0) return <p class="nb-none">{t('noFindings')}</p>;
  return (
    <div class="nb-findings">
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section class={`nb-group nb-group-${severity}`} key={severity}>
            <h3>{t(title, { count: group.length })}</h3>
            <ul>
              {group.map((f, i) => (
                <FindingItem key={i} finding={f} {...locate} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

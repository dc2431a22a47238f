// What the audit verified, for a verdict without errors: the six sections, the three tables and
// the identities that hold, counted from the audit itself (lib/audit/checklist.ts).

import { checklistOf } from '../lib/audit/checklist';
import type { AuditResult } from '../lib/audit/schema';
import { t } from './i18n';

function Item({ ok, text }: { ok: boolean; text: string }) {
  return (
    <li data-ok={ok}>
      <span class="nb-check" aria-hidden="true">
        {ok ? '✓' : '–'}
      </span>
      {text}
    </li>
  );
}

export function Checklist({ result }: { result: AuditResult }) {
  const { sections, tables, identities } = checklistOf(result);
  return (
    <section class="nb-checklist" aria-labelledby="nb-checklist-heading">
      <h2 id="nb-checklist-heading">{t('checklistHeading')}</h2>
      <ul>
        <Item ok={sections.found === sections.total} text={t('checkSections', sections)} />
        <Item ok={tables.found === tables.total} text={t('checkTables', tables)} />
        <Item
          ok={identities.fails === 0 && identities.holds > 0}
          text={t('checkIdentities', { holds: identities.holds, unchecked: identities.total - identities.checked })}
        />
      </ul>
    </section>
  );
}

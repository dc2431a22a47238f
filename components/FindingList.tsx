// Findings by severity: one line per finding, findings that share a suspect cell grouped under one
// line naming that cell. Words come from the findings' data (lib/i18n) and page text is rendered as
// text nodes only (JSX text), never as markup.

import { useState } from 'preact/hooks';
import type { Finding, Severity } from '../lib/audit/schema';
import { cellName } from '../lib/i18n/names';
import { ruleById } from '../lib/rules/index';
import type { RuleCategory } from '../lib/rules/types';
import type { FindingGroup, FindingLine } from './finding-view';
import { t, uiLang, type UiKey } from './i18n';

const HEADINGS: Record<Severity, UiKey> = { error: 'groupErrors', warning: 'groupWarnings', info: 'groupInfo' };
const CATEGORIES: Record<RuleCategory, UiKey> = {
  completeness: 'categoryCompleteness',
  arithmetic: 'categoryArithmetic',
  text: 'categoryText',
  advisory: 'categoryAdvisory',
};

export interface LocateProps {
  /** Whether the cells (or label, or sentence) of a finding can be shown on the page. */
  canLocate?: (f: Finding) => boolean;
  onLocate?: (f: Finding) => void;
  located?: Finding | null;
}

/** "了解规则": what the rule checks, its category, where the specification defines it, its formula. */
function RuleDocs({ rule, id }: { rule: string; id: string }) {
  const meta = ruleById(rule);
  if (!meta) return null;
  return (
    <div class="nb-docs" id={id}>
      <p>{meta.description[uiLang()]}</p>
      <p class="nb-docs-meta">
        {t(CATEGORIES[meta.category])} · {t('ruleSpec', { spec: meta.docs.spec })}
        {!meta.contract && ` · ${t('ruleAdvisory')}`}
      </p>
      {meta.docs.formula && (
        <p class="nb-docs-meta">
          {t('ruleFormula')} <code>{meta.docs.formula}</code>
        </p>
      )}
    </div>
  );
}

function Line({ line, canLocate, onLocate, located }: { line: FindingLine } & LocateProps) {
  const f = line.finding;
  const [docs, setDocs] = useState(false);
  const textId = `nb-f-${line.index}`;
  return (
    <li
      class="nb-finding"
      data-finding={line.index}
      data-rule={f.rule}
      data-severity={f.severity}
      data-outcome={line.question ? 'review' : 'fail'}
      data-located={located === f ? 'true' : undefined}
    >
      <span class="nb-message" id={textId}>
        {line.text}
      </span>
      {line.question && <span class="nb-tag">{t('questionTag')}</span>}
      <span class="nb-line-actions">
        {onLocate && canLocate?.(f) && (
          <button type="button" class="nb-locate" aria-describedby={textId} aria-pressed={located === f} onClick={() => onLocate(f)}>
            {t('locate')}
          </button>
        )}
        {ruleById(f.rule) && (
          <button
            type="button"
            class="nb-docs-toggle"
            aria-expanded={docs}
            aria-controls={docs ? `${textId}-docs` : undefined}
            onClick={() => setDocs(!docs)}
          >
            {t('ruleDocs')}
          </button>
        )}
      </span>
      {docs && <RuleDocs rule={f.rule} id={`${textId}-docs`} />}
    </li>
  );
}

function Group({ group, ...locate }: { group: FindingGroup } & LocateProps) {
  const question = group.lines.every((l) => l.question);
  return (
    <li class="nb-card" data-severity={group.severity} data-suspect={group.suspect ?? undefined}>
      {group.suspect && (
        <p class="nb-suspect">{t(question ? 'suspectCellQuestion' : 'suspectCell', { cell: cellName(group.suspect, uiLang()) })}</p>
      )}
      <ul class="nb-lines">
        {group.lines.map((line) => (
          <Line key={line.index} line={line} {...locate} />
        ))}
      </ul>
    </li>
  );
}

export function FindingList({ groups, ...locate }: { groups: FindingGroup[] } & LocateProps) {
  return (
    <div class="nb-findings">
      {(['error', 'warning', 'info'] as const).map((severity) => {
        const mine = groups.filter((g) => g.severity === severity);
        if (mine.length === 0) return null;
        const count = mine.reduce((n, g) => n + g.lines.length, 0);
        return (
          <section class={`nb-group nb-group-${severity}`} key={severity}>
            <h2>{t(HEADINGS[severity], { count })}</h2>
            <ul class="nb-cards">
              {mine.map((g) => (
                <Group key={g.lines[0]!.index} group={g} {...locate} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

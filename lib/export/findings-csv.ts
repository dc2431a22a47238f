// The findings as a table for a spreadsheet: one row per finding, worded from its data in the
// reader's language, with its suspect cell and its cells named by their official labels.

import type { AuditResult, Severity } from '../audit/schema';
import type { Lang } from '../i18n/format';
import { auditFindingText, isQuestion } from '../i18n/findings';
import { cellName } from '../i18n/names';
import { uiText, type UiKey } from '../i18n/ui';
import type { Matrix } from './layout';

const SEVERITY: Record<Severity, UiKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const HEADER: UiKey[] = ['csvSeverity', 'csvOutcome', 'csvRule', 'csvFinding', 'csvSuspect', 'csvCells'];

export function findingsMatrix(result: AuditResult, lang: Lang): Matrix {
  const rows = result.findings.map((f) => [
      uiText(SEVERITY[f.severity], lang),
      uiText(isQuestion(f) ? 'questionTag' : 'outcomeFail', lang),
      f.rule,
      auditFindingText(f, lang, { suspect: false }),
      f.suspect ? cellName(f.suspect, lang) : '',
      f.cells.map((c) => cellName(c, lang)).join(lang === 'zh' ? '；' : '; '),
  ]);
  return [HEADER.map((k) => uiText(k, lang)), ...rows];
}

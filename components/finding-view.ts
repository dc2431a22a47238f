// How the panel shows findings: each worded from its data in the UI language (lib/i18n), one line
// per finding, and findings that share a suspect cell in one group under one line naming it.

import type { Finding, Severity } from '../lib/audit/schema';
import type { Lang } from '../lib/i18n/format';
import { auditFindingText, isQuestion } from '../lib/i18n/findings';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingLine {
  finding: Finding;
  /** Its place in the audit's findings. */
  index: number;
  text: string;
  /** A question for the reader (a review outcome, or a fault softened by doubt), never an accusation. */
  question: boolean;
}

export interface FindingGroup {
  severity: Severity;
  /** The cell all its findings point at as most likely wrong. */
  suspect: string | null;
  lines: FindingLine[];
}

export { isQuestion };

/** The finding worded from its data, without the suspect-cell note (the group says it once). */
export const findingText = (f: Finding, lang: Lang): string => auditFindingText(f, lang, { suspect: false });

/** Groups by severity (errors first), then by shared suspect cell, in the audit's order. */
export function groupFindings(findings: readonly Finding[], lang: Lang): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const bySuspect = new Map<string, FindingGroup>();
    for (const [index, finding] of findings.entries()) {
      if (finding.severity !== severity) continue;
      const line = { finding, index, text: findingText(finding, lang), question: isQuestion(finding) };
      const shared = finding.suspect ? bySuspect.get(finding.suspect) : undefined;
      if (shared) {
        shared.lines.push(line);
        continue;
      }
      const group: FindingGroup = { severity, suspect: finding.suspect ?? null, lines: [line] };
      groups.push(group);
      if (finding.suspect) bySuspect.set(finding.suspect, group);
    }
  }
  return groups;
}

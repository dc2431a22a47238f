// A rule is a small module: its metadata (id, severity, wording in zh-CN and en) beside a pure
// check over the recognised report. Checks return raw findings; messages are rendered from the
// wording templates so the checker and the extension can show either language.

import type { RecognizedReport } from '../model/report';
import type { Severity } from '../audit/schema';

export type Lang = 'zh' | 'en';

/** Values substituted into a wording template: {name} in the text. */
export type Params = Record<string, string | number>;

export interface RawFinding {
  /** Cell refs ("applications:new.total"), listed as audit-json.md says for the rule. */
  cells: string[];
  expected?: number;
  actual?: number;
  /** The one cell most likely wrong, when known. */
  suspect?: string;
  /** Which wording variant to use (a key of RuleMeta.messages); default "default". */
  variant?: string;
  params?: Params;
  /** Overrides the rule's default severity (e.g. a needs-review finding raised by another rule). */
  severity?: Severity;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One-line description of what the rule checks. */
  description: { zh: string; en: string };
  /** Wording templates by variant; "default" is required. */
  messages: Record<string, { zh: string; en: string }>;
}

export interface Rule extends RuleMeta {
  check(report: RecognizedReport): RawFinding[];
}

export function defineRule(rule: Rule): Rule {
  if (!rule.messages.default) throw new Error(`rule ${rule.id} has no default message`);
  return rule;
}

export function renderMessage(meta: RuleMeta, f: RawFinding, lang: Lang): string {
  const tpl = (meta.messages[f.variant ?? 'default'] ?? meta.messages.default)![lang];
  return tpl.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = f.params?.[name];
    return v === undefined ? m : String(v);
  });
}

// Outcomes of auditing inputs, folders expanded into their files, one exit code for all. The
// audit of one document itself runs in a worker thread (isolate.ts → worker.ts → audit-one.ts).

import { stat } from 'node:fs/promises';
import type { AuditResult } from '../audit/schema';
import type { ReportFigures } from '../model/figures';
import { InputError, type Lang } from '../node/errors';
import { listFolder } from '../node/files';
import { isUrl } from '../node/kind';
import { verdictOf } from '../messages/verdict';

export type Status = 'ok' | 'errors' | 'not-a-report' | 'input-error' | 'internal-error';

export interface Outcome {
  input: string;
  status: Status;
  result: AuditResult | null;
  /** Extraction and recognition notes for the user. */
  notes: string[];
  /** The one-line message of an input or internal error. */
  error: string | null;
  /** The report's figures, for pairing it with another year (null: not a report). */
  figures?: ReportFigures | null;
}

/** An audited document's status: its verdict (lib/messages/verdict.ts) as the checker counts it. */
export function statusOf(result: AuditResult): Status {
  const verdict = verdictOf(result);
  return verdict === 'not-report' ? 'not-a-report' : verdict === 'errors' ? 'errors' : 'ok';
}

export const EXIT: Record<Status, number> = { ok: 0, errors: 1, 'input-error': 2, 'not-a-report': 3, 'internal-error': 4 };

/** The input that means standard input. */
export const STDIN = '-';

export interface Target {
  input: string;
  /** Set when the input could not even be expanded (an unreadable or empty folder). */
  error?: string;
}

/**
 * Inputs → documents to audit. `many` when there is more than one input or a folder with files
 * (a lone folder that cannot be listed is reported like a lone file).
 */
export async function expandInputs(inputs: readonly string[], lang: Lang): Promise<{ targets: Target[]; many: boolean }> {
  const targets: Target[] = [];
  let folders = 0;
  for (const input of inputs) {
    if (input === STDIN || isUrl(input) || !(await isDirectory(input))) {
      targets.push({ input });
      continue;
    }
    try {
      targets.push(...(await listFolder(input)).map((p) => ({ input: p })));
      folders++;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      targets.push({ input, error: e.localized(lang) });
    }
  }
  return { targets, many: inputs.length > 1 || folders > 0 };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Several outcomes → one exit code (see --help). */
export function combinedExit(outcomes: readonly Outcome[]): number {
  const has = (s: Status) => outcomes.some((o) => o.status === s);
  if (has('internal-error')) return EXIT['internal-error'];
  if (has('input-error')) return EXIT['input-error'];
  if (has('errors')) return EXIT.errors;
  if (outcomes.length > 0 && outcomes.every((o) => o.status === 'not-a-report')) return EXIT['not-a-report'];
  return EXIT.ok;
}

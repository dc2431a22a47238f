// Audit one input (path or URL) and classify the outcome; expand folders into their files.

import { stat } from 'node:fs/promises';
import type { AuditResult } from '../audit/schema';
import { InputError, type Lang } from '../node/errors';
import { listFolder } from '../node/files';
import { isUrl, loadDocument } from '../node/load';
import { readingNotes } from '../i18n/notes';
import { verdictOf } from '../messages/verdict';
import { messages } from './messages';

export type Status = 'ok' | 'errors' | 'not-a-report' | 'input-error' | 'internal-error';

export interface Outcome {
  input: string;
  status: Status;
  result: AuditResult | null;
  /** Extraction and recognition notes for the user. */
  notes: string[];
  /** The one-line message of an input or internal error. */
  error: string | null;
}

export const EXIT: Record<Status, number> = { ok: 0, errors: 1, 'input-error': 2, 'not-a-report': 3, 'internal-error': 4 };

const detail = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

export async function auditInput(input: string, lang: Lang): Promise<Outcome> {
  const failed = (status: Status, error: string): Outcome => ({ input, status, result: null, notes: [], error });
  let doc;
  try {
    doc = await loadDocument(input);
  } catch (e) {
    if (e instanceof InputError) return failed('input-error', e.localized(lang));
    return failed('internal-error', messages(lang).internal(detail(e)));
  }
  let audit;
  try {
    ({ audit } = await import('../audit/index'));
  } catch (e) {
    return failed('internal-error', messages(lang).internal(messages(lang).auditMissing(detail(e))));
  }
  try {
    const { result, report } = audit(doc, { lang });
    const notes = readingNotes(report, doc.notes, lang);
    const verdict = verdictOf(result);
    const status: Status = verdict === 'not-report' ? 'not-a-report' : verdict === 'errors' ? 'errors' : 'ok';
    return { input, status, result, notes, error: null };
  } catch (e) {
    return failed('internal-error', messages(lang).internal(detail(e)));
  }
}

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
    if (isUrl(input) || !(await isDirectory(input))) {
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

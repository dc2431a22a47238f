// Audit one input (path, URL or bytes read from standard input) and classify the outcome. Runs
// in the worker thread of lib/cli/worker.ts.

import { InputError, type Lang } from '../node/errors';
import { loadBytes, loadDocument } from '../node/load';
import { readingNotes } from '../i18n/notes';
import { figuresOf } from '../model/figures';
import { messages } from './messages';
import { statusOf, type Outcome, type Status } from './run';

const detail = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/** Audit a path or URL, or `bytes` already read (standard input) under the name `input`. */
export async function auditInput(input: string, lang: Lang, bytes?: Uint8Array): Promise<Outcome> {
  const failed = (status: Status, error: string): Outcome => ({ input, status, result: null, notes: [], error });
  let doc;
  try {
    doc = bytes ? await loadBytes(bytes, input) : await loadDocument(input);
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
    return { input, status: statusOf(result), result, notes, error: null, figures: report ? figuresOf(report) : null };
  } catch (e) {
    return failed('internal-error', messages(lang).internal(detail(e)));
  }
}


// English output words every finding in English: Chinese may appear only inside quotes (the
// report's own text, the standard's official labels) — never a Chinese sentence of ours.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import { DOUBT_WORDING } from '../../lib/i18n/doubts';
import { loadFile } from '../../lib/node/load';
import { RULES } from '../../lib/rules/index';
import { corpusPath, hasCorpus } from '../helpers/corpus';

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
/** The text outside quotes: "…" and “…” (quoted words are the report's or the standard's). */
const unquoted = (s: string): string => s.replace(/"[^"]*"|“[^”]*”/g, '');

describe('English wording', () => {
  it('every rule message and doubt has an English template without Chinese outside quotes', () => {
    for (const r of RULES) for (const [key, m] of Object.entries(r.messages)) expect(unquoted(m.en), `${r.id}.${key}`).not.toMatch(CJK);
    for (const [code, w] of Object.entries(DOUBT_WORDING)) expect(unquoted(w.en), code).not.toMatch(CJK);
  });

  const real = hasCorpus ? readdirSync(corpusPath('real')).filter((f) => /\.(txt|html|md|pdf)$/.test(f)) : [];
  it.each(real)('%s: findings worded in English', async (name) => {
    const doc = await loadFile(corpusPath(`real/${name}`));
    const { result } = audit(doc, { lang: 'en' });
    for (const f of result.findings) expect(unquoted(f.message), f.message).not.toMatch(CJK);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../lib/standard/normalize';
import { tradMapModule } from '../../scripts/lib/trad-map';

const LIB = resolve(__dirname, '../../lib');

describe('lib/standard/trad-map.ts', () => {
  it('covers every character the engine compares (run `npm run trad-map` after adding words to lib/)', () => {
    expect(readFileSync(resolve(LIB, 'standard/trad-map.ts'), 'utf8')).toBe(tradMapModule(LIB));
  });
  it('reads labels printed in traditional script as the standard wording', () => {
    expect(normalizeLabel('本年廢止件數')).toBe(normalizeLabel('本年废止件数'));
    expect(normalizeLabel('本年收費金額（單位：萬元）')).toBe(normalizeLabel('本年收费金额（单位：万元）'));
    expect(normalizeLabel('結果糾正')).toBe('结果纠正');
    expect(normalizeLabel('5.屬於三類內部事務資訊')).not.toBe(normalizeLabel('5.属于三类内部事务信息'));
    expect(normalizeLabel('5.屬於三類內部事務信息')).toBe(normalizeLabel('5.属于三类内部事务信息'));
  });
});

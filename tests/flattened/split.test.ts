import { describe, expect, it } from 'vitest';
import { splitRun } from '../../lib/recognize/flattened/split';
import { normText, tokenize, type NumToken } from '../../lib/recognize/flattened/text';

const numbers = (s: string): string[][] =>
  tokenize(normText(s))
    .filter((t): t is NumToken => t.kind === 'num')
    .map((t) => t.pieces);

describe('tokenize', () => {
  it('gives the digit before "." or "、" to the next label', () => {
    expect(numbers('1.属于国家秘密00000002.其他法律行政法规禁止公开0000000')).toEqual([['0000000'], ['0000000']]);
    expect(numbers('结果00000003、其他1000001')).toEqual([['0000000'], ['1000001']]);
  });
  it('keeps decimals, full-width digits and whitespace boundaries', () => {
    expect(numbers('行政事业性收费24252.311082三、')).toEqual([['24252.311082']]);
    expect(numbers('总计 0 1 1\n0 2 五、')).toEqual([['0', '1', '1', '0', '2']]);
    expect(numbers('数量６４００２０４７０二、')).toEqual([['640020470']]);
  });
  it('leaves a final 0, or a digit before a comma, with the value', () => {
    expect(numbers('总计0 0 0，五、存在')).toEqual([['0', '0', '0']]);
    expect(numbers('其他0000001,其他')).toEqual([['0000001']]);
  });
  it('treats a bracketed digit as numbering', () => {
    expect(numbers('0000000(2)其他法律')).toEqual([['0000000']]);
  });
});

describe('splitRun', () => {
  it('never reads a number with a leading zero', () => {
    expect(splitRun(['1002'], 3)).toEqual([[10, 0, 2]]);
    expect(splitRun(['00'], 1)).toEqual([]);
  });
  it('cuts at every whitespace boundary', () => {
    expect(splitRun(['12', '3'], 2)).toEqual([[12, 3]]);
    expect(splitRun(['12', '3'], 3)).toEqual([[1, 2, 3]]);
  });
  it('prunes partial readings and gives up beyond the limit', () => {
    const rowSum = (p: readonly number[]) => p.length < 3 || p[2] === p[0]! + p[1]!;
    expect(splitRun(['11213'], 3, rowSum)).toEqual([
      [1, 12, 13],
      [11, 2, 13],
    ]);
    expect(splitRun(['21214'], 3, rowSum)).toEqual([[2, 12, 14]]);
    expect(splitRun(['123456789012345678'], 6, undefined, 10)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../lib/cli/args';
import { progressBar } from '../../lib/cli/progress';
import { shardOf } from '../../lib/cli/targets';

describe('progressBar', () => {
  it('redraws one line in place: done/total, rate, time left, the last input (its end when long)', () => {
    let t = 0;
    const lines: string[] = [];
    const bar = progressBar(4, (s) => lines.push(s), 100, () => t);
    t = 1000;
    bar.tick('a.pdf');
    t = 2000;
    bar.tick('/very/long/path/'.repeat(10) + '淮安市洪泽区2024.pdf');
    expect(lines[0]).toMatch(/^\r\[#+\.+\] 1\/4 {2}1\.0\/s {2}00:03 {2}a\.pdf\x1b\[K$/);
    expect(lines[1]).toMatch(/2\/4 {2}1\.0\/s {2}00:02 {2}…[^\r]*淮安市洪泽区2024\.pdf\x1b\[K$/);
    t = 2050;
    bar.tick('c');
    expect(lines).toHaveLength(2); // throttled
    bar.tick('d');
    expect(lines[2]).toMatch(/4\/4/); // the last one always drawn
    bar.done();
    expect(lines.at(-1)).toBe('\r\x1b[K');
  });
});

describe('batch options', () => {
  it('--shard i/n deals the inputs in turn', () => {
    expect(shardOf([1, 2, 3, 4, 5], { index: 2, count: 2 })).toEqual([2, 4]);
    const p = parseArgs(['--shard', '3/4', '--jobs=3', '--jsonl', 'x.jsonl', '--resume', 'dir']);
    expect(p.ok && p.options).toMatchObject({ shard: { index: 3, count: 4 }, jobs: 3, jsonl: 'x.jsonl', resume: true, inputs: ['dir'] });
    expect(parseArgs(['--jobs', '1.5', 'x']).ok).toBe(false);
    expect(parseArgs(['--merge', 'a.jsonl']).ok).toBe(false);
    expect(parseArgs(['--list', 'urls.txt']).ok).toBe(true);
  });
});

// Command-line options of the checker.

import { availableParallelism } from 'node:os';
import type { Lang } from '../node/errors';
import { DEFAULT_LIMITS } from './thread';

export interface Shard {
  /** 1-based: shard 1/4 … 4/4. */
  index: number;
  count: number;
}

export interface CliOptions {
  json: boolean;
  lang: Lang;
  /** null: colour when stdout is a terminal and NO_COLOR is unset. */
  color: boolean | null;
  help: boolean;
  version: boolean;
  /** Seconds one document may take before it is given up (see isolate.ts). */
  timeoutSeconds: number;
  /** Memory in MB one document may use before it is given up. */
  maxMemoryMb: number;
  /** Documents audited at once (worker threads). */
  jobs: number;
  /** Last year's report of the one input: FILE or URL (cross-year rules). */
  previous: string | null;
  /** Files listing inputs, one path or URL a line. */
  lists: string[];
  /** Listing pages (a 年报 column of a gov.cn site) whose report links are audited. */
  listings: string[];
  /** Pages of a listing to follow (its 下一页 links), the first included. */
  listingPages: number;
  /** Outputs: JSON Lines records, CSV and XLSX summaries. */
  jsonl: string | null;
  csv: string | null;
  xlsx: string | null;
  /** Skip inputs already recorded in the --jsonl file. */
  resume: boolean;
  /** Audit only this share of the inputs. */
  shard: Shard | null;
  /** The inputs are JSON Lines files of earlier runs (shards) to merge, re-pairing the years. */
  merge: boolean;
  /** Pair reports of the same body and consecutive years among the inputs (default on). */
  crossYear: boolean;
  /** null: a progress bar when standard error is a terminal. */
  progress: boolean | null;
  inputs: string[];
}

export type UsageError =
  | { code: 'unknown-option'; option: string }
  | { code: 'bad-lang'; value: string }
  | { code: 'bad-number'; option: string; value: string; min: number }
  | { code: 'missing-value'; option: string }
  | { code: 'bad-shard'; value: string }
  | { code: 'previous-needs-one'; count: number }
  | { code: 'resume-needs-jsonl' }
  | { code: 'merge-needs-output' }
  | { code: 'no-input' };

export type Parsed = { ok: true; options: CliOptions } | { ok: false; error: UsageError; lang: Lang };

const NUMBER_OPTIONS: Record<string, number> = { '--timeout': 1, '--max-memory': 128, '--jobs': 1, '--listing-pages': 1 };
const VALUE_OPTIONS = ['--previous', '--list', '--listing', '--jsonl', '--csv', '--xlsx', '--shard'];

const isLang = (v: string | undefined): v is Lang => v === 'zh' || v === 'en';

export const defaultJobs = (): number => Math.max(1, availableParallelism());

function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

export function parseArgs(argv: readonly string[]): Parsed {
  const o: CliOptions = {
    json: false,
    lang: 'zh',
    color: null,
    help: false,
    version: false,
    timeoutSeconds: DEFAULT_LIMITS.timeoutSeconds,
    maxMemoryMb: DEFAULT_LIMITS.maxMemoryMb,
    jobs: defaultJobs(),
    previous: null,
    lists: [],
    listings: [],
    listingPages: 1,
    jsonl: null,
    csv: null,
    xlsx: null,
    resume: false,
    shard: null,
    merge: false,
    crossYear: true,
    progress: null,
    inputs: [],
  };
  let error: UsageError | null = null;
  const fail = (e: UsageError) => {
    error ??= e;
  };
  /** The value of `--name VALUE` or `--name=VALUE`. */
  const valueOf = (arg: string, name: string, i: number): [string | undefined, number] =>
    arg === name ? [argv[i + 1], i + 1] : [arg.slice(name.length + 1), i];
  const named = (arg: string, names: readonly string[]) => names.find((n) => arg === n || arg.startsWith(`${n}=`));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      o.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') o.json = true;
    else if (arg === '--no-color') o.color = false;
    else if (arg === '--color') o.color = true;
    else if (arg === '-h' || arg === '--help') o.help = true;
    else if (arg === '-V' || arg === '--version') o.version = true;
    else if (arg === '--resume') o.resume = true;
    else if (arg === '--merge') o.merge = true;
    else if (arg === '--no-cross-year') o.crossYear = false;
    else if (arg === '--progress') o.progress = true;
    else if (arg === '--no-progress') o.progress = false;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      let value;
      [value, i] = valueOf(arg, '--lang', i);
      if (isLang(value)) o.lang = value;
      else fail({ code: 'bad-lang', value: value ?? '' });
    } else if (named(arg, Object.keys(NUMBER_OPTIONS))) {
      const name = named(arg, Object.keys(NUMBER_OPTIONS))!;
      let value;
      [value, i] = valueOf(arg, name, i);
      const n = Number(value);
      const min = NUMBER_OPTIONS[name]!;
      const integer = name === '--jobs' || name === '--listing-pages';
      if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
        fail({ code: 'bad-number', option: name, value: value ?? '', min });
      } else if (name === '--timeout') o.timeoutSeconds = n;
      else if (name === '--max-memory') o.maxMemoryMb = n;
      else if (name === '--jobs') o.jobs = n;
      else o.listingPages = n;
    } else if (named(arg, VALUE_OPTIONS)) {
      const name = named(arg, VALUE_OPTIONS)!;
      let value;
      [value, i] = valueOf(arg, name, i);
      if (value === undefined || value === '') {
        fail({ code: 'missing-value', option: name });
        continue;
      }
      if (name === '--previous') o.previous = value;
      else if (name === '--list') o.lists.push(value);
      else if (name === '--listing') o.listings.push(value);
      else if (name === '--jsonl') o.jsonl = value;
      else if (name === '--csv') o.csv = value;
      else if (name === '--xlsx') o.xlsx = value;
      else {
        o.shard = parseShard(value);
        if (!o.shard) fail({ code: 'bad-shard', value });
      }
    } else if (arg.startsWith('-') && arg !== '-') fail({ code: 'unknown-option', option: arg });
    else o.inputs.push(arg);
  }
  const sources = o.inputs.length + o.lists.length + o.listings.length;
  if (!error && sources === 0 && !o.help && !o.version) fail({ code: 'no-input' });
  if (!error && o.previous !== null && (o.inputs.length !== 1 || o.lists.length + o.listings.length > 0)) fail({ code: 'previous-needs-one', count: sources });
  if (!error && o.resume && !o.jsonl) fail({ code: 'resume-needs-jsonl' });
  if (!error && o.merge && !o.jsonl && !o.csv && !o.xlsx && !o.json) fail({ code: 'merge-needs-output' });
  return error ? { ok: false, error, lang: o.lang } : { ok: true, options: o };
}

// Command-line options of the checker.

import type { Lang } from '../node/errors';
import { DEFAULT_LIMITS } from './isolate';

export interface CliOptions {
  json: boolean;
  lang: Lang;
  /** null: colour when stdout is a terminal and NO_COLOR is unset. */
  color: boolean | null;
  help: boolean;
  version: boolean;
  /** Seconds one document may take before it is given up (see isolate.ts). */
  timeoutSeconds: number;
  /** Resident memory in MB past which a document is given up. */
  maxMemoryMb: number;
  inputs: string[];
}

export type UsageError =
  | { code: 'unknown-option'; option: string }
  | { code: 'bad-lang'; value: string }
  | { code: 'bad-number'; option: string; value: string; min: number }
  | { code: 'no-input' };

export type Parsed = { ok: true; options: CliOptions } | { ok: false; error: UsageError; lang: Lang };

const NUMBER_OPTIONS = ['--timeout', '--max-memory'];

const isLang = (v: string | undefined): v is Lang => v === 'zh' || v === 'en';

export function parseArgs(argv: readonly string[]): Parsed {
  const o: CliOptions = {
    json: false,
    lang: 'zh',
    color: null,
    help: false,
    version: false,
    timeoutSeconds: DEFAULT_LIMITS.timeoutSeconds,
    maxMemoryMb: DEFAULT_LIMITS.maxMemoryMb,
    inputs: [],
  };
  let error: UsageError | null = null;
  const fail = (e: UsageError) => {
    error ??= e;
  };
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
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (isLang(value)) o.lang = value;
      else fail({ code: 'bad-lang', value: value ?? '' });
    } else if (NUMBER_OPTIONS.some((n) => arg === n || arg.startsWith(`${n}=`))) {
      const name = arg.split('=')[0]!;
      const value = arg === name ? argv[++i] : arg.slice(name.length + 1);
      const n = Number(value);
      const min = name === '--timeout' ? 1 : 128;
      if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n < min) fail({ code: 'bad-number', option: name, value: value ?? '', min });
      else if (name === '--timeout') o.timeoutSeconds = n;
      else o.maxMemoryMb = n;
    } else if (arg.startsWith('-') && arg !== '-') fail({ code: 'unknown-option', option: arg });
    else o.inputs.push(arg);
  }
  if (!error && o.inputs.length === 0 && !o.help && !o.version) fail({ code: 'no-input' });
  return error ? { ok: false, error, lang: o.lang } : { ok: true, options: o };
}

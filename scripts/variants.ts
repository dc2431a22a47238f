// Publisher-variant measurement: build every (corpus document × transform) variant of
// tests/variants, audit each in-process with the checker's own load/extract/audit functions,
// score it by the rules of ../shared/tools/score.mjs and print, per transform, how many
// variants pass, and the false errors and false warnings (findings the adjusted truth does not
// have) with examples. It reports failures; it does not fail on them.
//
//   npm run variants [-- --filter RE] [--out DIR] [--verbose]
//
// --filter RE   only variants whose id (`<document id>~<transform id>`) matches
// --out DIR     also keep the variant files, truth files and MANIFEST.json in DIR (score them
//               with: node ../shared/tools/score.mjs --manifest DIR/MANIFEST.json
//               --cmd 'npm run --silent audit -- --json {file}' --jobs 2)
// --verbose     list every failing variant with what went wrong
// --pdf         print the HTML variants to PDF with Debian's Chromium (one per transform; with
//               --filter, every match) and audit the PDFs: the same changes, as a PDF page
//               leaves them (ruling lines, page breaks)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM } from '../tests/build/chromium';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditFile } from '../tests/variants/audit';
import { generateVariants, writeVariants } from '../tests/variants/build';
import { compare, type Comparison, type OutFinding } from '../tests/variants/compare';
import { TRANSFORMS } from '../tests/variants/transforms/index';
import type { Variant } from '../tests/variants/types';

interface Args {
  filter?: RegExp;
  out?: string;
  verbose: boolean;
  pdf: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { verbose: false, pdf: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--filter') a.filter = new RegExp(argv[++i] ?? '');
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--verbose' || k === '-v') a.verbose = true;
    else if (k === '--pdf') a.pdf = true;
    else throw new Error(`unknown option ${k} (use --filter RE, --out DIR, --verbose, --pdf)`);
  }
  return a;
}

interface Row {
  variants: number;
  pass: number;
  falseErrors: number;
  withFalseErrors: number;
  otherCells: number;
  falseWarnings: number;
  withFalseWarnings: number;
  misread: number;
  withMisread: number;
  unread: number;
  missed: number;
  sections: number;
  notReport: number;
  crashed: number;
}

const emptyRow = (): Row => ({
  variants: 0, pass: 0, falseErrors: 0, withFalseErrors: 0, otherCells: 0, falseWarnings: 0, withFalseWarnings: 0,
  misread: 0, withMisread: 0, unread: 0, missed: 0, sections: 0, notReport: 0, crashed: 0,
});

function add(row: Row, c: Comparison | null): void {
  row.variants++;
  if (!c) {
    row.crashed++;
    return;
  }
  if (c.pass) row.pass++;
  if (!c.detected) row.notReport++;
  row.falseErrors += c.findings.falseErrors.length;
  row.withFalseErrors += c.findings.falseErrors.length ? 1 : 0;
  row.otherCells += c.findings.errorsWithOtherCells.length;
  row.falseWarnings += c.findings.falseWarnings.length;
  row.withFalseWarnings += c.findings.falseWarnings.length ? 1 : 0;
  row.misread += c.cells.misread.length;
  row.withMisread += c.cells.misread.length ? 1 : 0;
  row.unread += c.cells.unread.length;
  row.missed += c.findings.missed.length;
  row.sections += c.sections.length;
}

const short = (s: unknown, n = 70): string => {
  const t = String(s ?? '').replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const cellsBrief = (f: { cells?: unknown }): string => {
  const c = Array.isArray(f.cells) ? (f.cells as string[]) : [];
  return c.length > 3 ? `${c.slice(0, 3).join(',')},…+${c.length - 3}` : c.join(',');
};

function table(rows: [string, Row][]): string {
  const head = ['transform', 'variants', 'pass', 'false err (variants)', 'err other cells', 'false warn (variants)', 'misread cells (variants)', 'unread', 'missed', 'sections', 'not report/crash'];
  const body = rows.map(([id, r]) => [
    id,
    String(r.variants),
    String(r.pass),
    `${r.falseErrors} (${r.withFalseErrors})`,
    String(r.otherCells),
    `${r.falseWarnings} (${r.withFalseWarnings})`,
    `${r.misread} (${r.withMisread})`,
    String(r.unread),
    String(r.missed),
    String(r.sections),
    `${r.notReport}/${r.crashed}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(body[body.length - 1]!)].join('\n');
}

function describe(v: Variant, c: Comparison | null, error?: string): string[] {
  const L: string[] = [];
  if (!c) return [`    crashed: ${short(error, 160)}`];
  if (!c.detected) L.push('    called "not a report"');
  for (const t of c.tables) L.push(`    table ${t.table}: found expected ${t.expected}, got ${t.actual}`);
  for (const s of c.sections) L.push(`    section ${s.no}: found expected ${s.expected}, got ${s.actual}`);
  for (const m of c.cells.misread.slice(0, 6)) L.push(`    misread ${m.cell}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  if (c.cells.misread.length > 6) L.push(`    … ${c.cells.misread.length - 6} more misread cells`);
  if (c.cells.unread.length) L.push(`    unread ${c.cells.unread.length} cells (${c.cells.unread.slice(0, 3).map((m) => m.cell).join(', ')}${c.cells.unread.length > 3 ? ', …' : ''})`);
  for (const f of c.findings.missed) L.push(`    missed ${f.rule} [${cellsBrief(f)}]`);
  for (const f of c.findings.extra) L.push(`    extra  ${f.severity} ${f.rule} [${cellsBrief(f)}] ${short(f.message)}`);
  void v;
  return L;
}

/** The HTML variants; one per transform (the first document in a fixed shuffle) unless all are wanted. */
function pdfSample(variants: Variant[], onePerTransform: boolean): Variant[] {
  const html = variants.filter((v) => v.file.endsWith('.html'));
  if (!onePerTransform) return html;
  const byTransform = new Map<string, Variant>();
  const order = [...html].sort((a, b) => hash(a.id) - hash(b.id));
  for (const v of order) if (!byTransform.has(v.transform)) byTransform.set(v.transform, v);
  return [...byTransform.values()];
}

const hash = (s: string): number => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Chromium's print of an HTML file, beside it. */
function printPdf(html: string): string {
  const pdf = html.replace(/\.html$/, '.pdf');
  execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--disable-background-networking', '--no-first-run', `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { stdio: 'ignore', timeout: 120_000 });
  return pdf;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const all = generateVariants({ filter: args.filter });
  const variants = args.pdf ? pdfSample(all, !args.filter) : all;
  if (!variants.length) {
    console.error('variants: no variant matches the filter');
    return 2;
  }
  const dir = args.out ?? mkdtempSync(join(tmpdir(), 'nianbao-variants-'));
  writeVariants(dir, variants);
  const t1 = Date.now();

  const rows = new Map<string, Row>(TRANSFORMS.map((t) => [t.id, emptyRow()]));
  const total = emptyRow();
  const examples: { v: Variant; f: OutFinding }[] = [];
  const falseErrorRules = new Map<string, number>();
  const failing: string[] = [];
  for (const v of variants) {
    const file = join(dir, 'docs', v.file);
    const run = await auditFile(args.pdf ? printPdf(file) : file);
    const c = run.output ? compare(v.truth, run.output) : null;
    add(rows.get(v.transform)!, c);
    add(total, c);
    for (const f of c?.findings.falseErrors ?? []) {
      examples.push({ v, f });
      falseErrorRules.set(String(f.rule), (falseErrorRules.get(String(f.rule)) ?? 0) + 1);
    }
    if (args.verbose && (!c || !c.pass)) failing.push(`  ${v.id}`, ...describe(v, c, run.error));
  }
  if (!args.out) rmSync(dir, { recursive: true, force: true });

  const used = [...rows].filter(([, r]) => r.variants > 0);
  console.log(`${variants.length} variants of ${new Set(variants.map((v) => v.source.id)).size} documents, ${used.length} transforms (built in ${((t1 - t0) / 1000).toFixed(1)} s, audited in ${((Date.now() - t1) / 1000).toFixed(1)} s)\n`);
  console.log(table([...used, ['TOTAL', total]]));
  console.log('\npass = the scorer\'s criteria (every cell, table and section flag, findings exact). false err/warn = output findings of that severity the adjusted truth does not have.');
  console.log('err other cells = an arithmetic error the truth has too (same expected/actual) but listing other cells: not a false accusation, still a scorer failure.');
  console.log('misread = a cell read as a number other than the truth\'s; unread = null where the truth has a number.\n');

  if (examples.length) {
    console.log(`false errors by rule: ${[...falseErrorRules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`);
    const byTransform = new Map<string, { v: Variant; f: OutFinding }[]>();
    for (const e of examples) byTransform.set(e.v.transform, [...(byTransform.get(e.v.transform) ?? []), e]);
    const worst = [...byTransform].sort((a, b) => b[1].length - a[1].length);
    console.log('\nfalse errors, first examples per transform (worst first):');
    for (const [t, es] of worst) {
      console.log(`  ${t} (${es.length}):`);
      for (const { v, f } of es.slice(0, 3)) console.log(`    ${v.source.id}  ${f.rule} [${cellsBrief(f)}]  ${short(f.message)}`);
    }
  } else console.log('no false errors.');
  if (args.verbose && failing.length) console.log(`\nfailing variants:\n${failing.join('\n')}`);
  if (args.out) console.log(`\nvariants kept in ${dir} (MANIFEST.json for score.mjs)`);
  console.log(`\n${total.pass} passed, ${total.variants - total.pass} failed; ${total.falseErrors} false errors in ${total.withFalseErrors} variants, ${total.falseWarnings} false warnings in ${total.withFalseWarnings} variants`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`variants: ${(e as Error)?.stack ?? e}`);
    process.exitCode = 2;
  },
);

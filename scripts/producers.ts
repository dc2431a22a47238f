// Word-like PDF producers measured: the corpus HTML documents rebuilt as DOCX in several layouts
// (tests/producers/), printed to PDF by LibreOffice, audited in-process with the checker's own
// load/extract/audit functions and compared with their truth by the rules of
// ../shared/tools/score.mjs (tests/variants/compare.ts). Prints per producer variant: passes,
// false errors and warnings (findings the truth does not have), misread cells (a number other
// than the truth's) and unread cells (null where the truth has a number). It reports; it does not
// fail on what it finds.
//
//   npm run producers [-- --filter RE] [--producer RE] [--out DIR] [--verbose]
//
// --filter RE     only source documents whose corpus id matches
// --producer RE   only producers whose id matches (see tests/producers/producers.ts)
// --out DIR       keep the DOCX/PDF files there with truth copies and a MANIFEST.json for
//                 node ../shared/tools/score.mjs --manifest DIR/MANIFEST.json
//                 --cmd 'npm run --silent audit -- --json {file}' --jobs 2
// --verbose       list what went wrong in every failing PDF

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findSoffice } from '../tests/producers/convert';
import { cross, htmlSources, makePdfs, PRODUCERS, type Made } from '../tests/producers/producers';
import { auditFile } from '../tests/variants/audit';
import { compare, type Comparison } from '../tests/variants/compare';

interface Args {
  filter?: RegExp;
  producer?: RegExp;
  out?: string;
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--filter') a.filter = new RegExp(argv[++i] ?? '');
    else if (k === '--producer') a.producer = new RegExp(argv[++i] ?? '');
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--verbose' || k === '-v') a.verbose = true;
    else throw new Error(`unknown option ${k} (use --filter RE, --producer RE, --out DIR, --verbose)`);
  }
  return a;
}

interface Row {
  docs: number;
  pass: number;
  falseErrors: number;
  withFalseErrors: number;
  falseWarnings: number;
  withFalseWarnings: number;
  misread: number;
  withMisread: number;
  unread: number;
  withUnread: number;
  missed: number;
  sections: number;
  failed: number;
}

const emptyRow = (): Row => ({
  docs: 0, pass: 0, falseErrors: 0, withFalseErrors: 0, falseWarnings: 0, withFalseWarnings: 0,
  misread: 0, withMisread: 0, unread: 0, withUnread: 0, missed: 0, sections: 0, failed: 0,
});

function add(row: Row, c: Comparison | null): void {
  row.docs++;
  if (!c || !c.detected) {
    row.failed++;
    if (!c) return;
  }
  if (c.pass) row.pass++;
  const fe = c.findings.falseErrors.length + c.findings.errorsWithOtherCells.length;
  row.falseErrors += fe;
  row.withFalseErrors += fe ? 1 : 0;
  row.falseWarnings += c.findings.falseWarnings.length;
  row.withFalseWarnings += c.findings.falseWarnings.length ? 1 : 0;
  row.misread += c.cells.misread.length;
  row.withMisread += c.cells.misread.length ? 1 : 0;
  row.unread += c.cells.unread.length;
  row.withUnread += c.cells.unread.length ? 1 : 0;
  row.missed += c.findings.missed.length;
  row.sections += c.sections.length;
}

function table(rows: [string, Row][]): string {
  const head = ['producer', 'docs', 'pass', 'false err (docs)', 'false warn (docs)', 'misread (docs)', 'unread (docs)', 'missed', 'sections', 'no PDF/not report/crash'];
  const body = rows.map(([id, r]) => [
    id, String(r.docs), String(r.pass), `${r.falseErrors} (${r.withFalseErrors})`, `${r.falseWarnings} (${r.withFalseWarnings})`,
    `${r.misread} (${r.withMisread})`, `${r.unread} (${r.withUnread})`, String(r.missed), String(r.sections), String(r.failed),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.slice(0, -1).map(line), rule, line(body[body.length - 1]!)].join('\n');
}

const short = (s: unknown, n = 80): string => {
  const t = String(s ?? '').replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function describe(c: Comparison | null, error?: string): string[] {
  if (!c) return [`    crashed: ${short(error, 200)}`];
  const L: string[] = [];
  if (!c.detected) L.push('    called "not a report"');
  for (const t of c.tables) L.push(`    table ${t.table}: found expected ${t.expected}, got ${t.actual}`);
  for (const s of c.sections) L.push(`    section ${s.no}: found expected ${s.expected}, got ${s.actual}`);
  for (const m of c.cells.misread.slice(0, 8)) L.push(`    misread ${m.cell}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  if (c.cells.misread.length > 8) L.push(`    … ${c.cells.misread.length - 8} more misread cells`);
  if (c.cells.unread.length) L.push(`    unread ${c.cells.unread.length} cells (${c.cells.unread.slice(0, 4).map((m) => m.cell).join(', ')}${c.cells.unread.length > 4 ? ', …' : ''})`);
  for (const f of c.findings.missed) L.push(`    missed ${f.rule} [${f.cells.slice(0, 3).join(',')}]`);
  for (const f of c.findings.extra) L.push(`    extra  ${f.severity} ${f.rule} ${short(f.message)}`);
  return L;
}

function writeManifest(dir: string, made: Made[]): void {
  mkdirSync(join(dir, 'truth'), { recursive: true });
  const documents = made.filter((m) => m.pdf).map((m) => {
    const id = `${m.source.id}~${m.producer.id}`;
    const truth = join('truth', `${id.replace(/[^A-Za-z0-9_.~-]+/g, '_')}.json`);
    writeFileSync(join(dir, truth), JSON.stringify({ ...m.source.truth, source: { kind: 'pdf', name: relative(dir, m.pdf!) } }, null, 1));
    return { id, path: relative(dir, m.pdf!), format: 'pdf', kind: 'report', expect: 'report', seed: null, style: m.producer.id, truth, mutation: null };
  });
  writeFileSync(join(dir, 'MANIFEST.json'), JSON.stringify({ version: 1, set: 'producers', documents }, null, 1));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!findSoffice()) {
    console.error('producers: LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui fonts-wqy-zenhei)');
    return 2;
  }
  const sources = htmlSources(args.filter);
  const producers = PRODUCERS.filter((p) => !args.producer || args.producer.test(p.id));
  if (!sources.length || !producers.length) {
    console.error('producers: no document or producer matches the filters');
    return 2;
  }
  const dir = args.out ?? mkdtempSync(join(tmpdir(), 'nianbao-producers-'));
  const t0 = Date.now();
  const made = await makePdfs(cross(sources, producers), dir);
  const t1 = Date.now();

  const rows = new Map(producers.map((p) => [p.id, emptyRow()]));
  const total = emptyRow();
  const failing: string[] = [];
  for (const m of made) {
    const run = m.pdf ? await auditFile(m.pdf) : { output: null, error: 'LibreOffice wrote no PDF' };
    const c = run.output ? compare(m.source.truth, run.output) : null;
    add(rows.get(m.producer.id)!, c);
    add(total, c);
    if (args.verbose && (!c || !c.pass)) failing.push(`  ${m.source.id} ~ ${m.producer.id}`, ...describe(c, run.error));
  }
  if (args.out) writeManifest(dir, made);
  else rmSync(dir, { recursive: true, force: true });

  console.log(`${made.length} PDFs: ${sources.length} documents × ${producers.length} producers (made in ${((t1 - t0) / 1000).toFixed(1)} s, audited in ${((Date.now() - t1) / 1000).toFixed(1)} s)\n`);
  console.log(table([...rows, ['TOTAL', total]]));
  console.log('\npass = the scorer\'s criteria. false err/warn = error/warning findings the truth does not have. misread = a number other than the truth\'s; unread = null where the truth has a number.');
  for (const p of producers) console.log(`  ${p.id.padEnd(18)} ${p.description}`);
  if (failing.length) console.log(`\nfailing PDFs:\n${failing.join('\n')}`);
  if (args.out) console.log(`\nfiles kept in ${dir} (MANIFEST.json for score.mjs)`);
  console.log(`\n${total.pass} passed, ${total.docs - total.pass} failed; ${total.falseErrors} false errors, ${total.misread} misread cells, ${total.unread} unread cells`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`producers: ${(e as Error)?.stack ?? e}`);
    process.exitCode = 2;
  },
);

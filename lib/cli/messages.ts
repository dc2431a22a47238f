// Every sentence the checker prints itself, in zh-CN and English. Rule messages come from the
// audit; official labels stay Chinese in both languages.

import { format, type Lang } from '../i18n/format';
import type { UsageError } from './args';

const HELP_ZH = `年报审计 —— 政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）检查工具

用法：npm run audit -- [选项] 输入…

输入：
  文件       .txt .md（文本）、.html .htm（网页）、.pdf
  文件夹     递归审计其中所有支持的文件（按路径排序），输出汇总表
  网址       http(s) 地址，下载后审计（20 秒超时，20 MB 上限；只跟随到公网地址的重定向）
  -          从标准输入读取（按内容判断是 PDF、HTML 还是文本）
  多个输入、文件夹、清单或列表页时，同一机关相邻年度的报告自动配对，做跨年度核对
  （carryover-mismatch、in-force-chain）。

批量与跨年度：
  --previous 文件|网址  上年度报告，与唯一的输入（本年度报告）做跨年度核对
  --list 文件          输入清单：每行一个文件路径或网址（# 开头为注释），可重复
  --listing 网址       政府信息公开年报列表页：审计其中链接的各篇年度报告
  --listing-pages N    列表页最多跟随 N 页“下一页”（默认 1）
  --jobs N             同时审计的文档数（工作线程，默认为 CPU 核数）
  --jsonl 文件         每个输入一行 JSON 记录（边审计边写入；结束时按输入顺序重写并加入跨年度结果）
  --csv 文件           汇总表（CSV，UTF-8 带 BOM）；--xlsx 文件：汇总表（Excel 工作簿）
  --resume             跳过 --jsonl 文件中已有记录的输入，只审计其余输入
  --shard i/n          只审计输入的第 i 份（共 n 份，按输入顺序轮流分配），用于多机并行
  --merge              输入为各分片的 --jsonl 文件：合并、重新配对相邻年度，写出 --jsonl/--csv/--xlsx
  --no-cross-year      不自动配对相邻年度
  --no-progress        终端上也不显示进度条（进度条只在标准错误是终端时显示）

选项：
  --json          输出审计 JSON（见 shared/spec/audit-json.md）。一个输入时输出一个对象；
                  多个输入或文件夹时输出数组，每项为
                  {"input", "status", "audit", "error"}，status 为 ok / errors /
                  not-a-report / input-error / internal-error
  --lang zh|en    输出语言（默认 zh）
  --no-color      不使用彩色输出（也可设置环境变量 NO_COLOR）；--color 强制彩色
  --timeout 秒    每个文件最长处理时间（默认 30 秒），超时按无法读取处理，继续下一个文件
  --max-memory MB 每个文件的内存上限（默认 768 MB），超过按无法读取处理，继续下一个文件
  -h, --help      显示本帮助
  -V, --version   显示版本

退出码：
  0  未发现错误级问题
  1  发现错误级问题
  2  用法错误或输入无法读取（文件不存在、为空、二进制、超过 20 MB、下载失败、PDF 已加密
     或损坏、超出读取限度、超时、内存超限……）
  3  输入不是政府信息公开工作年度报告
  4  内部错误（程序缺陷，请报告）
  多个输入时：有内部错误为 4，否则任一输入无法读取为 2，否则任一报告有错误为 1，
  全部不是年报为 3，否则 0。
`;

const HELP_EN = `Nianbao Audit — checks Chinese government information-disclosure annual reports
(政府信息公开工作年度报告, format 国办公开办函〔2021〕30号)

Usage: npm run audit -- [options] INPUT…

Inputs:
  file       .txt .md (text), .html .htm (web page), .pdf
  folder     audits every supported file in it, recursively, sorted by path; prints a summary
  URL        an http(s) address, downloaded then audited (20 s timeout, 20 MB cap; redirects
             are followed to public addresses only)
  -          standard input (PDF, HTML or text, told by the content)
  With several inputs, a folder, a list or a listing page, reports of the same organ and
  consecutive years are paired and compared across years (carryover-mismatch, in-force-chain).

Batches and years:
  --previous FILE|URL  last year's report, compared with the one input (this year's report)
  --list FILE          a list of inputs: one path or URL a line (# starts a comment); repeatable
  --listing URL        a listing page (政府信息公开年报 column): audits the reports it links to
  --listing-pages N    follow the listing's 下一页 links up to N pages (default 1)
  --jobs N             documents audited at once (worker threads; default: the CPU cores)
  --jsonl FILE         one JSON record a line per input (written as each is done; rewritten at
                       the end in input order with the cross-year findings)
  --csv FILE           summary table (CSV, UTF-8 with BOM); --xlsx FILE: the same as a workbook
  --resume             skip the inputs already recorded in the --jsonl file
  --shard i/n          audit only share i of n of the inputs (dealt in turn), for several machines
  --merge              the inputs are --jsonl files of shards: merge them, pair the years anew,
                       write --jsonl/--csv/--xlsx
  --no-cross-year      do not pair consecutive years
  --no-progress        no progress bar (it is shown only when standard error is a terminal)

Options:
  --json          print the audit JSON (see shared/spec/audit-json.md): one object for one
                  input; for several inputs or a folder an array of
                  {"input", "status", "audit", "error"}, status being ok / errors /
                  not-a-report / input-error / internal-error
  --lang zh|en    output language (default zh)
  --no-color      no coloured output (or set NO_COLOR); --color forces colour
  --timeout S     seconds one file may take (default 30); past it the file counts as
                  unreadable and the next one is audited
  --max-memory MB memory limit per file (default 768 MB); past it likewise
  -h, --help      show this help
  -V, --version   show the version

Exit codes:
  0  no error-severity findings
  1  error-severity findings
  2  usage error or unreadable input (missing, empty, binary, over 20 MB, download failed,
     encrypted or damaged PDF, past a reading limit, timed out, out of memory…)
  3  the input is not an annual report
  4  internal error (a bug: please report it)
  With several inputs: 4 on any internal error, else 2 if any input is unreadable, else 1
  if any report has errors, else 3 if none is a report, else 0.
`;

export interface Messages {
  help: string;
  /** "标题：x" / "Title: x" */
  field(name: string, value: string): string;
  /** "x（y）" / "x (y)" */
  paren(text: string, note: string | number): string;
  /** Between fields on one line. */
  gap: string;
  errorPrefix: string;
  usage(e: UsageError): string;
  internal(detail: string): string;
  auditMissing(detail: string): string;
  file: string;
  title: string;
  year: string;
  organ: string;
  format: string;
  formats: Record<'2021' | '2019' | 'unknown', string>;
  kinds: Record<'text' | 'html' | 'pdf', string>;
  none: string;
  sections: string;
  sectionMissing: string;
  tables: string;
  tableFound(filled: number, total: number): string;
  tableMissing: string;
  table2019: string;
  findings: string;
  severities: Record<'error' | 'warning' | 'info', string>;
  noFindings: string;
  expectedActual(expected: number | undefined, actual: number | undefined): string;
  suspect: string;
  cells: string;
  moreCells(n: number): string;
  notes: string;
  verdict: string;
  verdictErrors(errors: number, warnings: number): string;
  verdictWarnings(warnings: number): string;
  verdictReview(warnings: number): string;
  verdictClean: string;
  verdictOldFormat: string;
  notReport: string;
  summaryHeader: [string, string, string, string, string, string, string];
  status: Record<'ok' | 'errors' | 'not-a-report' | 'input-error' | 'internal-error', string>;
  summaryTotal(n: number, errors: number, unreadable: number, notReports: number): string;
  detailsHint: string;
  previous: string;
  previousCompared(name: string, year: number | null, organ: string | null): string;
  previousNotCompared: Record<'not-a-report' | 'old-format' | 'not-consecutive' | 'other-organ', string>;
  previousFailed(error: string): string;
  pairedYears(pairs: number): string;
  resumed(kept: number, todo: number): string;
  skippedLines(path: string, n: number): string;
  wrote(path: string): string;
}

const ZH: Messages = {
  help: HELP_ZH,
  field: (n, v) => `${n}：${v}`,
  paren: (t, n) => `${t}（${n}）`,
  gap: '　',
  errorPrefix: '错误：',
  usage: (e) =>
    e.code === 'unknown-option'
      ? `未知选项：${e.option}（用 --help 查看用法）`
      : e.code === 'bad-lang'
        ? `--lang 只能是 zh 或 en，而不是“${e.value}”`
        : e.code === 'bad-number'
          ? `${e.option} 需要不小于 ${e.min} 的${e.option === '--jobs' || e.option === '--listing-pages' ? '整数' : '数值'}，而不是“${e.value}”`
          : e.code === 'missing-value'
            ? `${e.option} 需要一个值`
            : e.code === 'bad-shard'
              ? `--shard 的格式是 i/n（1 ≤ i ≤ n，例如 2/8），而不是“${e.value}”`
              : e.code === 'previous-needs-one'
                ? `--previous 只能与一个输入（本年度报告）一起使用，现在有 ${e.count} 个；多个输入时会自动配对相邻年度`
                : e.code === 'resume-needs-jsonl'
                  ? '--resume 需要 --jsonl 文件（已记录的输入会被跳过）'
                  : e.code === 'merge-needs-output'
                    ? '--merge 需要输出：--jsonl、--csv、--xlsx 或 --json'
                    : '缺少输入：请给出文件、文件夹或网址（用 --help 查看用法）',
  internal: (d) => `内部错误：${d}`,
  auditMissing: (d) => `审计模块（lib/audit/index.ts）无法加载（${d}）`,
  file: '文件',
  title: '标题',
  year: '年度',
  organ: '机关',
  format: '格式',
  formats: { '2021': '2021 版（国办公开办函〔2021〕30号）', '2019': '2019 版（国办公开办函〔2019〕60号）', unknown: '未能判断' },
  kinds: { text: '文本', html: '网页', pdf: 'PDF' },
  none: '未识别',
  sections: '章节',
  sectionMissing: '未找到',
  tables: '表格',
  tableFound: (f, t) => `${f}/${t} 个单元格有数值`,
  tableMissing: '未找到',
  table2019: '2019 版表格，不按 2021 版格式核对',
  findings: '发现的问题',
  severities: { error: '错误', warning: '警告', info: '提示' },
  noFindings: '未发现问题。',
  expectedActual: (e, a) =>
    [e !== undefined ? `应为 ${e}` : null, a !== undefined ? `实际 ${a}` : null].filter(Boolean).join('，'),
  suspect: '最可能有误的单元格',
  cells: '单元格',
  moreCells: (n) => `……等共 ${n} 个单元格`,
  notes: '说明',
  verdict: '结论',
  verdictErrors: (e, w) => `发现 ${e} 个错误${w ? `、${w} 个警告` : ''}，报告存在需要更正的问题。`,
  verdictWarnings: (w) => `未发现错误；有 ${w} 个警告需要人工核对。`,
  verdictReview: (w) => `未发现错误${w ? `，有 ${w} 个警告` : ''}；部分单元格未能可靠读取，需要对照原文人工核对。`,
  verdictClean: '未发现错误或警告。',
  verdictOldFormat: '这是2019年格式（国办公开办函〔2019〕60号）的年报，不按2021年格式核对。',
  notReport: '这不是政府信息公开工作年度报告。',
  summaryHeader: ['文件', '结论', '错误', '警告', '提示', '年度', '机关'],
  status: { ok: '通过', errors: '有错误', 'not-a-report': '非年报', 'input-error': '无法读取', 'internal-error': '内部错误' },
  summaryTotal: (n, e, u, r) => `共 ${n} 个文件：${e} 个有错误，${u} 个无法读取，${r} 个不是年报。`,
  detailsHint: '逐个文件运行可查看详细结果。',
  previous: '上年报告',
  previousCompared: (n, y, o) => `${n}（${y ?? '年度未识别'}年${o ? `，${o}` : ''}），已做跨年度核对`,
  previousNotCompared: {
    'not-a-report': '不是年报，未做跨年度核对',
    'old-format': '不是2021年格式的年报，未做跨年度核对',
    'not-consecutive': '不是本年度的上一年度报告，未做跨年度核对',
    'other-organ': '与本报告不是同一机关，未做跨年度核对',
  },
  previousFailed: (e) => `上年报告无法读取：${e}`,
  pairedYears: (n) => `按机关与年度配对了 ${n} 组相邻年度报告，已做跨年度核对。`,
  resumed: (k, t) => `续跑：已记录 ${k} 个输入，跳过；还需审计 ${t} 个。`,
  skippedLines: (p, n) => `${p} 中有 ${n} 行无法解析，已忽略（可能是中断时写了一半的记录）。`,
  wrote: (p) => `已写入 ${p}`,
};

const EN: Messages = {
  help: HELP_EN,
  field: (n, v) => `${n}: ${v}`,
  paren: (t, n) => `${t} (${n})`,
  gap: '   ',
  errorPrefix: 'error: ',
  usage: (e) =>
    e.code === 'unknown-option'
      ? `unknown option: ${e.option} (see --help)`
      : e.code === 'bad-lang'
        ? `--lang must be zh or en, not "${e.value}"`
        : e.code === 'bad-number'
          ? `${e.option} needs ${e.option === '--jobs' || e.option === '--listing-pages' ? 'a whole number' : 'a number'} of at least ${e.min}, not "${e.value}"`
          : e.code === 'missing-value'
            ? `${e.option} needs a value`
            : e.code === 'bad-shard'
              ? `--shard takes i/n (1 ≤ i ≤ n, e.g. 2/8), not "${e.value}"`
              : e.code === 'previous-needs-one'
                ? `--previous goes with one input (this year's report), not ${e.count}; with several inputs consecutive years are paired by themselves`
                : e.code === 'resume-needs-jsonl'
                  ? '--resume needs a --jsonl file (the inputs recorded there are skipped)'
                  : e.code === 'merge-needs-output'
                    ? '--merge needs an output: --jsonl, --csv, --xlsx or --json'
                    : 'no input: give a file, a folder or a URL (see --help)',
  internal: (d) => `internal error: ${d}`,
  auditMissing: (d) => `the audit module (lib/audit/index.ts) cannot be loaded (${d})`,
  file: 'File',
  title: 'Title',
  year: 'Year',
  organ: 'Organ',
  format: 'Format',
  formats: { '2021': '2021 (国办公开办函〔2021〕30号)', '2019': '2019 (国办公开办函〔2019〕60号)', unknown: 'unknown' },
  kinds: { text: 'text', html: 'web page', pdf: 'PDF' },
  none: 'not found',
  sections: 'Sections',
  sectionMissing: 'missing',
  tables: 'Tables',
  tableFound: (f, t) => `${f}/${t} cells hold a number`,
  tableMissing: 'not found',
  table2019: '2019-format table, not checked against the 2021 format',
  findings: 'Findings',
  severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  noFindings: 'No findings.',
  expectedActual: (e, a) =>
    [e !== undefined ? `expected ${e}` : null, a !== undefined ? `actual ${a}` : null].filter(Boolean).join(', '),
  suspect: 'Most likely wrong',
  cells: 'Cells',
  moreCells: (n) => `… ${n} cells in all`,
  notes: 'Notes',
  verdict: 'Verdict',
  verdictErrors: (e, w) => format('{e, plural, one {# error} other {# errors}}{w, plural, =0 {} one { and # warning} other { and # warnings}}: the report needs corrections.', { e, w }, 'en'),
  verdictWarnings: (w) => format('no errors; {w, plural, one {# warning} other {# warnings}} to check by hand.', { w }, 'en'),
  verdictReview: (w) => format('no errors{w, plural, =0 {} one {, # warning} other {, # warnings}}; some cells could not be read reliably: check them against the original.', { w }, 'en'),
  verdictClean: 'no errors or warnings.',
  verdictOldFormat: 'a report in the 2019 format (国办公开办函〔2019〕60号), not checked against the 2021 format.',
  notReport: 'this is not a government information-disclosure annual report.',
  summaryHeader: ['File', 'Verdict', 'Errors', 'Warnings', 'Notes', 'Year', 'Organ'],
  status: {
    ok: 'pass',
    errors: 'errors',
    'not-a-report': 'not a report',
    'input-error': 'unreadable',
    'internal-error': 'internal error',
  },
  summaryTotal: (n, e, u, r) => format('{n, plural, one {# file} other {# files}}: {e} with errors, {u} unreadable, {r} not a report.', { n, e, u, r }, 'en'),
  detailsHint: 'Run on a single file for the details.',
  previous: "Last year's report",
  previousCompared: (n, y, o) => `${n} (${y ?? 'year unknown'}${o ? `, ${o}` : ''}), compared across years`,
  previousNotCompared: {
    'not-a-report': 'not an annual report: not compared across years',
    'old-format': 'not a 2021-format report: not compared across years',
    'not-consecutive': "not the report of the year before this one: not compared across years",
    'other-organ': 'not the same organ as this report: not compared across years',
  },
  previousFailed: (e) => `last year's report cannot be read: ${e}`,
  pairedYears: (n) => `${n} pair(s) of consecutive years of the same organ compared across years.`,
  resumed: (k, t) => `Resuming: ${k} input(s) already recorded and skipped; ${t} to audit.`,
  skippedLines: (p, n) => `${n} line(s) of ${p} could not be parsed and were ignored (a record cut short by an interruption?).`,
  wrote: (p) => `wrote ${p}`,
};

export const messages = (lang: Lang): Messages => (lang === 'en' ? EN : ZH);

// Why an input could not be read, with the one-line message the user sees (zh-CN or English).

export type { Lang } from '../i18n/format';
import type { Lang } from '../i18n/format';

const MESSAGES = {
  'not-found': { zh: '找不到文件：{input}', en: 'File not found: {input}' },
  empty: { zh: '文件是空的：{input}', en: 'The file is empty: {input}' },
  binary: {
    zh: '无法读取：不是文本、HTML 或 PDF 文件（疑似二进制数据）：{input}',
    en: 'Cannot read: not a text, HTML or PDF file (looks like binary data): {input}',
  },
  'too-large': {
    zh: '文件超过 {limit} MB 上限（{size} MB）：{input}',
    en: 'The file exceeds the {limit} MB limit ({size} MB): {input}',
  },
  unreadable: { zh: '无法读取文件：{input}（{reason}）', en: 'Cannot read the file: {input} ({reason})' },
  'folder-unreadable': { zh: '无法读取文件夹：{input}（{reason}）', en: 'Cannot read the folder: {input} ({reason})' },
  'folder-empty': {
    zh: '文件夹中没有可审计的文件（{extensions}）：{input}',
    en: 'The folder holds no file to audit ({extensions}): {input}',
  },
  'not-a-file': {
    zh: '无法读取：不是普通文件（管道、设备或套接字）：{input}',
    en: 'Cannot read: not a regular file (a pipe, device or socket): {input}',
  },
  'pdf-unreadable': { zh: '{reasonZh}：{input}', en: '{reasonEn}: {input}' },
  timeout: {
    zh: '处理超时（{seconds} 秒），文件可能过于复杂或经过恶意构造，已停止：{input}',
    en: 'Gave up after {seconds} s (the file may be too complex or crafted to hang a reader): {input}',
  },
  'out-of-memory': {
    zh: '处理时内存超过 {limit} MB 上限，文件可能过于复杂或经过恶意构造，已停止：{input}',
    en: 'Gave up at the {limit} MB memory limit (the file may be too complex or crafted to exhaust memory): {input}',
  },
  'extract-failed': {
    zh: '无法解析 {kind} 内容：{input}（{reason}）',
    en: 'Cannot parse the {kind} content: {input} ({reason})',
  },
  'bad-url': { zh: '网址无效：{input}', en: 'Invalid URL: {input}' },
  'fetch-failed': { zh: '下载失败：{input}（{reason}）', en: 'Download failed: {input} ({reason})' },
  'fetch-status': { zh: '下载失败：{input}（HTTP {status}）', en: 'Download failed: {input} (HTTP {status})' },
  'fetch-timeout': { zh: '下载超时（{seconds} 秒）：{input}', en: 'Download timed out ({seconds} s): {input}' },
  'fetch-redirect-refused': {
    zh: '下载失败：重定向到了非公网或非 http(s) 地址（{target}），已拒绝：{input}',
    en: 'Download failed: redirected to a non-public or non-http(s) address ({target}), refused: {input}',
  },
  'fetch-redirects': { zh: '下载失败：重定向超过 {max} 次：{input}', en: 'Download failed: more than {max} redirects: {input}' },
  'fetch-too-large': {
    zh: '下载内容超过 {limit} MB 上限：{input}',
    en: 'The download exceeds the {limit} MB limit: {input}',
  },
  'not-a-listing': {
    zh: '不是年报列表页（链接中找不到至少 3 篇“政府信息公开工作年度报告”）：{input}',
    en: 'Not a listing page (fewer than 3 links name a 政府信息公开工作年度报告): {input}',
  },
  'list-unreadable': { zh: '无法读取输入清单：{input}（{reason}）', en: 'Cannot read the input list: {input} ({reason})' },
  'records-unreadable': { zh: '无法读取审计记录文件：{input}（{reason}）', en: 'Cannot read the records file: {input} ({reason})' },
} as const satisfies Record<string, Record<Lang, string>>;

export type InputErrorCode = keyof typeof MESSAGES;

/** English for lib/extract/pdf/errors.ts's reasons (their details stay as given). */
const PDF_REASONS_EN: Record<string, string> = {
  encrypted: 'The PDF is encrypted (it needs a password)',
  broken: 'The PDF is damaged or incomplete (an interrupted download?)',
  'no-text': 'The PDF has no text layer (a scan?): its tables cannot be read',
  'too-large': 'The PDF exceeds the size that can be read',
  'too-complex': 'The PDF holds data past the limits of a safe reading (damaged or crafted)',
};

export function pdfReasonEn(code: string, detail?: string): string {
  const base = PDF_REASONS_EN[code] ?? 'The PDF cannot be read';
  return detail ? `${base} (${detail})` : base;
}

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: InputErrorCode, params: Record<string, string | number>) {
    super(render(MESSAGES[code].zh, params));
    this.name = 'InputError';
    this.code = code;
    this.params = params;
  }

  localized(lang: Lang): string {
    return render(MESSAGES[this.code][lang], this.params);
  }
}

function render(tpl: string, params: Record<string, string | number>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

/**
 * A short reason from a Node system error ("ENOENT", "EACCES"), else the first line of the
 * message (a PdfExtractError's code is not a reason: its message says why in full).
 */
export function reasonOf(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' && /^E[A-Z0-9_]+$/.test(e.code)) return e.code;
  if (e instanceof Error) return e.message.split('\n')[0]!;
  return String(e);
}

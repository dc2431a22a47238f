// Why an input could not be read, with the one-line message the user sees (zh-CN or English).

export type Lang = 'zh' | 'en';

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
  'not-supported-yet': {
    zh: '暂不支持 {kind} 输入（{kind} 解析模块尚未就绪）：{input}',
    en: '{kind} input is not supported yet (the {kind} extractor is not available): {input}',
  },
  'extract-failed': {
    zh: '无法解析 {kind} 内容：{input}（{reason}）',
    en: 'Cannot parse the {kind} content: {input} ({reason})',
  },
  'bad-url': { zh: '网址无效：{input}', en: 'Invalid URL: {input}' },
  'fetch-failed': { zh: '下载失败：{input}（{reason}）', en: 'Download failed: {input} ({reason})' },
  'fetch-status': { zh: '下载失败：{input}（HTTP {status}）', en: 'Download failed: {input} (HTTP {status})' },
  'fetch-timeout': { zh: '下载超时（{seconds} 秒）：{input}', en: 'Download timed out ({seconds} s): {input}' },
  'fetch-too-large': {
    zh: '下载内容超过 {limit} MB 上限：{input}',
    en: 'The download exceeds the {limit} MB limit: {input}',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type InputErrorCode = keyof typeof MESSAGES;

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

/** A short reason from a Node system error ("ENOENT", "EACCES") or any thrown value. */
export function reasonOf(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  if (e instanceof Error) return e.message.split('\n')[0]!;
  return String(e);
}

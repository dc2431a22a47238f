// Why a PDF could not be read, worded for the user (zh-CN).

export type PdfErrorCode = 'encrypted' | 'broken' | 'no-text' | 'too-large' | 'too-complex';

const MESSAGES: Record<PdfErrorCode, string> = {
  encrypted: '此 PDF 已加密（需要密码才能打开），无法读取',
  broken: '此 PDF 文件已损坏或不完整（可能下载中断），无法读取',
  'no-text': '此 PDF 没有文本层（可能是扫描件），无法读取表格',
  'too-large': '此 PDF 过大，超出可读取的上限',
  'too-complex': '此 PDF 含有超出读取限度的数据（可能是损坏或恶意构造的文件），无法可靠读取',
};

export class PdfExtractError extends Error {
  readonly code: PdfErrorCode;
  /** What exactly went wrong (a size, a limit, pdf.js's own message), when known. */
  readonly detail?: string;

  constructor(code: PdfErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]}（${detail}）` : MESSAGES[code]);
    this.name = 'PdfExtractError';
    this.code = code;
    if (detail) this.detail = detail;
  }
}

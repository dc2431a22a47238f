// Notes on how well the document was read, worded for the reader.

import type { RecognizedReport } from '../model/report';
import { format, type Lang } from './format';

const POOR = {
  zh: '表格中有{unsure}个单元格未能可靠读取，原文可能不完整或格式错乱，缺失类问题仅供参考',
  en: '{unsure, plural, one {# table cell} other {# table cells}} could not be read reliably; the document may be incomplete or garbled, so findings about missing parts are for reference only',
};

/** The extractor's notes, then the reader's verdict on the document as a whole. */
export function readingNotes(report: RecognizedReport | null, extractionNotes: readonly string[], lang: Lang): string[] {
  const notes = [...extractionNotes];
  if (report?.poorReading) notes.push(format(POOR[lang], { unsure: report.poorReading.unsure }, lang));
  return [...new Set(notes)];
}

// Whether the reader said it could not read a table (cells marked uncertain, doubts, or a note such
// as "表三未能可靠读取"). Such a table is a question for the user (needs-review), not a fault of the
// publisher, so table-missing and table-empty stay silent for it.

import type { RecognizedReport } from '../model/report';
import { TABLE_NUMBER, type TableId } from '../standard/tables';

const NUMERAL: Record<2 | 3 | 4, string> = { 2: '二', 3: '三', 4: '四' };

export function tableUnreadable(report: RecognizedReport, id: TableId): boolean {
  const t = report.tables[id];
  if (t.doubts.length > 0) return true;
  if (Object.values(t.cells).some((c) => c.status === 'uncertain')) return true;
  const n = TABLE_NUMBER[id];
  const names = `(?:表${NUMERAL[n]}|表${n}|第${NUMERAL[n]}张表)`;
  const unreadable = new RegExp(`${names}[^。；;]*?(?:未能|无法|不能|没能)[^。；;]*?(?:读取|识别|解析)`);
  return report.notes.some((note) => unreadable.test(note));
}

// Whether the reader said it could not read a table (cells marked uncertain, or doubts). Such a
// table is a question for the user (needs-review), not a fault of the publisher, so table-missing
// and table-empty stay silent for it.

import type { RecognizedReport } from '../model/report';
import type { TableId } from '../standard/tables';

export function tableUnreadable(report: RecognizedReport, id: TableId): boolean {
  const t = report.tables[id];
  return t.doubts.length > 0 || Object.values(t.cells).some((c) => c.status === 'uncertain');
}

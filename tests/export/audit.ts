// A minimal audit with all three tables found and the given cell values (others blank).

import type { AuditResult } from '../../lib/audit/schema';
import { CELL_KEYS, type TableId } from '../../lib/standard/tables';

export function audit(values: Partial<Record<TableId, Record<string, number | null>>>): AuditResult {
  const table = (id: TableId) => ({
    found: true,
    cells: Object.fromEntries(CELL_KEYS[id].map((k) => [k, values[id]?.[k] ?? null])),
  });
  return {
    source: { kind: 'text', name: 't' },
    report: { title: null, year: 2023, organ: null, format: '2021' },
    sections: [],
    tables: { active: table('active'), applications: table('applications'), reviews: table('reviews') },
    findings: [],
  } as unknown as AuditResult;
}

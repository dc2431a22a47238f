// ReportFigures (lib/model/figures.ts) as a zod schema: figures cross worker threads, files of
// the checker (JSON Lines records) and the extension's caches, and are validated where read.

import { z } from 'zod';
import { CELL_KEYS, TABLE_IDS, type TableId } from '../standard/tables';
import type { ReportFigures } from '../model/figures';

const CellSchema = z.object({
  value: z.number().finite().nullable(),
  status: z.enum(['number', 'blank', 'placeholder', 'invalid', 'absent', 'uncertain']),
});

const tableSchema = (id: TableId) =>
  z.object({
    found: z.boolean(),
    cells: z.object(Object.fromEntries(CELL_KEYS[id].map((k) => [k, CellSchema]))).strict(),
  });

export const FiguresSchema = z.object({
  source: z.object({ kind: z.enum(['html', 'pdf', 'text']), name: z.string(), url: z.string().optional() }),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  organ: z.string().nullable(),
  format: z.enum(['2021', '2019', 'unknown']),
  tables: z.object(Object.fromEntries(TABLE_IDS.map((id) => [id, tableSchema(id)])) as Record<TableId, ReturnType<typeof tableSchema>>),
}) satisfies z.ZodType<ReportFigures>;

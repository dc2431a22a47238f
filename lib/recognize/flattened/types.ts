import type { Doubt } from '../../model/doubt';
import type { CellReading, LabelDeviation, StructureVariant } from '../../model/report';
import type { TableId } from '../../standard/tables';

export interface Span {
  start: number;
  end: number;
}

/** One standard table decoded from flattened text. */
export interface FlattenedTable {
  id: TableId;
  /** Every key of CELL_KEYS[id]. */
  cells: Record<string, CellReading>;
  labels: LabelDeviation[];
  /** Why cells are uncertain. */
  doubts: Doubt[];
  /** Offsets of the table's text in the input (headings excluded), to cut it out of the narrative. */
  span: Span;
  variants: StructureVariant[];
  /** Label/digit pairs inside the table that matched no standard row. */
  leftovers: number;
}

/** A count stated in the narrative that names table cells, e.g. "制发行政规范性文件62件". */
export interface NarrativeFigure {
  table: TableId;
  /** The figure equals the sum of the cells of one of these groups (收到 may be new or new + carried_in). */
  alternatives: string[][];
  value: number;
  /** The phrase as printed. */
  text: string;
  span: Span;
  /** It decided between readings that the table's own arithmetic left open. */
  used: boolean;
}

export interface FlattenedTables {
  tables: Partial<Record<TableId, FlattenedTable>>;
  figures: NarrativeFigure[];
}

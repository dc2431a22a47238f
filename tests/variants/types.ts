// Shapes shared by the variant harness: the truth object (the audit JSON contract of
// ../shared/spec/audit-json.md, plus the corpus' free-form "notes"), a source document, a
// transform and the variant it makes.

export type TableKey = 'active' | 'applications' | 'reviews';
export type CellValue = number | null;

export interface TruthFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  cells: string[];
  expected?: number;
  actual?: number;
  /** A judgement call: matched when present, never missed when absent (score.mjs). */
  optional?: boolean;
}

export interface TruthSection {
  no: number;
  key: string;
  found: boolean;
  title: string | null;
}

export interface UncertainCells {
  cells: string[];
  status?: string;
  [k: string]: unknown;
}

export interface TruthNotes {
  uncertain_cells?: UncertainCells[];
  /** Cells the document prints no row or column for (null, reported by structure-variant). */
  absent_cells?: { cells: string[]; why?: string };
  /** What the variant harness changed, for a reader of the generated truth file. */
  variant?: { transform: string; description: string; source: string; changes: string[] };
  [k: string]: unknown;
}

export interface Truth {
  source: { kind: 'html' | 'pdf' | 'text'; name: string; url?: string };
  report: { title: string | null; year: number | null; organ: string | null; format: string } | null;
  sections: TruthSection[];
  tables: Record<TableKey, { found: boolean; cells: Record<string, CellValue> }>;
  findings: TruthFinding[];
  notes?: TruthNotes;
}

export type SourceFormat = 'html' | 'text';

/** One corpus document whose truth we know. */
export interface Source {
  /** The corpus document id (manifest id). */
  id: string;
  format: SourceFormat;
  /** Manifest style: a, b, savedhtml, seed-text, crawltext. */
  style: string;
  /** File name extension for variants (html, txt, md). */
  ext: string;
  /** Absolute path of the source file. */
  path: string;
  text: string;
  truth: Truth;
}

export interface TransformResult {
  /** The changed document (serialised HTML or text). */
  text: string;
  truth: Truth;
}

export interface Transform {
  /** Stable id, used in variant ids and the report table. */
  id: string;
  /** What a publisher (or crawler) did, in one line. */
  description: string;
  format: SourceFormat | 'any';
  /** Which source styles it applies to (default: every source of its format). */
  styles?: readonly string[];
  /** The variant, or null when the document has nothing this transform can change. */
  apply(source: Source): TransformResult | null;
}

export interface Variant {
  /** `${source.id}~${transform.id}` */
  id: string;
  transform: string;
  source: Source;
  /** File name inside the output folder. */
  file: string;
  text: string;
  truth: Truth;
}

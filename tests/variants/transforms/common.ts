// Scaffolding shared by the transforms: run an edit on a parsed copy of the source (or on its
// text) together with a TruthEdit, and turn "nothing to change" into null.

import { parseHtml, serializeHtml } from '../dom';
import { TruthEdit } from '../truth';
import type { Source, Transform, TransformResult } from '../types';

export interface HtmlSpec {
  id: string;
  description: string;
  styles?: readonly string[];
  /** Edit the document in place; return false when the transform does not apply. */
  edit(doc: Document, truth: TruthEdit, source: Source): boolean;
}

const parsed = new WeakMap<Source, Document>();

/** A fresh copy of the source's DOM: parsed once per source, cloned per transform (cheaper). */
export function sourceDom(source: Source): Document {
  let doc = parsed.get(source);
  if (!doc) parsed.set(source, (doc = parseHtml(source.text)));
  return doc.cloneNode(true) as Document;
}

/** An HTML transform that also exposes its in-place edit, so combos can chain edits on one DOM. */
export interface HtmlTransform extends Transform {
  edit: HtmlSpec['edit'];
}

export function htmlTransform(spec: HtmlSpec): HtmlTransform {
  return {
    edit: spec.edit,
    id: spec.id,
    description: spec.description,
    format: 'html',
    styles: spec.styles,
    apply(source: Source): TransformResult | null {
      const doc = sourceDom(source);
      const truth = new TruthEdit(source.truth);
      if (!spec.edit(doc, truth, source)) return null;
      return { text: serializeHtml(doc), truth: truth.finish(spec.id, spec.description, source.id) };
    },
  };
}

export interface TextSpec {
  id: string;
  description: string;
  styles?: readonly string[];
  /** The changed text, or null when the transform does not apply. */
  edit(text: string, truth: TruthEdit, source: Source): string | null;
}

export function textTransform(spec: TextSpec): Transform {
  return {
    id: spec.id,
    description: spec.description,
    format: 'text',
    styles: spec.styles,
    apply(source: Source): TransformResult | null {
      const truth = new TruthEdit(source.truth);
      const text = spec.edit(source.text, truth, source);
      if (text === null || text === source.text) return null;
      return { text, truth: truth.finish(spec.id, spec.description, source.id) };
    },
  };
}

/** Sum of printed values; null when all are blank; undefined when blank and numbers mix. */
export function sumOf(values: (number | null)[]): number | null | undefined {
  const nums = values.filter((v): v is number => v !== null);
  if (!nums.length) return null;
  if (nums.length !== values.length) return undefined;
  const s = nums.reduce((a, b) => a + b, 0);
  return Math.round(s * 1e6) / 1e6;
}

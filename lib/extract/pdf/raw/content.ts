// Ruling segments straight from a page's content stream: the graphics state (q, Q, cm), path
// construction and painting, form XObjects, and the glyphs of vertical (Identity-V) fonts.
// Other text and images are skipped unread. Bounded: every operator counts against the page's
// budget (forms included), a form already being drawn is not entered again, and each form's
// stream is decoded once per page however often it is drawn.

import { BudgetExceeded, MAX_FORM_DEPTH, MAX_PAGE_SEGMENTS, OperatorBudget } from '../budgets';
import { IDENTITY, multiply, toMatrix, type Matrix } from '../geometry';
import type { PageGraphics } from '../operators';
import { addPath, CLOSE, CURVE, LINE, MOVE, type Segment } from '../segments';
import { TextState } from '../text-state';
import type { Run } from '../types';
import { verticalFont, type VerticalFont } from './fonts';
import { Lexer } from './lexer';
import { isDict, isStream, Name, nameOf, parseValue, type RawPdf, type Stream, type Value } from './objects';

interface Out {
  segments: Segment[];
  glyphs: Run[];
  images: number;
  budget: OperatorBudget;
  /** Forms being drawn right now (a form that draws itself is skipped). */
  drawing: Set<Stream>;
  /** Decoded form streams of this page. */
  forms: Map<Stream, Uint8Array>;
}

export async function contentGraphics(pdf: RawPdf, pageIndex: number, viewport: Matrix): Promise<PageGraphics> {
  const page = (await pdf.pages())[pageIndex];
  if (!page) throw new Error('no such page');
  const contents = await pdf.get(page.dict.get('Contents') ?? null);
  const parts: Uint8Array[] = [];
  for (const c of Array.isArray(contents) ? contents : contents === null ? [] : [contents]) {
    const s = await pdf.get(c);
    if (isStream(s)) parts.push(await pdf.decode(s));
  }
  const out: Out = { segments: [], glyphs: [], images: 0, budget: new OperatorBudget(), drawing: new Set(), forms: new Map() };
  await run(pdf, join(parts), await pdf.get(page.resources), viewport, out, 0);
  return { segments: out.segments, verticalGlyphs: out.glyphs, images: out.images };
}

async function run(pdf: RawPdf, bytes: Uint8Array, resources: Value, start: Matrix, out: Out, depth: number): Promise<void> {
  const lx = new Lexer(bytes);
  const stack: Matrix[] = [];
  let ctm = start;
  let path: number[] = [];
  const args: Value[] = [];
  const num = (k: number) => {
    const v = args[args.length - k];
    return typeof v === 'number' ? v : 0;
  };
  const paint = (stroke: boolean, fill: boolean) => {
    if (path.length) addPath(path, ctm, stroke, fill, out.segments);
    path = [];
    if (out.segments.length > MAX_PAGE_SEGMENTS) throw new BudgetExceeded(`表格线超过 ${MAX_PAGE_SEGMENTS.toLocaleString('en')} 条`);
  };
  const text = new TextState();
  const fonts = new Map<string, VerticalFont | null>();
  let font: VerticalFont | null = null;
  // Set once text in another font has moved the pen by an amount not tracked here.
  let lost = false;
  const show = (value: Value) => {
    if (!font) {
      lost = true;
      return;
    }
    if (lost) throw new Error('vertical text after untracked text');
    for (const part of Array.isArray(value) ? value : [value]) {
      if (typeof part === 'number') text.adjust(part, true);
      else if (part instanceof Uint8Array) {
        for (let i = 0; i + 1 < part.length; i += 2) {
          const code = (part[i]! << 8) | part[i + 1]!;
          const width = font.widths.get(code) ?? font.dw;
          const vmetric = font.w2.get(code) ?? [font.dw2[1], width / 2, font.dw2[0]];
          const run = text.show({ unicode: font.toUnicode.get(code) ?? '', width, vmetric }, true, ctm);
          if (run) out.glyphs.push(run);
        }
      }
    }
  };

  for (;;) {
    const save = lx.pos;
    const tok = lx.next();
    if (tok.t === 'eof') break;
    if (tok.t === 'num') args.push(tok.v);
    else if (tok.t === 'name') args.push(new Name(tok.v));
    else if (tok.t === 'str') args.push(font ? lx.stringBytes(tok) : '');
    else if (tok.t === '[' || tok.t === '<<') {
      lx.pos = save;
      args.push(parseValue(lx, font !== null));
    } else if (tok.t === 'kw') {
      out.budget.spend();
      switch (tok.v) {
        case 'BT':
          text.begin();
          lost = false;
          break;
        case 'Tf': {
          const name = nameOf(args[args.length - 2] ?? null) ?? '';
          text.font = name;
          text.size = num(1);
          if (!fonts.has(name)) fonts.set(name, await fontResource(pdf, resources, name));
          font = fonts.get(name) ?? null;
          break;
        }
        case 'Tm': {
          const m = toMatrix([num(6), num(5), num(4), num(3), num(2), num(1)]);
          if (m) text.setMatrix(m);
          lost = false;
          break;
        }
        case 'Td':
          text.move(num(2), num(1));
          lost = false;
          break;
        case 'TD':
          text.leading = -num(1);
          text.move(num(2), num(1));
          lost = false;
          break;
        case 'T*':
          text.nextLine();
          lost = false;
          break;
        case 'TL':
          text.leading = num(1);
          break;
        case 'Tc':
          text.charSpacing = num(1);
          break;
        case 'Tw':
          text.wordSpacing = num(1);
          break;
        case 'Tz':
          text.hScale = num(1) / 100;
          break;
        case 'Ts':
          text.rise = num(1);
          break;
        case 'Tj':
        case 'TJ':
          show(args[args.length - 1] ?? null);
          break;
        case "'":
          text.nextLine();
          lost = false;
          show(args[args.length - 1] ?? null);
          break;
        case '"':
          text.wordSpacing = num(3);
          text.charSpacing = num(2);
          text.nextLine();
          lost = false;
          show(args[args.length - 1] ?? null);
          break;
        case 'q':
          stack.push(ctm);
          break;
        case 'Q':
          ctm = stack.pop() ?? ctm;
          break;
        case 'cm': {
          const m = toMatrix([num(6), num(5), num(4), num(3), num(2), num(1)]);
          if (m) ctm = multiply(ctm, m);
          break;
        }
        case 'm':
          path.push(MOVE, num(2), num(1));
          break;
        case 'l':
          path.push(LINE, num(2), num(1));
          break;
        case 'c':
        case 'v':
        case 'y':
          path.push(CURVE, 0, 0, 0, 0, num(2), num(1));
          break;
        case 'h':
          path.push(CLOSE);
          break;
        case 're': {
          const [x, y, w, h] = [num(4), num(3), num(2), num(1)];
          path.push(MOVE, x, y, LINE, x + w, y, LINE, x + w, y + h, LINE, x, y + h, CLOSE);
          break;
        }
        case 'S':
          paint(true, false);
          break;
        case 's':
          path.push(CLOSE);
          paint(true, false);
          break;
        case 'f':
        case 'F':
        case 'f*':
          paint(false, true);
          break;
        case 'B':
        case 'B*':
          paint(true, true);
          break;
        case 'b':
        case 'b*':
          path.push(CLOSE);
          paint(true, true);
          break;
        case 'n':
          path = [];
          break;
        case 'BI':
          out.images++;
          skipInlineImage(lx);
          break;
        case 'Do':
          if (depth < MAX_FORM_DEPTH) await runForm(pdf, resources, args[args.length - 1] ?? null, ctm, out, depth);
          break;
      }
      args.length = 0;
    } else {
      args.length = 0;
    }
  }
}

async function fontResource(pdf: RawPdf, resources: Value, name: string): Promise<VerticalFont | null> {
  const res = await pdf.get(resources);
  const dict = isDict(res) ? await pdf.get(res.get('Font') ?? null) : null;
  return isDict(dict) ? verticalFont(pdf, dict.get(name) ?? null) : null;
}

async function runForm(pdf: RawPdf, resources: Value, name: Value, ctm: Matrix, out: Out, depth: number) {
  const key = nameOf(name);
  const res = await pdf.get(resources);
  if (!key || !isDict(res)) return;
  const xobjects = await pdf.get(res.get('XObject') ?? null);
  if (!isDict(xobjects)) return;
  const form = await pdf.get(xobjects.get(key) ?? null);
  if (!isStream(form)) return;
  const subtype = nameOf(form.dict.get('Subtype') ?? null);
  if (subtype === 'Image') out.images++;
  if (subtype !== 'Form' || out.drawing.has(form)) return;
  const matrix = toMatrix((await pdf.get(form.dict.get('Matrix') ?? null)) as number[] | null) ?? IDENTITY;
  const own = form.dict.get('Resources');
  let bytes = out.forms.get(form);
  if (!bytes) out.forms.set(form, (bytes = await pdf.decode(form)));
  out.drawing.add(form);
  try {
    await run(pdf, bytes, own === undefined ? res : await pdf.get(own), multiply(ctm, matrix), out, depth + 1);
  } finally {
    out.drawing.delete(form);
  }
}

/** BI … ID <binary> EI: continue after the EI that stands alone. */
function skipInlineImage(lx: Lexer) {
  for (let tok = lx.next(); tok.t !== 'eof' && !(tok.t === 'kw' && tok.v === 'ID'); tok = lx.next());
  const b = lx.bytes;
  for (let i = lx.pos + 1; i + 1 < lx.end; i++) {
    if (b[i] === 0x45 && b[i + 1] === 0x49 && isWhite(b[i - 1]!) && (i + 2 >= lx.end || isWhite(b[i + 2]!))) {
      lx.pos = i + 2;
      return;
    }
  }
  lx.pos = lx.end;
}

function isWhite(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
}

function join(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 10;
    at += p.length + 1;
  }
  return out;
}

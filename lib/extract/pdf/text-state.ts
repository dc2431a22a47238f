// The PDF text state (ISO 32000 §9.3–9.4) as far as placing glyphs of vertical fonts needs it,
// shared by the operator-list reader and the direct content-stream reader.

import { apply, boxOf, IDENTITY, multiply, type Matrix } from './geometry';
import { cleanText } from './text';
import type { Run } from './types';

export interface GlyphInfo {
  unicode: string;
  /** Horizontal advance in glyph units (1/1000 em). */
  width: number;
  /** Vertical metrics [w1y, vx, vy] in glyph units, when the font has them. */
  vmetric?: readonly number[] | null;
  isSpace?: boolean;
}

export class TextState {
  tm: Matrix = IDENTITY;
  tlm: Matrix = IDENTITY;
  font = '';
  size = 0;
  charSpacing = 0;
  wordSpacing = 0;
  hScale = 1;
  leading = 0;
  rise = 0;

  begin(): void {
    this.tm = this.tlm = IDENTITY;
  }

  setMatrix(m: Matrix): void {
    this.tm = this.tlm = m;
  }

  move(tx: number, ty: number): void {
    this.tlm = multiply(this.tlm, [1, 0, 0, 1, tx, ty]);
    this.tm = this.tlm;
  }

  nextLine(): void {
    this.move(0, -this.leading);
  }

  /** A TJ adjustment (thousandths of an em, positive moves back). */
  adjust(amount: number, vertical: boolean): void {
    const d = (-amount / 1000) * this.size;
    this.tm = multiply(this.tm, vertical ? [1, 0, 0, 1, 0, d] : [1, 0, 0, 1, d * this.hScale, 0]);
  }

  /** Advance past a glyph; for a vertical font also return its box as a run. */
  show(glyph: GlyphInfo, vertical: boolean, ctm: Matrix): Run | null {
    const fs = this.size;
    const spacing = this.charSpacing + (glyph.isSpace ? this.wordSpacing : 0);
    if (!vertical) {
      this.tm = multiply(this.tm, [1, 0, 0, 1, ((glyph.width / 1000) * fs + spacing) * this.hScale, 0]);
      return null;
    }
    const [w1 = -1000, vx = glyph.width / 2, vy = 880] = glyph.vmetric ?? [];
    const m = multiply(ctm, this.tm);
    // The glyph's em box relative to its vertical origin (top centre).
    const hx = -vx / 1000;
    const hy = -vy / 1000 + this.rise / (fs || 1);
    const w = glyph.width / 1000;
    const box = boxOf([apply(m, hx * fs, (hy - 0.12) * fs), apply(m, (hx + w) * fs, (hy + 0.88) * fs)]);
    this.tm = multiply(this.tm, [1, 0, 0, 1, 0, (w1 / 1000) * fs + spacing]);
    const text = cleanText(glyph.unicode).trim();
    if (!text) return null;
    return { ...box, text, size: fs * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])), vertical: true };
  }
}

// Where the overlay's panel sits: docked to the left or right of the window, or where the reader
// dragged it (both remembered in storage.local), and never over the cells a finding located: it
// moves to the other side, then shortens above or below them, and folds to its header as a last
// resort. Re-placed whenever its size changes (a re-render) and when the window is resized.

import { browser } from 'wxt/browser';
import { PANEL_KEYS, parsePanelPrefs, type PanelPrefs } from '@/lib/messages';

const MARGIN = 12;
/** Shorter than this, a panel beside located cells is not worth showing unfolded. */
const MIN_HEIGHT = 150;
/** Below this window width the panel starts folded. */
export const NARROW_WIDTH = 1000;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Candidate {
  left: number;
  top: number;
  maxHeight: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const area = (a: Rect, b: Rect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

export async function readPrefs(): Promise<PanelPrefs> {
  const stored = await browser.storage.local.get(PANEL_KEYS.overlay).catch(() => ({}) as Record<string, unknown>);
  return parsePanelPrefs(stored[PANEL_KEYS.overlay]);
}

export class PanelLayout {
  private targets: Element[] = [];
  /** Folded by the layout (no room beside the located cells); never remembered. */
  autoFolded = false;
  private observer: ResizeObserver;
  private drag: { id: number; dx: number; dy: number } | null = null;

  constructor(
    private readonly box: HTMLElement,
    public prefs: PanelPrefs,
    /** Asks the host to re-render (after autoFolded changed). */
    private readonly redraw: () => void,
  ) {
    this.observer = new ResizeObserver(() => this.place());
    this.observer.observe(box);
    addEventListener('resize', this.onResize);
  }

  dispose(): void {
    this.observer.disconnect();
    removeEventListener('resize', this.onResize);
  }

  private onResize = () => this.place();

  /** The side the panel is on (a dragged panel: the half of the window its centre is in). */
  side(): 'left' | 'right' {
    if (this.prefs.x !== undefined) return this.prefs.x + this.box.offsetWidth / 2 < innerWidth / 2 ? 'left' : 'right';
    return this.prefs.dock ?? 'right';
  }

  /** Keeps the panel clear of these page elements (the located cells); [] forgets them. */
  keepClearOf(elements: Element[]): void {
    this.targets = elements;
    this.autoFolded = false;
    this.redraw();
    this.place();
  }

  /** The reader unfolded the panel: stop folding it until the next locate. */
  unfold(): void {
    this.autoFolded = false;
    this.targets = [];
  }

  toggleDock(): void {
    this.save({ ...this.prefs, dock: this.side() === 'right' ? 'left' : 'right', x: undefined, y: undefined });
    this.place();
  }

  save(prefs: PanelPrefs): void {
    const { x, y, ...rest } = prefs;
    this.prefs = x !== undefined && y !== undefined ? { ...rest, x, y } : rest;
    void browser.storage.local.set({ [PANEL_KEYS.overlay]: this.prefs }).catch(() => {});
  }

  /** Drag by the header: follows the pointer, remembered where it is let go. */
  startDrag(e: PointerEvent): void {
    if (e.button !== 0) return;
    const r = this.box.getBoundingClientRect();
    this.drag = { id: e.pointerId, dx: e.clientX - r.left, dy: e.clientY - r.top };
    const handle = e.currentTarget as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => {
      if (!this.drag || m.pointerId !== this.drag.id) return;
      this.apply(this.clamp({ left: m.clientX - this.drag.dx, top: m.clientY - this.drag.dy, maxHeight: innerHeight - 2 * MARGIN }));
    };
    const end = (u: PointerEvent) => {
      if (!this.drag || u.pointerId !== this.drag.id) return;
      this.drag = null;
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      const now = this.box.getBoundingClientRect();
      this.save({ ...this.prefs, x: Math.round(now.left), y: Math.round(now.top) });
      this.place();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
    e.preventDefault();
  }

  private clamp(c: Candidate): Candidate {
    const width = this.box.offsetWidth;
    const left = Math.min(Math.max(MARGIN, c.left), Math.max(MARGIN, innerWidth - width - MARGIN));
    const top = Math.min(Math.max(MARGIN, c.top), Math.max(MARGIN, innerHeight - 48 - MARGIN));
    return { left, top, maxHeight: Math.max(48, Math.min(c.maxHeight, innerHeight - top - MARGIN)) };
  }

  private apply(c: Candidate): void {
    this.box.style.left = `${c.left}px`;
    this.box.style.top = `${c.top}px`;
    this.box.style.maxHeight = `${c.maxHeight}px`;
  }

  /** The located elements that are on screen, as rectangles. */
  private targetRects(): Rect[] {
    return this.targets
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
  }

  place(): void {
    if (this.drag || !this.box.isConnected) return;
    const width = this.box.offsetWidth;
    const full = innerHeight - 2 * MARGIN;
    const sideX = (side: 'left' | 'right') => (side === 'left' ? MARGIN : innerWidth - width - MARGIN);
    const own = this.side();
    const other = own === 'left' ? 'right' : 'left';
    const home = this.clamp(this.prefs.x !== undefined && this.prefs.y !== undefined ? { left: this.prefs.x, top: this.prefs.y, maxHeight: full } : { left: sideX(own), top: MARGIN, maxHeight: full });
    // The panel's height when nothing limits it but the window.
    this.apply(home);
    const natural = this.box.getBoundingClientRect().height;
    const targets = this.targetRects();
    if (targets.length === 0) return;

    const rectOf = (c: Candidate): Rect => ({ left: c.left, top: c.top, right: c.left + width, bottom: c.top + Math.min(natural, c.maxHeight) });
    const clear = (c: Candidate) => targets.every((t) => !overlaps(rectOf(c), t));
    const above = Math.min(...targets.map((t) => t.top)) - 2 * MARGIN;
    const belowTop = Math.max(...targets.map((t) => t.bottom)) + MARGIN;
    const candidates: Candidate[] = [home, { left: sideX(other), top: MARGIN, maxHeight: full }];
    for (const side of [own, other] as const) {
      if (above >= MIN_HEIGHT || (this.autoFolded && above > 0)) candidates.push({ left: sideX(side), top: MARGIN, maxHeight: above });
      const below = innerHeight - belowTop - MARGIN;
      if (below >= MIN_HEIGHT || (this.autoFolded && below > 0)) candidates.push({ left: sideX(side), top: belowTop, maxHeight: below });
    }
    const fit = candidates.find(clear);
    if (fit) return this.apply(fit);
    if (!this.autoFolded) {
      // No room unfolded: fold to the header, then place that.
      this.autoFolded = true;
      this.redraw();
      return;
    }
    const least = candidates.reduce((best, c) => {
      const cost = targets.reduce((s, t) => s + area(rectOf(c), t), 0);
      return cost < best.cost ? { c, cost } : best;
    }, { c: home, cost: Infinity });
    this.apply(least.c);
  }
}

// A one-line progress bar on standard error, redrawn in place, only when that is a terminal:
// done/total, documents per second, time left, and the input last finished.

import { displayWidth, printable } from './style';

export interface Progress {
  tick(input: string): void;
  done(): void;
}

const NONE: Progress = { tick: () => {}, done: () => {} };
const REDRAW_MS = 100;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/** The last `width` columns of a string (a long path keeps its file name). */
function tail(s: string, width: number): string {
  let out = '';
  for (const ch of [...s].reverse()) {
    if (displayWidth(ch + out) > width) return `…${out}`;
    out = ch + out;
  }
  return out;
}

export function progressBar(total: number, write: (s: string) => void, columns: number, now: () => number = Date.now): Progress {
  if (total === 0) return NONE;
  const start = now();
  let done = 0;
  let last = 0;
  let lastInput = '';
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - last < REDRAW_MS) return;
    last = t;
    const elapsed = (t - start) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 ? (total - done) / rate : Infinity;
    const width = Math.max(10, Math.min(30, columns - 60));
    const filled = Math.round((done / total) * width);
    const head = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ${clock(left)}  `;
    const room = Math.max(0, columns - displayWidth(head) - 1);
    write(`\r${head}${tail(printable(lastInput), room)}\x1b[K`);
  };
  return {
    tick(input) {
      done++;
      lastInput = input;
      draw(done === total);
    },
    done() {
      write('\r\x1b[K');
    },
  };
}

export const noProgress = (): Progress => NONE;

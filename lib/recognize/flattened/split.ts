// Reading a run of digits as a given number of cells.

/** Longest number a cell may hold; longer pieces are not worth enumerating. */
const MAX_DIGITS = 9;

/**
 * Every way to read the pieces (digit groups that whitespace separated) as `count` numbers,
 * each piece giving at least one number and no number having a leading zero ("00" is two
 * zeros). `prune` sees each partial reading after a number is added and may reject it early.
 * Returns null when there are more than `limit` readings.
 */
export function splitRun(
  pieces: readonly string[],
  count: number,
  prune: (partial: readonly number[]) => boolean = () => true,
  limit = 20_000,
): number[][] | null {
  const out: number[][] = [];
  const digitsLeft = (p: number, pos: number): number =>
    pieces.slice(p).reduce((n, s) => n + s.length, 0) - pos;
  const acc: number[] = [];
  let overflow = false;

  const go = (p: number, pos: number): void => {
    if (overflow) return;
    if (p === pieces.length) {
      if (acc.length === count) {
        if (out.length >= limit) overflow = true;
        else out.push([...acc]);
      }
      return;
    }
    const piece = pieces[p]!;
    const need = count - acc.length;
    // Every later piece needs a number of its own; the rest of the digits need room.
    if (need < pieces.length - p || need > digitsLeft(p, pos)) return;
    const maxLen = piece[pos] === '0' ? 1 : Math.min(MAX_DIGITS, piece.length - pos);
    for (let len = 1; len <= maxLen; len++) {
      acc.push(Number(piece.slice(pos, pos + len)));
      if (prune(acc)) {
        if (pos + len === piece.length) go(p + 1, 0);
        else go(p, pos + len);
      }
      acc.pop();
    }
  };
  go(0, 0);
  return overflow ? null : out;
}

/** How many digits the pieces hold. */
export const digitCount = (pieces: readonly string[]): number => pieces.reduce((n, s) => n + s.length, 0);

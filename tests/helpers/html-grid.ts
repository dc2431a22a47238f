// An HTML table as the grid a spreadsheet makes of it when pasted: each cell's text repeated over
// every position it spans (rowspan/colspan), so tests can read columns as Excel would.

export function grid(table: HTMLTableElement): string[][] {
  const out: string[][] = [];
  [...table.rows].forEach((tr, r) => {
    let c = 0;
    for (const cell of [...tr.cells]) {
      const row = (out[r] ??= []);
      while (row[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) (out[r + dr] ??= [])[c + dc] = cell.textContent ?? '';
      }
      c += cell.colSpan;
    }
  });
  return out;
}

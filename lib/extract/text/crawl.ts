// "cell |" crawl text (HTML tables flattened by a crawler). Every real cell is printed as
// "content |" on its own line, or as the content alone with its "|" on the next line. After
// each row but the last the crawler pads the row to the table's width with a line of bare
// pipes, one per position covered by a rowspan or colspan. Rows are not otherwise marked.
//
// So: a pipe line is a row end when the row plus its pipes fills the table width (the width
// most pipe lines agree on); otherwise its pipes are empty cells inside the row. Pipes after
// the last cell are empty cells too, since the crawler does not pad the last row. A row also
// ends where a text cell follows a value cell (a new row label), and when it is full: a row
// that fills the width gets no padding line.

import { isValueLike } from './lines';
import { lineRef, type RegionLine, type Row } from './rows';

type Token = { kind: 'cell'; text: string; no: number } | { kind: 'pipes'; count: number; no: number };

function tokenize(lines: readonly RegionLine[]): Token[] {
  const tokens: Token[] = [];
  let bare: RegionLine | null = null;
  for (const l of lines) {
    const t = l.text.trim();
    if (/^\|+$/.test(t)) {
      let count = t.length;
      if (bare) {
        tokens.push({ kind: 'cell', text: bare.text.trim(), no: bare.no });
        bare = null;
        count--;
      }
      if (count > 0) tokens.push({ kind: 'pipes', count, no: l.no });
    } else if (t.endsWith('|')) {
      if (bare) tokens.push({ kind: 'cell', text: bare.text.trim(), no: bare.no });
      bare = null;
      for (const cell of t.slice(0, -1).split('|')) tokens.push({ kind: 'cell', text: cell.trim(), no: l.no });
    } else {
      if (bare) tokens.push({ kind: 'cell', text: bare.text.trim(), no: bare.no });
      bare = l;
    }
  }
  if (bare) tokens.push({ kind: 'cell', text: bare.text.trim(), no: bare.no });
  return tokens;
}

const startsNewRow = (row: readonly string[], next: string): boolean =>
  row.length > 0 && next !== '' && !isValueLike(next) && isValueLike(row[row.length - 1]!);

/** The width most rows reach with their padding, or null when no pipe line pads a row. */
function tableWidth(tokens: readonly Token[]): number | null {
  const votes = new Map<number, number>();
  let len = 0;
  let prev: string[] = [];
  tokens.forEach((tok, i) => {
    if (tok.kind === 'cell') {
      if (startsNewRow(prev, tok.text)) {
        len = 0;
        prev = [];
      }
      len++;
      prev.push(tok.text);
    } else {
      if (i < tokens.length - 1) votes.set(len + tok.count, (votes.get(len + tok.count) ?? 0) + 1);
      len = 0;
      prev = [];
    }
  });
  let best: number | null = null;
  let bestVotes = 0;
  for (const [w, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && w > best)) {
      best = w;
      bestVotes = n;
    }
  }
  return best;
}

export function crawlRows(lines: readonly RegionLine[]): Row[] {
  const tokens = tokenize(lines);
  const width = tableWidth(tokens);
  const rows: Row[] = [];
  let cur: string[] = [];
  let curLine = 0;
  const flush = () => {
    if (cur.length > 0) rows.push({ texts: cur, ref: lineRef(curLine) });
    cur = [];
  };
  const push = (text: string, no: number) => {
    if (cur.length === 0) curLine = no;
    cur.push(text);
    // A full-width row needs no padding, so nothing marks its end: it ends when full.
    if (cur.length === width) flush();
  };
  tokens.forEach((tok, i) => {
    if (tok.kind === 'cell') {
      if (startsNewRow(cur, tok.text)) flush();
      push(tok.text, tok.no);
      return;
    }
    const last = i === tokens.length - 1;
    const padding = !last && (width === null || cur.length + tok.count === width);
    if (padding) flush();
    else for (let k = 0; k < tok.count; k++) push('', tok.no);
  });
  flush();
  return rows;
}

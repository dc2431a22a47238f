// Zeros printed as placeholders: every 0 of table 四 written "—" or "/" (spec §7: "not
// applicable / nothing to report"). A placeholder counts as blank: those cells become null, the
// table's one cell-blank lists them, and the arithmetic findings are recomputed (a group with a
// blank input is skipped).

import { T4_COLUMNS, T4_GROUPS } from '../keys';
import { buildGrid, findTable, setCellText } from '../dom';
import { cellOf } from '../truth';
import { htmlTransform, type HtmlTransform } from './common';

function t4Zeros(id: string, mark: string): HtmlTransform {
  return htmlTransform({
    id,
    description: `every 0 of table 四 printed as “${mark}”`,
    edit(doc, truth) {
      const table = findTable(doc, 'reviews');
      if (!table) return false;
      const zeros = buildGrid(table).cells.filter((g) => g.text === '0');
      const refs = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `reviews:${g}.${c}`)).filter((r) => cellOf(truth.truth, r) === 0);
      // The printed zeros must be exactly the truth's zero cells (no zero printed elsewhere).
      if (!zeros.length || zeros.length !== refs.length) return false;
      for (const g of zeros) setCellText(g.el, mark);
      truth.placeholder(refs, mark);
      return true;
    },
  });
}

export const t4ZeroDash = t4Zeros('t4-zero-as-dash', '—');
export const t4ZeroSlash = t4Zeros('t4-zero-as-slash', '/');

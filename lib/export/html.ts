// A table in its official layout as an HTML table with its merged cells (rowspan/colspan), for the
// rich clipboard: Excel, WPS and Word keep the merged header cells when they paste it. Every text
// is escaped: cell text never becomes markup.

import type { TableLayout } from './layout';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CELL_STYLE = 'border:1px solid #000;padding:2px 4px;vertical-align:middle';

export function toHtmlTable(layout: TableLayout): string {
  const rows = layout.rows.map((row) => {
    const cells = row.flatMap((c) => {
      if (!c) return [];
      const tag = c.label ? 'th' : 'td';
      const span = `${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
      const align = c.label ? 'text-align:center;font-weight:bold' : 'text-align:right';
      return [`<${tag}${span} style="${CELL_STYLE};${align}">${escape(c.text)}</${tag}>`];
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return (
    `<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse">` +
    `<caption style="font-weight:bold">${escape(layout.caption)}</caption><tbody>${rows.join('')}</tbody></table>`
  );
}

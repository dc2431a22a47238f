// Several publisher habits in one document, applied one after the other on the same DOM and
// truth (each step sees what the previous ones did). The single-transform rows of the report
// say which habit fails alone; these say whether they still hold together. A step with nothing
// to change is skipped; fewer than two steps applied means no variant.

import type { Transform } from '../types';
import { htmlTransform, type HtmlTransform } from './common';
import { dropRegulations } from './drop-row';
import { headingBoldP, headingNone, reword5 } from './headings';
import { otherSingleRow } from './merge-other';
import { swapFiveSix, tablesInAppendix } from './sections';
import { t3SeqColumn, t3SubtotalOne } from './table-extra';
import { t3RepeatHeader, t4BlankRow } from './table-shape';
import { zeroLing } from './cell-format';

function combo(id: string, description: string, steps: HtmlTransform[]): Transform {
  return htmlTransform({
    id,
    description,
    edit(doc, truth, source) {
      let applied = 0;
      for (const step of steps) {
        truth.note(`[${step.id}]`);
        if (step.edit(doc, truth, source)) applied++;
        else truth.note('(nothing to change)');
      }
      return applied >= 2;
    },
  });
}

export const comboSections = combo(
  'combo-sections',
  'headings without ordinals as bold paragraphs, 五 reworded, 六 before 五, tables in an appendix',
  [headingNone, headingBoldP, reword5, swapFiveSix, tablesInAppendix],
);

export const comboTables = combo(
  'combo-tables',
  'no 规章 row, one （六） row, a 小计 row, a 序号 column, table 三 header repeated, a blank row in table 四, zeros as 〇',
  [dropRegulations, otherSingleRow, t3SubtotalOne, t3SeqColumn, t3RepeatHeader, t4BlankRow, zeroLing],
);

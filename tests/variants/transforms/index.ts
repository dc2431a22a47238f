// Every transform, in the order the report lists them.

import type { Transform } from '../types';
import { comboSections, comboTables } from './combo';
import { thousands, zeroDecimal, zeroFullwidth, zeroLing, zeroUnit } from './cell-format';
import { dropCoercion, dropRegulations } from './drop-row';
import { headingArabic, headingBoldP, headingNone, headingParen, headingPart, reword1, reword4, reword5, reword6 } from './headings';
import { otherRowspanValue, otherSingleRow } from './merge-other';
import { narrativeOtherScope } from './narrative';
import { original } from './original';
import { swapFiveSix, tablesInAppendix } from './sections';
import { t3RemarkEmpty, t3RemarkText, t3SeqColumn, t3SubtotalAll, t3SubtotalOne } from './table-extra';
import { t3BlankRow, t3RepeatHeader, t3RowspanMinus, t3RowspanPlus, t4BlankRow } from './table-shape';
import {
  crawlT3Year,
  crawlT4Year,
  mdT3RowTables,
  mdT4Left,
  mdT4Right,
  tabT3Left,
  tabT3Right,
  tabT4Left,
  tabT4Right,
} from './text-artefacts';
import { textHeadingNone, textHeadingPart, textZeroLing } from './text-headings';

export const TRANSFORMS: readonly Transform[] = [
  original,
  dropRegulations,
  dropCoercion,
  otherSingleRow,
  otherRowspanValue,
  headingPart,
  headingArabic,
  headingParen,
  headingNone,
  headingBoldP,
  reword1,
  reword4,
  reword5,
  reword6,
  swapFiveSix,
  tablesInAppendix,
  narrativeOtherScope,
  t3BlankRow,
  t4BlankRow,
  t3RepeatHeader,
  t3SubtotalOne,
  t3SubtotalAll,
  t3RowspanPlus,
  t3RowspanMinus,
  t3SeqColumn,
  t3RemarkEmpty,
  t3RemarkText,
  zeroDecimal,
  zeroLing,
  zeroFullwidth,
  zeroUnit,
  thousands,
  comboSections,
  comboTables,
  textHeadingPart,
  textHeadingNone,
  textZeroLing,
  crawlT3Year,
  crawlT4Year,
  mdT3RowTables,
  mdT4Left,
  mdT4Right,
  tabT3Right,
  tabT3Left,
  tabT4Right,
  tabT4Left,
];

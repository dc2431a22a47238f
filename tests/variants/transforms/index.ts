// Every transform, in the order the report lists them.

import type { Transform } from '../types';
import { comboSections, comboTables } from './combo';
import { thousands, zeroDecimal, zeroFullwidth, zeroLing, zeroUnit } from './cell-format';
import { dropCoercion, dropRegulations } from './drop-row';
import { captionParagraph, captionParagraphAppendix, captionRow, captionRowAppendix } from './captions';
import { labelsAsTh, numberMarkup } from './cell-markup';
import {
  headingArabic,
  headingBoldP,
  headingFullDot,
  headingNone,
  headingParen,
  headingPart,
  headingRunIn,
  headingSpace,
  reword1,
  reword1Gaishu,
  reword2De,
  reword3Yishenqing,
  reword4,
  reword4Yin,
  reword5,
  reword5Plan,
  reword5Shortfall,
  reword6,
  reword6Qita,
  reword6Short,
} from './headings';
import { articleInLayoutTable, blankParagraphs, tableNote, tablesInLayoutTable } from './layout';
import { otherRowspanValue, otherSingleRow } from './merge-other';
import { narrativeLastYear, narrativeOtherScope, narrativeYoy } from './narrative';
import { original } from './original';
import { t4ZeroDash, t4ZeroSlash } from './placeholder';
import { swapFiveSix, tablesInAppendix } from './sections';
import { t2NoBlockCaptions, t2OneHeader } from './t2-shape';
import { t4NoGroupHeader, t4Transposed } from './t4-shape';
import { t3LegalSubtotal, t3RemarkEmpty, t3RemarkText, t3SeqColumn, t3SubtotalAll, t3SubtotalOne } from './table-extra';
import { t3BlankRow, t3RepeatHeader, t3RowspanMinus, t3RowspanPlus, t3SplitTables, t4BlankRow } from './table-shape';
import {
  crawlT3Year,
  crawlT4Year,
  crawlZeroSpaces,
  mdCellUnit,
  mdT3RowTables,
  mdT4Left,
  mdT4Right,
  tabT3Left,
  tabT3Right,
  tabT4Left,
  tabT4Right,
} from './text-artefacts';
import { textHeadingNone, textHeadingPart, textZeroLing } from './text-headings';
import { titleGuanyu, titleNoOrgan, titleOnlyInHead } from './title';
import { textTraditionalScript, traditionalScript } from './traditional';

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
  headingFullDot,
  headingSpace,
  headingRunIn,
  reword1,
  reword4,
  reword5,
  reword6,
  reword1Gaishu,
  reword2De,
  reword3Yishenqing,
  reword4Yin,
  reword5Plan,
  reword5Shortfall,
  reword6Qita,
  reword6Short,
  titleGuanyu,
  titleNoOrgan,
  titleOnlyInHead,
  swapFiveSix,
  tablesInAppendix,
  narrativeOtherScope,
  narrativeLastYear,
  narrativeYoy,
  captionParagraph,
  captionParagraphAppendix,
  captionRow,
  captionRowAppendix,
  tablesInLayoutTable,
  articleInLayoutTable,
  blankParagraphs,
  tableNote,
  t2NoBlockCaptions,
  t2OneHeader,
  t3BlankRow,
  t4BlankRow,
  t3RepeatHeader,
  t3SubtotalOne,
  t3SubtotalAll,
  t3RowspanPlus,
  t3RowspanMinus,
  t3SplitTables,
  t3LegalSubtotal,
  t4Transposed,
  t4NoGroupHeader,
  t3SeqColumn,
  t3RemarkEmpty,
  t3RemarkText,
  zeroDecimal,
  zeroLing,
  zeroFullwidth,
  zeroUnit,
  thousands,
  numberMarkup,
  labelsAsTh,
  t4ZeroDash,
  t4ZeroSlash,
  traditionalScript,
  comboSections,
  comboTables,
  textHeadingPart,
  textHeadingNone,
  textZeroLing,
  textTraditionalScript,
  crawlT3Year,
  crawlT4Year,
  crawlZeroSpaces,
  mdCellUnit,
  mdT3RowTables,
  mdT4Left,
  mdT4Right,
  tabT3Right,
  tabT3Left,
  tabT4Right,
  tabT4Left,
];

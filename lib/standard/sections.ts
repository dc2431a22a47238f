// The six sections of the report (spec §3).

export type SectionKey = 'overview' | 'active' | 'applications' | 'reviews' | 'problems' | 'other';

export interface SectionDef {
  no: 1 | 2 | 3 | 4 | 5 | 6;
  key: SectionKey;
  ordinal: string;
  /** The official title. */
  title: string;
  /**
   * Keyword test on the normalised heading words after the ordinal (spec §3.2). Tolerates the
   * wordings publishers use: 五、存在的主要问题及整改措施, 四、…行政复议与行政诉讼情况,
   * 六、需要说明的其他事项, 一、政府信息公开总体情况, the typo 行政法复议 …
   */
  matches: (rest: string) => boolean;
}

export const SECTIONS: readonly SectionDef[] = [
  {
    no: 1,
    key: 'overview',
    ordinal: '一',
    title: '一、总体情况',
    matches: (s) => /总体(?:情况|概况)|基本情况|工作概况|概述|^总体|^概况/.test(s),
  },
  { no: 2, key: 'active', ordinal: '二', title: '二、主动公开政府信息情况', matches: (s) => /主动公开/.test(s) },
  {
    no: 3,
    key: 'applications',
    ordinal: '三',
    title: '三、收到和处理政府信息公开申请情况',
    matches: (s) => /收到.{0,3}处理|依申请公开|公开申请.{0,4}(?:情况|办理|处理)|申请.{0,6}(?:办理|处理|答复)情况/.test(s),
  },
  {
    no: 4,
    key: 'reviews',
    ordinal: '四',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    matches: (s) => /行政.?复议|行政诉讼/.test(s),
  },
  {
    no: 5,
    key: 'problems',
    ordinal: '五',
    title: '五、存在的主要问题及改进情况',
    matches: (s) => /问题|不足|改进(?:情况|措施|方向)|整改/.test(s),
  },
  {
    no: 6,
    key: 'other',
    ordinal: '六',
    title: '六、其他需要报告的事项',
    matches: (s) => /其[他它].{0,4}(?:需要|应当|需|应)?(?:报告|说明)|其[他它](?:有关)?事项|需要(?:报告|说明)的(?:其[他它])?事项|信息处理费/.test(s),
  },
];

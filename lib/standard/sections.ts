// The six sections of the report (spec §3).

export type SectionKey = 'overview' | 'active' | 'applications' | 'reviews' | 'problems' | 'other';

export interface SectionDef {
  no: 1 | 2 | 3 | 4 | 5 | 6;
  key: SectionKey;
  ordinal: string;
  /** The official title. */
  title: string;
  /**
   * Keyword test on the normalised heading text after its ordinal (spec §3.2). Tolerates the
   * variants seen in real reports, such as 五、存在的主要问题及改进措施 or the typo 行政法复议.
   */
  matches: (rest: string) => boolean;
}

export const SECTIONS: readonly SectionDef[] = [
  { no: 1, key: 'overview', ordinal: '一', title: '一、总体情况', matches: (s) => /总体情况/.test(s) },
  { no: 2, key: 'active', ordinal: '二', title: '二、主动公开政府信息情况', matches: (s) => /主动公开.*情况/.test(s) },
  {
    no: 3,
    key: 'applications',
    ordinal: '三',
    title: '三、收到和处理政府信息公开申请情况',
    matches: (s) => /收到.{0,3}处理.*申请/.test(s),
  },
  {
    no: 4,
    key: 'reviews',
    ordinal: '四',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    matches: (s) => /行政.?复议|行政诉讼/.test(s),
  },
  { no: 5, key: 'problems', ordinal: '五', title: '五、存在的主要问题及改进情况', matches: (s) => /问题.*改进/.test(s) },
  { no: 6, key: 'other', ordinal: '六', title: '六、其他需要报告的事项', matches: (s) => /其他需要报告/.test(s) },
];

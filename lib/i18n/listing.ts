// The words of the listing feature (chips beside report links, the bar and the summary view), in
// zh-CN and English, as templates of lib/i18n/format.ts. Kept beside the feature so that the
// extension's locale files stay the catalogue of the panel and the manifest.

import { format, type Lang, type MessageData } from './format';

const TEXT = {
  chipQueued: { zh: '待审计', en: 'queued' },
  chipRunning: { zh: '审计中…', en: 'auditing…' },
  chipErrors: { zh: '✗ {n}个错误', en: '✗ {n, plural, one {# error} other {# errors}}' },
  chipWarnings: { zh: '! {n}个警告', en: '! {n, plural, one {# warning} other {# warnings}}' },
  chipClean: { zh: '✓ 通过', en: '✓ clean' },
  chipReview: { zh: '? 需人工核对', en: '? needs review' },
  chipNotReport: { zh: '– 非年报', en: '– not a report' },
  chipUnreadable: { zh: '× 无法读取', en: '× unreadable' },
  chipTitle: { zh: '年报审计：{verdict}', en: 'Nianbao Audit: {verdict}' },
  barCount: { zh: '年报审计：本页列出{n}篇年度报告，已审计{done}篇', en: 'Nianbao Audit: {n, plural, one {# annual report} other {# annual reports}} listed, {done} audited' },
  barStart: { zh: '审计全部', en: 'Audit all' },
  barSummary: { zh: '汇总', en: 'Summary' },
  barHide: { zh: '收起', en: 'Hide' },
  summaryTitle: { zh: '年度报告审计汇总', en: 'Audit summary of the listed reports' },
  colOrgan: { zh: '机关', en: 'Organ' },
  colYear: { zh: '年度', en: 'Year' },
  colVerdict: { zh: '结论', en: 'Verdict' },
  colErrors: { zh: '错误', en: 'Errors' },
  colWarnings: { zh: '警告', en: 'Warnings' },
  colLink: { zh: '链接', en: 'Link' },
  colCrossYear: { zh: '跨年度', en: 'Across years' },
  exportXlsx: { zh: '导出 Excel', en: 'Export .xlsx' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  nextPage: { zh: '加载下一页', en: 'Load the next page' },
  nextPageFailed: { zh: '下一页无法读取：{error}', en: 'The next page cannot be read: {error}' },
  crossYearButton: { zh: '对照{year}年', en: 'Compare with {year}' },
  crossYearTitle: { zh: '跨年度核对：{organ} {year}年 对照 {prevYear}年', en: 'Across years: {organ} {year} against {prevYear}' },
  crossYearNone: { zh: '两年的数字相符：上年结转与结转下年度一致，现行有效件数前后衔接。', en: 'The two years agree: the carry-over matches and the documents in force follow on.' },
  crossYearNotCompared: { zh: '未能对照：{reason}', en: 'Not compared: {reason}' },
  crossYearWaiting: { zh: '两篇报告审计完成后即可对照。', en: 'Available once both reports are audited.' },
  close: { zh: '关闭', en: 'Close' },
  compareLastYear: { zh: '对照上年报告', en: "Compare with last year's report" },
  lastYearTitle: { zh: '跨年度核对', en: 'Across years' },
  lastYearSearching: { zh: '正在审计本报告并查找上年度报告（本页的上一篇/下一篇与所在栏目）…', en: "Auditing this report and looking for last year's (this page's previous/next links and its column)…" },
  lastYearNotReport: { zh: '此页不是可审计的年度报告。', en: 'This page is not an annual report that can be audited.' },
  lastYearNotFound: { zh: '在本页的链接（上一篇/下一篇、所在栏目）中未找到{organ}{year}年的报告。', en: 'No {year} report of {organ} among this page\'s links (previous/next, its column).' },
  lastYearLooked: { zh: '已查看的页面（{n}个）', en: '{n, plural, one {# page} other {# pages}} looked at' },
  totals: { zh: '共{n}篇：{errors}篇有错误，{warnings}篇有警告，{clean}篇通过，{other}篇需核对或无法审计', en: '{n} reports: {errors} with errors, {warnings} with warnings, {clean} clean, {other} to review or not audited' },
  fetchStatus: { zh: 'HTTP {status}', en: 'HTTP {status}' },
  legacyFormat: { zh: '不支持的文件格式', en: 'unsupported file format' },
  optionAutoRun: { zh: '在年报列表页上自动审计列出的报告', en: 'Audit the reports a listing page links to automatically' },
  optionAutoRunHint: {
    zh: '在列出多篇政府信息公开工作年度报告的栏目页上，后台逐篇审计（每个网站同时最多 2 个请求），并在每个链接旁显示结论；关闭后需点击“审计全部”。',
    en: 'On a column page listing several annual reports, each is audited in the background (at most 2 requests per site at a time) and its verdict shown beside its link; when off, click "Audit all".',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ListingTextKey = keyof typeof TEXT;

export function listingText(key: ListingTextKey, lang: Lang, data: MessageData = {}): string {
  return format(TEXT[key][lang], data, lang);
}

// The extension's own words, one catalogue for both locales. Templates use the syntax of
// format.ts ({name}, {n, plural, one {…} other {…}}); the UI renders them itself in the language
// browser.i18n picked (its `lang` message). Entries marked `browser` are also written to
// public/_locales (npm run locales): the manifest and the static pages read those through
// browser.i18n, which knows no plural forms, so they take no values.

import { format, type Lang, type MessageData } from './format';

export interface UiMessage {
  zh: string;
  en: string;
  /** For translators: where the words appear, and what each value is. */
  note: string;
  /** Needed by the manifest or a static page: written to public/_locales as well. */
  browser?: true;
}

const UI_MESSAGES = {
  // ---------------------------------------------------------------- manifest and static pages
  extName: { zh: '年报审计', en: 'Nianbao Audit', note: 'Extension name', browser: true },
  extDescription: {
    zh: '检查政府信息公开工作年度报告：六部分是否齐全，三张表格的数据与勾稽关系是否一致。',
    en: 'Checks Chinese government information-disclosure annual reports: are all six sections there, and do the three tables add up?',
    note: 'Extension description in the store and the extensions page',
    browser: true,
  },
  lang: {
    zh: 'zh',
    en: 'en',
    note: 'Language code of this locale (zh or en): the language the UI and the findings are worded in. Do not translate.',
    browser: true,
  },

  commandFocusPanel: {
    zh: '显示审计面板并将键盘焦点移入',
    en: 'Show the audit panel and move the keyboard focus into it',
    note: 'Description of the keyboard shortcut (manifest commands)',
    browser: true,
  },

  // ---------------------------------------------------------------- verdicts
  statusRunning: { zh: '正在审计…', en: 'Auditing…', note: 'The audit is running' },
  statusError: { zh: '审计未能完成', en: 'The audit could not be completed', note: 'The audit failed' },
  auditFailed: { zh: '审计出错：{detail}', en: 'Audit failed: {detail}', note: 'detail = technical message' },
  cannotAudit: { zh: '无法审计此页：{detail}', en: 'Cannot audit this page: {detail}', note: 'Popup: injection failed; detail = reason' },
  cannotFindLinks: {
    zh: '无法查找此页的链接：{detail}',
    en: 'Cannot look for links on this page: {detail}',
    note: 'Popup: the link search could not run in the tab; detail = reason',
  },
  verdictErrors: {
    zh: '发现 {errors} 个错误{warnings, plural, =0 {} other {、# 个警告}}',
    en: '{errors, plural, one {# error} other {# errors}}{warnings, plural, =0 {} one {, # warning} other {, # warnings}}',
    note: 'Verdict; errors, warnings = counts',
  },
  verdictWarnings: {
    zh: '无错误，{warnings} 个警告',
    en: 'No errors, {warnings, plural, one {# warning} other {# warnings}}',
    note: 'Verdict; warnings = count',
  },
  verdictClean: { zh: '未发现问题', en: 'No problems found', note: 'Verdict' },
  verdictReview: { zh: '部分表格需人工核对', en: 'Some tables need a human check', note: 'Verdict when the parser is unsure of a table' },
  verdictNotReport: {
    zh: '不是政府信息公开工作年度报告',
    en: 'Not an information-disclosure annual report',
    note: 'Verdict for a page or file that is no annual report',
  },
  verdictOldFormat: {
    zh: '2019年格式（国办公开办函〔2019〕60号）的年报，不按2021年格式核对',
    en: 'A report in the 2019 format, not checked against the 2021 format',
    note: 'Verdict for a report in the format of 2019 (the checker exits 3 for it)',
  },
  badgeErrors: {
    zh: '发现 {errors} 个错误{warnings, plural, =0 {} other {、# 个警告}}',
    en: '{errors, plural, one {# error} other {# errors}}{warnings, plural, =0 {} one {, # warning} other {, # warnings}} found',
    note: 'Toolbar tooltip; errors, warnings = counts',
  },
  badgeWarnings: {
    zh: '无错误，有 {warnings} 个警告',
    en: 'No errors, {warnings, plural, one {# warning} other {# warnings}}',
    note: 'Toolbar tooltip; warnings = count',
  },
  badgeClean: { zh: '审计通过，未发现问题', en: 'Audit passed, no problems found', note: 'Toolbar tooltip' },
  badgeReview: {
    zh: '部分表格未能可靠读取，需要人工核对',
    en: 'Some tables could not be read with confidence and need a human check',
    note: 'Toolbar tooltip',
  },
  badgeNotReport: {
    zh: '不是政府信息公开工作年度报告',
    en: 'Not an information-disclosure annual report',
    note: 'Toolbar tooltip for a PDF that is not a report',
  },

  // ---------------------------------------------------------------- findings
  groupErrors: { zh: '错误（{count}）', en: 'Errors ({count})', note: 'Heading of the error findings; count = how many' },
  groupWarnings: { zh: '警告（{count}）', en: 'Warnings ({count})', note: 'Heading of the warnings; count = how many' },
  groupInfo: { zh: '提示（{count}）', en: 'Notes ({count})', note: 'Heading of the info findings; count = how many' },
  suspectCell: { zh: '最可能有误的单元格：{cell}', en: 'Most likely wrong: {cell}', note: 'Above the findings that point at one cell; cell = the cell named by its labels' },
  suspectCellQuestion: {
    zh: '请先核对单元格：{cell}',
    en: 'Check this cell first: {cell}',
    note: 'The same for findings that are only questions (the reading was unsure); cell = the cell named by its labels',
  },
  questionTag: { zh: '待核对', en: 'to check', note: 'Tag after a finding that is a question for the reader, not a fault of the report' },
  locate: { zh: '定位', en: 'Locate', note: "Button after a finding: scroll to and highlight its cells, label or sentence on the page" },
  ruleDocs: { zh: '了解规则', en: 'About this rule', note: 'Button after a finding: show what its rule checks' },
  ruleSpec: { zh: '规范 {spec}', en: 'specification {spec}', note: 'Where the rule is defined; spec = a section of the specification, e.g. §5.3' },
  ruleFormula: { zh: '公式：', en: 'Formula:', note: "Before the rule's formula, written in cell keys" },
  ruleAdvisory: { zh: '本工具的补充检查', en: 'an extra check of this tool', note: 'A rule that is not in the shared contract' },
  categoryCompleteness: { zh: '完整性', en: 'Completeness', note: 'Rule category: parts, tables, cells and labels present' },
  categoryArithmetic: { zh: '勾稽关系', en: 'Arithmetic', note: 'Rule category: the identities between cells' },
  categoryText: { zh: '正文与表格', en: 'Text and tables', note: 'Rule category: figures of the text against the tables' },
  categoryAdvisory: { zh: '参考提示', en: 'Advisory', note: 'Rule category: notes for the reader' },
  findingNavigation: { zh: '逐项查看', en: 'Step through the findings', note: 'Label of the previous/next buttons' },
  previousFinding: { zh: '‹ 上一项', en: '‹ Previous', note: 'Button: locate the previous finding' },
  nextFinding: { zh: '下一项 ›', en: 'Next ›', note: 'Button: locate the next finding' },
  findingPosition: { zh: '第 {n} 项，共 {total} 项', en: '{n} of {total}', note: 'Which finding is located; n = its place, total = findings that can be located' },
  checklistHeading: { zh: '已核对', en: 'Checked', note: 'Heading of what a clean audit verified' },
  checkSections: {
    zh: '六个部分：找到 {found} 个，共 {total} 个',
    en: 'Six sections: {found} of {total} found',
    note: 'Checklist; found, total = sections',
  },
  checkTables: {
    zh: '三张表格：找到 {found} 张，共 {total} 张',
    en: 'Three tables: {found} of {total} found',
    note: 'Checklist; found, total = tables',
  },
  checkIdentities: {
    zh: '{holds} 项勾稽关系成立{unchecked, plural, =0 {} other {（另有 # 项因单元格空白或无法读取未核对）}}',
    en: '{holds, plural, one {# identity holds} other {# identities hold}}{unchecked, plural, =0 {} other { (# not checked: blank or unreadable cells)}}',
    note: 'Checklist; holds = identities between cells that hold, unchecked = identities with a cell that is not a number',
  },
  clearHighlight: { zh: '清除高亮', en: 'Clear highlight', note: 'Button' },
  collapse: { zh: '收起', en: 'Collapse', note: 'Button title' },
  expand: { zh: '展开', en: 'Expand', note: 'Button title' },
  close: { zh: '关闭', en: 'Close', note: 'Button title' },
  dockLeft: { zh: '停靠到窗口左侧', en: 'Dock on the left', note: 'Button title: move the panel to the left side of the window' },
  dockRight: { zh: '停靠到窗口右侧', en: 'Dock on the right', note: 'Button title: move the panel to the right side of the window' },

  // ---------------------------------------------------------------- copy and export
  copyHeading: { zh: '复制与导出', en: 'Copy and export', note: 'Heading of the copy and download actions' },
  copyTable: { zh: '复制表格', en: 'Copy table', note: 'Button: copies the table with its merged header cells (HTML) and as plain text (TSV)' },
  copyTableHint: {
    zh: '可直接粘贴到 Excel、WPS 或 Word，保留合并的表头',
    en: 'Pastes into Excel, WPS or Word with its merged header cells',
    note: 'Title of the copy-table button',
  },
  copyMarkdown: { zh: '复制为 Markdown', en: 'Copy as Markdown', note: 'Button' },
  copyJson: { zh: '复制为 JSON', en: 'Copy as JSON', note: 'Button' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV', note: 'Button: the table as a CSV file' },
  downloadXlsx: { zh: '下载 Excel（三张表）', en: 'Download Excel (three tables)', note: 'Button: the three tables as one .xlsx workbook' },
  downloadFindings: { zh: '导出问题清单（CSV）', en: 'Export the findings (CSV)', note: 'Button: the findings as a CSV file' },
  copyAuditMarkdown: { zh: '复制审计报告（Markdown）', en: 'Copy the report (Markdown)', note: 'Button: the whole audit as a Markdown memo' },
  copyAuditJson: { zh: '复制审计结果（JSON）', en: 'Copy the audit (JSON)', note: 'Button: the audit JSON' },
  copied: { zh: '已复制到剪贴板', en: 'Copied to the clipboard', note: 'Status after copying' },
  copyFailed: { zh: '复制失败，请重试', en: 'Copying failed; please try again', note: 'Status after copying' },
  downloadStarted: { zh: '已开始下载：{name}', en: 'Downloading {name}', note: 'Status after a download button; name = the file name' },
  tableNotFound: { zh: '报告中未找到此表', en: 'not found in the report', note: 'Why a table cannot be copied' },
  tableAsImage: {
    zh: '此表可能以图片形式发布，无法读取',
    en: 'probably published as an image, which cannot be read',
    note: 'Why a table cannot be copied',
  },
  tableAsText: {
    zh: '此表的文字在正文中，但未能读取为表格',
    en: 'its words are in the text but could not be read as a table',
    note: 'Why a table cannot be copied',
  },
  noTablesFound: { zh: '报告中未找到任何表格', en: 'No table was found in the report', note: 'Why the Excel download is off' },
  fileTables: { zh: '三张表', en: 'tables', note: 'End of the Excel file name' },
  fileFindings: { zh: '问题清单', en: 'findings', note: 'End of the findings CSV file name' },
  csvSeverity: { zh: '严重程度', en: 'Severity', note: 'Findings CSV column' },
  csvOutcome: { zh: '性质', en: 'Kind', note: 'Findings CSV column: a fault of the report, or a question for the reader' },
  csvRule: { zh: '规则', en: 'Rule', note: 'Findings CSV column' },
  csvFinding: { zh: '问题', en: 'Finding', note: 'Findings CSV column' },
  csvSuspect: { zh: '最可能有误的单元格', en: 'Most likely wrong', note: 'Findings CSV column' },
  csvCells: { zh: '涉及的单元格', en: 'Cells', note: 'Findings CSV column' },
  severityError: { zh: '错误', en: 'error', note: 'Severity in the findings CSV' },
  severityWarning: { zh: '警告', en: 'warning', note: 'Severity in the findings CSV' },
  severityInfo: { zh: '提示', en: 'note', note: 'Severity in the findings CSV' },
  outcomeFail: { zh: '报告有误', en: 'fault', note: 'Findings CSV: a fault of the report' },

  // ---------------------------------------------------------------- popup
  popupIdle: { zh: '尚未审计此页。', en: 'This page has not been audited.', note: 'Popup: no audit for the tab' },
  countsLine: {
    zh: '错误 {errors} · 警告 {warnings} · 提示 {notes}',
    en: 'Errors {errors} · warnings {warnings} · notes {notes}',
    note: 'Popup; errors, warnings, notes = counts',
  },
  moreFindings: { zh: '另有 {count} 项，见页面面板', en: '{count} more in the page panel', note: 'Popup; count = findings not listed' },
  auditThisPage: { zh: '审计此页', en: 'Audit this page', note: 'Button' },
  auditAgain: { zh: '重新审计', en: 'Audit again', note: 'Button' },
  toggleOverlay: { zh: '显示/隐藏页面面板', en: 'Show/hide the page panel', note: 'Button' },
  findLinks: {
    zh: '查找本页的年报链接',
    en: 'Find report links on this page',
    note: 'Popup button: look for annual-report links and report attachments on any page (the detector does so by itself only on report and disclosure pages) and mark them',
  },
  linksFound: {
    zh: '找到年报链接 {links} 个、报告附件 {files} 个，已在页面中标出。',
    en: 'Found {links} report links and {files} report attachments, marked on the page.',
    note: 'Popup: result of the link search; links and files are counts',
  },
  noLinksFound: { zh: '此页没有年报链接或报告附件。', en: 'No report links or report attachments on this page.', note: 'Popup: result of the link search' },
  optionsLink: { zh: '设置', en: 'Options', note: 'Button' },

  // ---------------------------------------------------------------- options
  optionsTitle: { zh: '年报审计设置', en: 'Nianbao Audit options', note: 'Options page title' },
  optionAutoRun: { zh: '在 gov.cn 网站上自动审计年度报告', en: 'Audit annual reports on gov.cn sites automatically', note: 'Checkbox' },
  optionAutoRunHint: {
    zh: '关闭后，只有点击工具栏按钮中的“审计此页”时才会审计。',
    en: 'When off, a page is audited only when you click “Audit this page” in the toolbar button.',
    note: 'Hint',
  },
  optionPdfTakeover: { zh: '在审计视图中打开 gov.cn 网站上的 PDF 年报', en: 'Open PDF reports on gov.cn sites in the audit view', note: 'Checkbox' },
  optionPdfTakeoverHint: {
    zh: '审计视图中始终可以一键打开原始 PDF。',
    en: 'The original PDF is always one click away in the audit view.',
    note: 'Hint',
  },

  // ---------------------------------------------------------------- the PDF viewer
  viewerTitle: { zh: '年报审计 · PDF', en: 'Nianbao Audit · PDF', note: 'Viewer page title' },
  viewerLoading: { zh: '正在读取 PDF…', en: 'Reading the PDF…', note: 'Viewer' },
  viewerNoFile: { zh: '没有指定 PDF 文件。', en: 'No PDF file given.', note: 'Viewer' },
  viewerFetchFailed: { zh: '无法读取 PDF：{detail}', en: 'Cannot read the PDF: {detail}', note: 'detail = reason' },
  openOriginal: { zh: '打开原始 PDF', en: 'Open the original PDF', note: 'Viewer button' },
  viewerHost: { zh: '来源：{host}', en: 'Source: {host}', note: 'Viewer toolbar: the host the PDF comes from' },
  previousPage: { zh: '上一页', en: 'Previous page', note: 'Viewer button title' },
  nextPage: { zh: '下一页', en: 'Next page', note: 'Viewer button title' },
  pageNumber: { zh: '页码', en: 'Page number', note: 'Viewer page input label' },
  pageOf: { zh: '/ {pages}', en: 'of {pages}', note: 'Viewer: after the page number; pages = page count' },
  zoomIn: { zh: '放大', en: 'Zoom in', note: 'Viewer button title' },
  zoomOut: { zh: '缩小', en: 'Zoom out', note: 'Viewer button title' },
  zoom: { zh: '缩放', en: 'Zoom', note: 'Viewer zoom select label' },
  zoomAuto: { zh: '自动缩放', en: 'Automatic zoom', note: 'Viewer zoom option' },
  zoomPageWidth: { zh: '适合页宽', en: 'Page width', note: 'Viewer zoom option' },
  zoomPageFit: { zh: '适合页面', en: 'Whole page', note: 'Viewer zoom option' },
  findPlaceholder: { zh: '在文档中查找', en: 'Find in document', note: 'Viewer find box' },
  findNext: { zh: '下一个匹配', en: 'Next match', note: 'Viewer button title' },
  findPrevious: { zh: '上一个匹配', en: 'Previous match', note: 'Viewer button title' },
  findCount: { zh: '第 {current} 处，共 {total} 处', en: '{current} of {total}', note: 'Viewer find status; current = this match, total = matches' },
  findNone: { zh: '未找到', en: 'Not found', note: 'Viewer find status' },
  download: { zh: '下载', en: 'Download', note: 'Viewer button: save the original PDF' },
  downloadTitle: { zh: '保存原始 PDF 文件', en: 'Save the original PDF file', note: 'Viewer button title' },
  print: { zh: '打印', en: 'Print', note: 'Viewer button' },
  copyOriginalLink: { zh: '复制原始链接', en: 'Copy original link', note: "Viewer button: copies the PDF's own address, not the extension's" },
  linkCopied: { zh: '已复制原始链接', en: 'Original link copied', note: 'Viewer status' },
  cancelAudit: { zh: '取消审计', en: 'Cancel the audit', note: 'Viewer button' },
  auditCancelled: { zh: '审计已取消。', en: 'The audit was cancelled.', note: 'Viewer status' },
  viewerFramed: {
    zh: '出于安全考虑，审计视图不能嵌入其他网页中打开。',
    en: 'For security, the audit view cannot be opened inside another page.',
    note: 'Viewer refuses to run in a frame',
  },
  viewerBadFile: {
    zh: '只能打开 gov.cn 网站通过 http(s) 提供的文件，不能打开：{url}',
    en: 'Only files served over http(s) by gov.cn sites can be opened, not: {url}',
    note: 'Viewer refuses a file address; url = the address',
  },
  viewerNotReport: {
    zh: '这不是政府信息公开工作年度报告，正在交回浏览器自带的 PDF 查看器。',
    en: "This is not an information-disclosure annual report; handing it back to the browser's own PDF viewer.",
    note: 'Viewer note for a non-report PDF',
  },
  panelShow: { zh: '展开审计结果', en: 'Show the audit', note: 'Viewer: title of the collapsed panel strip' },

  // ---------------------------------------------------------------- attachments
  attachmentAudit: { zh: '审计', en: 'Audit', note: 'Button beside a report attachment or embedded PDF' },
  attachmentAuditTitle: { zh: '用年报审计检查这个附件', en: 'Check this attachment with Nianbao Audit', note: 'Title of that button' },
  attachmentLegacy: {
    zh: '无法读取 .doc / .wps 格式：请打开该文件，另存为 PDF 或 DOCX 后再审计。',
    en: 'Cannot read the .doc / .wps format: open the file, save it as PDF or DOCX, then audit that.',
    note: 'Legacy Word/WPS attachment',
  },
  attachmentDetails: { zh: '查看详情', en: 'Details', note: 'Button: show the findings' },
  attachmentHideDetails: { zh: '收起详情', en: 'Hide details', note: 'Button: hide the findings' },
  attachmentOpenViewer: { zh: '在审计视图中打开', en: 'Open in the audit view', note: "Button: open the PDF in the extension's viewer" },

  // ---------------------------------------------------------------- listing pages and years
  listingChipQueued: { zh: '待审计', en: 'queued', note: 'Listing page: chip beside a report link, waiting to be audited' },
  listingChipRunning: { zh: '审计中…', en: 'auditing…', note: 'Listing page: chip while the report is audited' },
  listingChipErrors: { zh: '✗ {n}个错误', en: '✗ {n, plural, one {# error} other {# errors}}', note: 'Listing page: chip, n = errors found' },
  listingChipWarnings: { zh: '! {n}个警告', en: '! {n, plural, one {# warning} other {# warnings}}', note: 'Listing page: chip, n = warnings found' },
  listingChipClean: { zh: '✓ 通过', en: '✓ clean', note: 'Listing page: chip of a clean report' },
  listingChipReview: { zh: '? 需人工核对', en: '? needs review', note: 'Listing page: chip of a report that needs review' },
  listingChipNotReport: { zh: '– 非年报', en: '– not a report', note: 'Listing page: chip of a link that is not an annual report' },
  listingChipUnreadable: { zh: '× 无法读取', en: '× unreadable', note: 'Listing page: chip of a report that could not be read' },
  listingChipTitle: { zh: '年报审计：{verdict}', en: 'Nianbao Audit: {verdict}', note: 'Listing page: tooltip of a chip, verdict = the verdict in words' },
  listingBarCount: { zh: '年报审计：本页列出{n}篇年度报告，已审计{done}篇', en: 'Nianbao Audit: {n, plural, one {# annual report} other {# annual reports}} listed, {done} audited', note: 'Listing page: bar above the list, n = reports listed, done = audited so far' },
  listingBarStart: { zh: '审计全部', en: 'Audit all', note: 'Listing page: button that audits every listed report' },
  listingBarSummary: { zh: '汇总', en: 'Summary', note: 'Listing page: button that shows the summary' },
  listingBarHide: { zh: '收起', en: 'Hide', note: 'Listing page: button that hides the summary' },
  listingSummaryTitle: { zh: '年度报告审计汇总', en: 'Audit summary of the listed reports', note: 'Listing summary: heading' },
  listingColOrgan: { zh: '机关', en: 'Organ', note: 'Listing summary: column of the publishing organ' },
  listingColYear: { zh: '年度', en: 'Year', note: 'Listing summary: column of the report year' },
  listingColVerdict: { zh: '结论', en: 'Verdict', note: 'Listing summary: column of the verdict' },
  listingColErrors: { zh: '错误', en: 'Errors', note: 'Listing summary: column of error counts' },
  listingColWarnings: { zh: '警告', en: 'Warnings', note: 'Listing summary: column of warning counts' },
  listingColLink: { zh: '链接', en: 'Link', note: 'Listing summary: column of report links' },
  listingColCrossYear: { zh: '跨年度', en: 'Across years', note: 'Listing summary: column of the cross-year comparison' },
  listingExportXlsx: { zh: '导出 Excel', en: 'Export .xlsx', note: 'Listing summary: button, download the summary as .xlsx' },
  listingExportCsv: { zh: '导出 CSV', en: 'Export CSV', note: 'Listing summary: button, download the summary as CSV' },
  listingNextPage: { zh: '加载下一页', en: 'Load the next page', note: "Listing page: button, load the column's next page" },
  listingNextPageFailed: { zh: '下一页无法读取：{error}', en: 'The next page cannot be read: {error}', note: 'Listing page: the next page failed, error = why' },
  listingCrossYearButton: { zh: '对照{year}年', en: 'Compare with {year}', note: 'Listing summary: button, compare a report with year = last year' },
  listingCrossYearTitle: { zh: '跨年度核对：{organ} {year}年 对照 {prevYear}年', en: 'Across years: {organ} {year} against {prevYear}', note: 'Cross-year section heading: organ, year, prevYear' },
  listingCrossYearNone: { zh: '两年的数字相符：上年结转与结转下年度一致，现行有效件数前后衔接。', en: 'The two years agree: the carry-over matches and the documents in force follow on.', note: 'Cross-year section: nothing disagrees' },
  listingCrossYearNotCompared: { zh: '未能对照：{reason}', en: 'Not compared: {reason}', note: 'Cross-year section: not compared, reason = why' },
  listingCrossYearWaiting: { zh: '两篇报告审计完成后即可对照。', en: 'Available once both reports are audited.', note: 'Cross-year section: waiting for both audits' },
  listingClose: { zh: '关闭', en: 'Close', note: 'Listing summary: close button' },
  listingCompareLastYear: { zh: '对照上年报告', en: "Compare with last year's report", note: "Popup button: compare with last year's report" },
  listingLastYearTitle: { zh: '跨年度核对', en: 'Across years', note: "Last year's report page: heading" },
  listingLastYearSearching: { zh: '正在审计本报告并查找上年度报告（本页的上一篇/下一篇与所在栏目）…', en: "Auditing this report and looking for last year's (this page's previous/next links and its column)…", note: "Last year's report page: while searching" },
  listingLastYearNotReport: { zh: '此页不是可审计的年度报告。', en: 'This page is not an annual report that can be audited.', note: "Last year's report page: the page is not a report" },
  listingLastYearNotFound: { zh: '在本页的链接（上一篇/下一篇、所在栏目）中未找到{organ}{year}年的报告。', en: 'No {year} report of {organ} among this page\'s links (previous/next, its column).', note: "Last year's report page: not found, organ and year of the wanted report" },
  listingLastYearLooked: { zh: '已查看的页面（{n}个）', en: '{n, plural, one {# page} other {# pages}} looked at', note: "Last year's report page: n = pages looked at" },
  listingTotals: { zh: '共{n}篇：{errors}篇有错误，{warnings}篇有警告，{clean}篇通过，{other}篇需核对或无法审计', en: '{n} reports: {errors} with errors, {warnings} with warnings, {clean} clean, {other} to review or not audited', note: 'Listing summary: totals line, n reports and counts by verdict' },
  listingFetchStatus: { zh: 'HTTP {status}', en: 'HTTP {status}', note: 'Listing page: a report could not be fetched, status = HTTP status' },
  listingOptionAutoRun: { zh: '在年报列表页上自动审计列出的报告', en: 'Audit the reports a listing page links to automatically', note: 'Options: switch for auditing listing pages automatically' },
  listingOptionAutoRunHint: {
    zh: '在列出多篇政府信息公开工作年度报告的栏目页上，后台逐篇审计（每个网站同时最多 2 个请求），并在每个链接旁显示结论；关闭后需点击“审计全部”。',
    en: 'On a column page listing several annual reports, each is audited in the background (at most 2 requests per site at a time) and its verdict shown beside its link; when off, click "Audit all".', note: 'Options: explanation under that switch' },
} as const satisfies Record<string, UiMessage>;

export type UiKey = keyof typeof UI_MESSAGES;
export const UI: Readonly<Record<UiKey, UiMessage>> = UI_MESSAGES;

/** A catalogue entry in the language, its values put in. */
export function uiText(key: UiKey, lang: Lang, data: MessageData = {}): string {
  return format(UI[key][lang], data, lang);
}

/** The chrome.i18n messages.json of a locale: the entries the manifest and static pages need. */
export function localeMessages(lang: Lang): Record<string, { message: string; description: string }> {
  const out: Record<string, { message: string; description: string }> = {};
  for (const [key, m] of Object.entries(UI) as [UiKey, UiMessage][]) {
    if (m.browser) out[key] = { message: m[lang], description: m.note };
  }
  return out;
}

/** The locale folders of public/_locales, by language. */
export const LOCALE_DIRS: Readonly<Record<Lang, string>> = { zh: 'zh_CN', en: 'en' };

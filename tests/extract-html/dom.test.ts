// @vitest-environment node
// extractHtml on jsdom Documents built from small pages and through DOM calls, as the extension
// sees a live page: spans, malformed markup, layout tables, chrome, hidden parts, images, caps.

import { describe, expect, it } from 'vitest';
import { walk } from '../../lib/extract/html/dom';
import { extractHtml } from '../../lib/extract/html/index';
import { denseRows, type ExtractedDoc, type TableBlock, type TextBlock } from '../../lib/model/document';
import { JSDOM } from 'jsdom';
import { parseHtml } from '../../lib/node/html';
import { elementOf } from './helpers';

const SOURCE = { kind: 'html', name: 'test.html' } as const;

function extract(body: string, head = '', limits?: Parameters<typeof extractHtml>[2]): ExtractedDoc {
  const doc = parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return extractHtml(doc, SOURCE, limits);
}

const tablesOf = (d: ExtractedDoc): TableBlock[] => d.blocks.filter((b): b is TableBlock => b.kind === 'table');
const textsOf = (d: ExtractedDoc): string[] => d.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
const grid = (t: TableBlock): string[][] => denseRows(t).map((r) => r.map((c) => (c ? c.text : '∅')));

/** A paragraph long enough to make its container the content. */
const PARA = `<p>${'政府信息公开工作情况说明。'.repeat(20)}</p>`;

describe('table grids', () => {
  it('resolves rowspan and colspan into dense positions', () => {
    const d = extract(`<table>
      <tr><td rowspan="2" colspan="2">A</td><td>B</td></tr>
      <tr><td>C</td></tr>
      <tr><td>D</td><td>E</td><td>F</td></tr></table>`);
    const [t] = tablesOf(d);
    expect(grid(t!)).toEqual([
      ['A', 'A', 'B'],
      ['A', 'A', 'C'],
      ['D', 'E', 'F'],
    ]);
    expect(t!.exact).toBe(true);
    expect(t!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 2, 2], [0, 2, 1, 1], [1, 2, 1, 1], [2, 0, 1, 1], [2, 1, 1, 1], [2, 2, 1, 1],
    ]);
  });

  it('handles colspan=0, junk spans, rowspan past the end and short rows', () => {
    const d = extract(`<table>
      <tr><td colspan="0">a</td><td colspan="abc">b</td><td colspan="-2">c</td><td colspan="2px">d</td></tr>
      <tr><td rowspan="99">e</td><td>f</td></tr>
      <tr><td>g</td></tr></table>`);
    const [t] = tablesOf(d);
    expect(t!.rowCount).toBe(3);
    expect(t!.colCount).toBe(5);
    expect(grid(t!)).toEqual([
      ['a', 'b', 'c', 'd', 'd'],
      ['e', 'f', '∅', '∅', '∅'],
      ['e', 'g', '∅', '∅', '∅'],
    ]);
    expect(t!.cells.find((c) => c.text === 'e')!.rowSpan).toBe(2);
  });

  it('rowspan=0 reaches the end of its row group, and spans stop at row groups', () => {
    const d = extract(`<table>
      <thead><tr><th rowspan="5">H</th><th>x</th></tr></thead>
      <tbody><tr><td rowspan="0">Z</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody></table>`);
    const [t] = tablesOf(d);
    expect(grid(t!)).toEqual([
      ['H', 'x'],
      ['Z', '1'],
      ['Z', '2'],
      ['Z', '3'],
    ]);
    expect(t!.cells[0]!.header).toBe(true);
  });

  it('drops trailing rows without cells, keeps rows that spans cover', () => {
    const d = extract(`<table><tr><td rowspan="2">a</td><td>b</td></tr><tr></tr><tr></tr><tr></tr></table>`);
    const [t] = tablesOf(d);
    expect([t!.rowCount, t!.colCount]).toEqual([2, 2]);
    expect(grid(t!)).toEqual([['a', 'b'], ['a', '∅']]);
  });

  it('puts <thead> first and <tfoot> last, like browsers render them', () => {
    const d = extract(`<table><tfoot><tr><td>foot</td></tr></tfoot><tbody><tr><td>body</td></tr></tbody>
      <thead><tr><th>head</th></tr></thead></table>`);
    expect(grid(tablesOf(d)[0]!)).toEqual([['head'], ['body'], ['foot']]);
  });

  it('reads Word-pasted cells: &nbsp;/<o:p> empty, split labels joined, <br> in headers', () => {
    const d = extract(`<table class="MsoNormalTable">
      <tr><td><p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p></td>
          <td><p>商业</p><p>企业</p></td><td><p>结果<br/>维持</p></td><td><p>1</p><p>0</p></td>
          <td>&nbsp;</td><td><p><span lang="EN-US">10</span><span>1</span><o:p></o:p></p></td></tr>
      <tr><td>a</td><td>b</td><td>c</td><td>d</td><td></td><td></td></tr></table>`);
    expect(grid(tablesOf(d)[0]!)[0]).toEqual(['', '商业企业', '结果维持', '1 0', '', '101']);
  });

  it('repairs malformed markup like a browser: implied tbody, unclosed cells, foster-parented text', () => {
    const d = extract(`<div>${PARA}<table><tr><td>1<td>2<tr><td>3<td>4</table>
      <table><tr><td>x</td></tr>stray<tr><td>y</td></tr></table></div>`);
    const [t1, t2] = tablesOf(d);
    expect(grid(t1!)).toEqual([['1', '2'], ['3', '4']]);
    expect(grid(t2!)).toEqual([['x'], ['y']]);
    const strayIndex = d.blocks.findIndex((b) => b.kind === 'text' && b.text === 'stray');
    expect(strayIndex).toBeGreaterThan(-1);
    expect(d.blocks[strayIndex + 1]).toBe(t2);
  });

  it('skips hidden rows and cells, as browsers do', () => {
    const d = extract(`<table><tr><td>a</td><td style="display: none">h</td><td>b</td></tr>
      <tr style="display:none"><td>gone</td></tr><tr hidden><td>gone</td></tr><tr><td>c</td><td>d</td></tr></table>`);
    expect(grid(tablesOf(d)[0]!)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('refs point at the td/th elements and the table', () => {
    const doc = parseHtml(`<body><table><tr><th>h1</th><th>h2</th></tr><tr><td>1</td><td>2</td></tr></table></body>`);
    const [t] = tablesOf(extractHtml(doc, SOURCE));
    const elements = Array.from(doc.querySelectorAll('td, th'));
    expect(t!.cells.map((c) => elementOf(c))).toEqual(elements);
    expect(elementOf(t!)).toBe(doc.querySelector('table'));
  });
});

describe('layout tables', () => {
  it('emits data tables nested in a layout table, and the layout cells as text', () => {
    const d = extract(`<table width="1000"><tr><td>站点名称</td></tr><tr><td>
        <h1>某县2023年政府信息公开工作年度报告</h1>${PARA}
        <table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>0</td><td>1</td></tr></table>
        <table><tr><td>x</td><td>y</td></tr></table>
      </td></tr></table>`);
    const tables = tablesOf(d);
    expect(tables.map((t) => grid(t))).toEqual([
      [['行政复议', '行政诉讼'], ['0', '1']],
      [['x', 'y']],
    ]);
    expect(textsOf(d)).toContain('某县2023年政府信息公开工作年度报告');
  });

  it('reads a single-cell wrapper table as a container', () => {
    const d = extract(`<table><tr><td><p>第一段</p><p>第二段</p></td></tr></table>`);
    expect(tablesOf(d)).toHaveLength(0);
    expect(textsOf(d)).toEqual(['第一段', '第二段']);
  });

  it('two <table> elements of one split table stay two consecutive blocks', () => {
    const d = extract(`${PARA}<table><tr><td>a</td><td>1</td></tr></table><table><tr><td>b</td><td>2</td></tr></table>`);
    const i = d.blocks.findIndex((b) => b.kind === 'table');
    expect(d.blocks[i + 1]!.kind).toBe('table');
  });
});

describe('text blocks', () => {
  it('one block per paragraph, <br> lines split, headings by tag or bold line', () => {
    const d = extract(`<div><h2>一、总体情况</h2><p>第一行<br>第二行</p>
      <p><strong>二、主动公开政府信息情况</strong>&nbsp;</p><p><b>注意：</b>这不是标题。</p>
      <ul><li>条目一</li><li>条目 &nbsp; 二</li></ul>直接文字<span>行内</span></div>`);
    const blocks = d.blocks as TextBlock[];
    expect(blocks.map((b) => [b.text, b.heading ?? false])).toEqual([
      ['一、总体情况', true],
      ['第一行', false],
      ['第二行', false],
      ['二、主动公开政府信息情况', true],
      ['注意：这不是标题。', false],
      ['条目一', false],
      ['条目 二', false],
      ['直接文字行内', false],
    ]);
    expect(elementOf(blocks[0]!).localName).toBe('h2');
    expect(elementOf(blocks[1]!).localName).toBe('p');
  });

  it('never reads scripts, styles, hidden elements or form controls', () => {
    const d = extract(`<div>${PARA}<script>var x = "脚本";</script><style>p{}</style><noscript>无脚本</noscript>
      <p hidden>隐藏</p><p style="DISPLAY: NONE !important">隐藏2</p><p aria-hidden="true">隐藏3</p>
      <select><option>选项</option></select><p>可见</p></div>`);
    const texts = textsOf(d);
    expect(texts).toContain('可见');
    for (const hidden of ['脚本', '无脚本', '隐藏', '隐藏2', '隐藏3', '选项']) expect(texts.join('|')).not.toContain(hidden);
  });

  it('keeps markup-like text as text (textContent, never innerHTML)', () => {
    const d = extract(`<p>&lt;img src=x onerror=alert(1)&gt; 与 &amp;nbsp;</p>`);
    expect(textsOf(d)).toEqual(['<img src=x onerror=alert(1)> 与 &nbsp;']);
  });

  it('emits content images as opaque blocks, not icons', () => {
    const d = extract(`<div>${PARA}<p><img src="table3.png" width="600"></p><p><img src="icon.gif" width="16" height="16">附件</p></div>`);
    const images = d.blocks.filter((b) => b.kind === 'image');
    expect(images).toHaveLength(1);
    expect(elementOf(images[0]!).getAttribute('src')).toBe('table3.png');
  });
});

describe('content root', () => {
  const chrome = `<header><div>某某市人民政府</div><ul><li><a href="/">首页</a></li></ul></header>
    <nav><a href="/a">政务公开</a><a href="/b">政务服务</a></nav>
    <div class="sidebar">相关文章：某某县2022年政府信息公开工作年度报告的说明文字</div>`;
  const footer = `<div id="ft"><p>主办单位：某某市人民政府办公室 地址：某某路1号 电话：0000-1234567</p>
    <p>网站标识码：1234567890 某ICP备00000000号</p></div>`;

  it('takes the article with its title and leaves navigation, sidebar and footer out', () => {
    const d = extract(`${chrome}<div class="w"><div class="box"><h1>某县2023年政府信息公开工作年度报告</h1>
      <div class="x"><div class="y">${PARA}${PARA}<table><tr><td>a</td><td>1</td></tr></table>${PARA}</div>
      <p>六、其他需要报告的事项</p><p>无。</p></div></div></div>${footer}`);
    const texts = textsOf(d);
    expect(texts[0]).toBe('某县2023年政府信息公开工作年度报告');
    expect(texts.slice(-2)).toEqual(['六、其他需要报告的事项', '无。']);
    expect(texts.join('|')).not.toMatch(/首页|政务服务|相关文章|网站标识码|主办单位/);
    expect(d.metaTitle).toBe('某县2023年政府信息公开工作年度报告');
  });

  it('keeps short paragraphs that follow the main text block in the same editor container', () => {
    const d = extract(`${chrome}<div class="w"><div class="editor"><div class="union">${PARA.repeat(6)}</div>
      <p>六、其他需要报告的事项</p><p>无。</p></div></div>${footer}`);
    expect(textsOf(d).slice(-2)).toEqual(['六、其他需要报告的事项', '无。']);
    expect(textsOf(d).join('|')).not.toMatch(/网站标识码|首页/);
  });

  it('prefers a dominant <main>/<article>', () => {
    const d = extract(`<div><p>${'站点介绍文字。'.repeat(30)}</p></div><article><h2>标题</h2>${PARA}${PARA}</article>`);
    expect(textsOf(d)[0]).toBe('标题');
    expect(textsOf(d).join('')).not.toContain('站点介绍');
  });

  it('reads the date from visible text and the title from <title> when metadata is absent', () => {
    const d = extract(`<div>发布日期：2024年3月5日 来源：某局</div>${PARA}${PARA}`, '<title>某局2023年政府信息公开工作年度报告_年报专栏_某市政府</title>');
    expect(d.published).toBe('2024-03-05');
    expect(d.metaTitle).toBe('某局2023年政府信息公开工作年度报告');
  });

  it('prefers <meta> ArticleTitle and PubDate', () => {
    const d = extract(PARA, '<meta name="ArticleTitle" content="甲"><meta name="pubdate" content="2024-01-02 10:00"><title>乙</title>');
    expect([d.metaTitle, d.published]).toEqual(['甲', '2024-01-02']);
  });

  it('an empty page gives no blocks and a note', () => {
    const d = extract('');
    expect(d.blocks).toEqual([]);
    expect(d.notes).toHaveLength(1);
  });
});

describe('a TRS-style template with full site chrome (structure of a real gov.cn page)', () => {
  const T3 = `<table border="1"><tbody><tr><td colspan="3" rowspan="3"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td>
    <td colspan="7"><p>申请人情况</p></td></tr><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
    <tr><td><p>商业</p><p>企业</p></td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
    <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>217</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>218</td></tr></tbody></table>`;
  const page = (wordConStyle: string) => `<div class="warp">
    <div class="header"><div class="logo"><img src="/logo.png"></div><span>网站支持IPV6</span>
      <ul role="navigation"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>
      <form style="display: none"><input name="key"><span>历史搜索：</span></form>
      <div class="search_top"><span>热门搜索：</span><a href="#">旅游</a></div>
      <p><iframe src="https://weather.example/"></iframe></p></div>
    <div class="main"><div class="content"><div class="row">
      <div class="breadcrumb"><span>当前位置：</span><ul><li><a href="/">首页</a></li></ul></div>
      <div class="pad"><div class="trt-row"><div class="col-18"><div class="article_component">
        <div class="article_title_group"><div class="article_title">某某区2024年度政府信息公开工作年度报告</div></div>
        <div class="article_extend"><span class="article_source">来源：某某区管委会办公室</span>
          <span class="article_time">时间：2025-03-10 15:35</span>
          <span class="share"><div class="share_box"><a href="#">微信</a><a href="#">微博</a></div></span></div>
        <div class="tabs"><div class="tabs_hd"><ul><li><a href="#">全真版</a></li><li><a href="#">文字版</a></li></ul></div>
          <div class="tabs_content"><div class="pic_con"><iframe class="isofd"></iframe></div>
          <div class="word_con" style="${wordConStyle}"><div class="article_area"><div class="article_content"><div class="TRS_Editor">
            <p style="text-indent: 2em;">${'本报告根据《中华人民共和国政府信息公开条例》编制。'.repeat(8)}</p>
            <p style="text-indent: 2em;"><span style="font-family: 黑体">一、总体情况</span></p>
            ${PARA}${PARA}
            <p style="text-indent: 2em;"><span style="font-family: 黑体">三、收到和处理政府信息公开申请情况</span></p>${T3}
            <p style="text-indent: 2em;"><span style="font-family: 黑体">六、其他需要报告的事项</span></p><p>2024年，无收取信息处理费情况。</p>
          </div></div></div>
          <div class="article_attachment"><div class="title_base">附件下载</div><ul></ul></div>
          <div class="article_qrcode"><p>扫一扫在手机上查看当前页面</p></div><button>关闭</button></div></div></div>
      </div></div><div class="col-5"><div class="title_name">文字解读</div><ul></ul></div></div></div>
    </div></div></div>
    <div class="footer"><div class="out_links" role="navigation"><ul><li><p>省市政府网站</p><a href="#">某省人民政府</a></li></ul></div>
      <div class="website_info"><p><span>网站标识码：3590000001</span><span>某ICP备09032658号</span></p><p><span>版权所有：某某区管委会</span></p></div>
      <div class="copyright_info"><p><span>主办单位：某某区管理委员会办公室</span></p>
      <p>为确保最佳浏览效果，建议您使用以下浏览器版本：IE浏览器9.0版本及以上；Google Chrome浏览器63版本及以上；360浏览器9.1版本及以上。</p></div></div>
  </div><script>var SiteInfo = { itpMassage: '系统正在升级' };</script>`;

  it('reads the article and its table, and none of the chrome', () => {
    const d = extract(page(''), '<meta name="ArticleTitle" content="某某区2024年度政府信息公开工作年度报告">');
    const texts = textsOf(d);
    expect(texts[0]).toMatch(/^本报告根据/);
    expect(texts).toContain('六、其他需要报告的事项');
    expect(texts).toContain('2024年，无收取信息处理费情况。');
    expect(texts.join('|')).not.toMatch(/IPV6|热门搜索|当前位置|网站标识码|主办单位|浏览器|省市政府网站|系统正在升级|文字解读/);
    const [t3] = tablesOf(d);
    expect([t3!.rowCount, t3!.colCount]).toEqual([4, 10]);
    expect(grid(t3!)[2]![4]).toBe('商业企业');
    expect(grid(t3!)[3]!.slice(3)).toEqual(['217', '1', '0', '0', '0', '0', '218']);
    expect(d.published).toBe('2025-03-10');
    expect(d.notes).toEqual([]);
  });

  it('reads the text version when a script has hidden its tab, with a note', () => {
    const d = extract(page('display: none;'));
    expect(tablesOf(d)).toHaveLength(1);
    expect(textsOf(d)).toContain('六、其他需要报告的事项');
    expect(d.notes).toHaveLength(1);
  });

  it('notes an embedded PDF viewer in the article', () => {
    const d = extract(page('').replace('<iframe class="isofd"></iframe>', '<iframe class="isofd" src="/viewer.html?file=a.pdf"></iframe>'));
    expect(d.notes).toEqual(['正文中嵌入了其他文档或页面（如 PDF），其中的内容未读取。']);
  });
});

describe('a DOM built by scripts (no parser repairs)', () => {
  it('reads <tr> directly under <table> and cells built with createElement', () => {
    // A live DOM, as in the extension (the checker's parsed DOM is read-only).
    const doc = new JSDOM('<!DOCTYPE html><body><div id="c"></div></body>').window.document;
    const table = doc.createElement('table');
    for (let r = 0; r < 3; r++) {
      const tr = doc.createElement('tr');
      for (let c = 0; c < 2; c++) {
        const td = doc.createElement(r === 0 ? 'th' : 'td');
        td.textContent = `${r}${c}`;
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    doc.getElementById('c')!.appendChild(table);
    const [t] = tablesOf(extractHtml(doc, SOURCE));
    expect(grid(t!)).toEqual([['00', '01'], ['10', '11'], ['20', '21']]);
    expect(t!.cells.every((c) => ['td', 'th'].includes(elementOf(c).localName))).toBe(true);
  });
});

describe('huge pages', () => {
  it('caps cells per table and tables per page with notes, in linear time', () => {
    const row = `<tr>${'<td>1</td>'.repeat(20)}</tr>`;
    const big = `<table>${row.repeat(1000)}</table>`;
    const small = '<table><tr><td>a</td><td>b</td></tr></table>'.repeat(30);
    const start = performance.now();
    const d = extract(`${PARA}${big}${small}`, '', { maxTables: 10, maxCellsPerTable: 5000, maxBlocks: 50_000 });
    const elapsed = performance.now() - start;
    const tables = tablesOf(d);
    expect(tables[0]!.cells).toHaveLength(5000);
    expect(tables[0]!.rowCount).toBe(250);
    expect(tables).toHaveLength(10);
    expect(d.notes).toHaveLength(2);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('walks deep nesting without recursion (a minimal node chain 100,000 deep)', () => {
    // jsdom builds deep trees in quadratic time, so the walker is tested on plain objects that
    // have just the Node fields it reads.
    interface FakeNode { nodeType: number; localName?: string; data?: string; firstChild: FakeNode | null; nextSibling: FakeNode | null; parentElement: FakeNode | null }
    const make = (parent: FakeNode | null): FakeNode => ({ nodeType: 1, localName: 'div', firstChild: null, nextSibling: null, parentElement: parent });
    const root = make(null);
    let el = root;
    for (let i = 0; i < 100_000; i++) el = el.firstChild = make(el);
    el.firstChild = { nodeType: 3, data: '最深处', firstChild: null, nextSibling: null, parentElement: el };
    let entered = 0;
    let exited = 0;
    const texts: string[] = [];
    walk(root as unknown as Element, {
      enter: () => (entered++, true),
      exit: () => void exited++,
      text: (t) => void texts.push(t),
    });
    expect([entered, exited, texts]).toEqual([100_001, 100_001, ['最深处']]);
  });
});
